"""With the page's Content-Security-Policy removed and the guard switched off, Chromium loads every
payload page: each page it fetches from off the machine is one the guard stops, so the guard alone
is enough (issue 14). A proxy that forwards nothing also records what the request events miss
(preconnect). Pages the guard passes make no request off 127.0.0.1."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from conftest import serve_folder
from leak_proxy import LeakProxy
from payloads import PAYLOADS, write_payload_site
from pelican.plugins.site_guard.files import scan_folder
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError
from site_tools import FIXTURES, ROOT, build_in_process, html_files

pytestmark = pytest.mark.browser
LOOPBACK = "127.0.0.1"
HARNESS = "all-pages-harness.html"
# Chromium's own background requests (autofill, updates), which no page makes.
CHROMIUM_SERVICES = (".googleapis.com", ".gvt1.com", ".google.com", ".gstatic.com")


@pytest.fixture(scope="module")
def unguarded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The payload site built without its policy and without the guard."""
    folder = tmp_path_factory.mktemp("unguarded")
    theme = write_payload_site(folder, ROOT / "theme", FIXTURES / "tiny", keep_policy=False)
    output = folder / "output"
    build_in_process(
        folder / "content",
        output,
        THEME=str(theme),
        SITE_GUARD={"enabled": False},
        CONTENT_CHECKS={"extra_fields": ["payload"]},
    )
    assert "Content-Security-Policy" not in (output / "index.html").read_text(encoding="utf-8")
    return output


@pytest.fixture(scope="module")
def served(unguarded: Path) -> Iterator[str]:
    with serve_folder(unguarded) as base_url:
        yield base_url


def chromium_leaks(chromium, site: Path, base_url: str, pages: list[str]) -> dict[str, list[str]]:
    """For each page, the hosts off the machine that Chromium asked for while loading it.

    All pages load at once, each in a named iframe of one harness page (written beside them
    after the guard's scan), so that one wait for the network to go idle covers them all; each
    request is counted for the iframe it came from, however deep or wherever it navigated.
    """
    frames = "".join(f'<iframe name="{name}" src="{name}"></iframe>' for name in pages)
    (site / HARNESS).write_text(f"<!doctype html><title>all</title>{frames}", encoding="utf-8")
    proxy = LeakProxy()
    context = chromium.new_context(
        bypass_csp=True, proxy={"server": f"http://{LOOPBACK}:{proxy.port}", "bypass": LOOPBACK}
    )
    leaks: dict[str, set[str]] = {}

    def record(request: object) -> None:
        host = urlsplit(request.url).hostname or ""
        if host != LOOPBACK:
            leaks.setdefault(_page_of(request.frame), set()).add(host)

    context.on("request", record)
    try:
        window = context.new_page()
        window.goto(f"{base_url}/{HARNESS}", wait_until="load", timeout=120_000)
        # A page that keeps the network busy has its requests so far recorded all the same.
        with contextlib.suppress(PlaywrightTimeoutError):
            window.wait_for_load_state("networkidle", timeout=60_000)
    finally:
        context.close()
        proxy.close()
    asked = {host for host in proxy.hosts if host and not host.endswith(CHROMIUM_SERVICES)}
    unattributed = asked - {host for hosts in leaks.values() for host in hosts}
    if unattributed:  # seen only by the proxy (preconnect): a page the guard let through?
        leaks["(seen by the proxy only)"] = unattributed
    return {name: sorted(hosts) for name, hosts in leaks.items()}


def _page_of(frame: object) -> str:
    """The payload page a frame belongs to: the named iframe it is, or is inside of."""
    while frame.parent_frame and frame.parent_frame.parent_frame:
        frame = frame.parent_frame
    return frame.name or "(the harness)"


def test_every_page_chromium_leaks_from_is_one_the_guard_stops(
    chromium, unguarded: Path, served: str
) -> None:
    pages = [page.relative_to(unguarded).as_posix() for page in html_files(unguarded)]
    flagged = {finding.path for finding in scan_folder(unguarded)}
    leaks = chromium_leaks(chromium, unguarded, served, pages)
    assert set(leaks) <= flagged, {page: leaks[page] for page in set(leaks) - flagged}
    # The payloads are real: most make Chromium reach evil.example when nothing stops them.
    assert len(leaks) >= len(PAYLOADS) // 2, sorted(leaks)
    assert {host for hosts in leaks.values() for host in hosts} == {"evil.example"}, leaks
    passed = [page for page in pages if page not in flagged]
    assert "index.html" in passed and not set(passed) & set(leaks)
