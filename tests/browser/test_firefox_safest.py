"""Tor Browser's "Safest" level, approximated with Debian's Firefox ESR (Tor Browser's engine):
JavaScript and SVG off. The front page, a profile and the people index must read in full, and
ask for nothing from another website (every such request goes to a refusing proxy that records
it). Screenshots go to test-artifacts/firefox-safest/ for a person to look at."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import ServedSite, require_program
from leak_proxy import LeakProxy
from marionette import SAFEST_PREFS, Firefox, MarionetteError, free_port, write_profile
from site_tools import html_files, parse

pytestmark = pytest.mark.browser

WIDTHS = (390, 1280)  # headless Firefox keeps windows at least 500 px wide


@pytest.fixture(scope="module")
def leak_proxy() -> Iterator[LeakProxy]:
    proxy = LeakProxy()
    try:
        yield proxy
    finally:
        proxy.close()


@pytest.fixture(scope="module")
def firefox(tmp_path_factory: pytest.TempPathFactory, leak_proxy: LeakProxy) -> Iterator[Firefox]:
    executable = require_program("/usr/bin/firefox-esr", "firefox-esr")
    profile = tmp_path_factory.mktemp("firefox") / "profile"
    port = free_port()
    write_profile(profile, port, {**SAFEST_PREFS, **leak_proxy.prefs()})
    os.environ.setdefault("MOZ_HEADLESS", "1")
    browser = Firefox(executable, profile, port)
    try:
        yield browser
    finally:
        browser.close()


def pages_to_render(site: ServedSite) -> dict[str, Path]:
    """The front page, a profile (a page under people/, else any other page) and the people
    index (people/index.html or a top-level people*.html) when the site has one."""
    pages = list(html_files(site.root))
    others = [p for p in pages if p.name not in ("index.html", "404.html")]
    people = [p for p in others if p.parent.name == "people"]
    chosen = {"front": site.root / "index.html", "profile": (people or others)[0]}
    indexes = [site.root / "people" / "index.html", *sorted(site.root.glob("people*.html"))]
    found = [candidate for candidate in indexes if candidate.is_file()]
    if found:
        chosen["people-index"] = found[0]
    return chosen


def headings(page: Path) -> list[str]:
    main = parse(page).find("main")
    return [" ".join(h.get_text().split()) for h in main.find_all(["h1", "h2", "h3"])]


def test_javascript_is_really_off(firefox: Firefox, tmp_path: Path) -> None:
    """A <noscript> block becomes elements only when scripting is off."""
    probe = tmp_path / "probe.html"
    probe.write_text("<!doctype html><title>p</title><noscript><p id=off>off</p></noscript>")
    firefox.navigate(probe.as_uri())
    assert firefox.text_of("#off") == "off"


def test_the_proxy_sees_a_page_that_leaks(
    firefox: Firefox, leak_proxy: LeakProxy, tmp_path: Path
) -> None:
    probe = tmp_path / "leak.html"
    probe.write_text(
        '<!doctype html><title>leak</title><link rel="stylesheet" href="https://fonts.example.com/f.css">'
        '<p>text</p><img src="https://cdn.example.com/p.png" alt="">'
    )
    leak_proxy.hosts.clear()
    firefox.navigate(probe.as_uri())
    assert {"fonts.example.com", "cdn.example.com"} <= set(leak_proxy.page_hosts())


def test_pages_read_in_full_with_javascript_and_svg_off(
    firefox: Firefox, leak_proxy: LeakProxy, served_site: ServedSite, artifacts: Path
) -> None:
    leak_proxy.hosts.clear()
    folder = artifacts / "firefox-safest"
    folder.mkdir(exist_ok=True)
    chosen = pages_to_render(served_site)
    assert {"front", "profile"} <= set(chosen)
    for name, page in chosen.items():
        url = f"{served_site.base_url}/{page.relative_to(served_site.root).as_posix()}"
        for wanted in WIDTHS:
            width = firefox.set_size(wanted, 900)
            firefox.navigate(url)
            try:
                text = " ".join(firefox.text_of("main").split())
            except MarionetteError as error:
                pytest.fail(f"{url}: no <main> in Firefox: {error}")
            missing = [h for h in headings(page) if h not in text]
            assert missing == [], f"{url} at {width} px lacks headings {missing}"
            shot = folder / f"{name}-{width}.png"
            firefox.screenshot(shot)
            assert shot.read_bytes().startswith(b"\x89PNG"), shot
    assert leak_proxy.page_hosts() == []
