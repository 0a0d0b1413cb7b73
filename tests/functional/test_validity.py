"""The built site is valid HTML and CSS (the Nu HTML Checker), every internal link and #anchor
resolves, and no page outweighs its budget."""

from __future__ import annotations

import functools
import json
import shutil
import subprocess
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from site_tools import ROOT, html_files, is_external, local_target, parse

VNU = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
PAGE_BUDGET = 60 * 1024  # bytes of HTML plus its stylesheets, uncompressed
LINKING = {"a": "href", "area": "href", "link": "href", "img": "src", "source": "src"}


def test_nu_html_checker_finds_no_error_in_any_page_or_stylesheet(real_site: Path) -> None:
    java = shutil.which("java")
    if java is None or not VNU.is_file():
        pytest.fail("java or node_modules/vnu-jar is missing: `make test` installs vnu-jar")
    files = sorted([*html_files(real_site), *real_site.rglob("*.css")])
    assert len(files) >= 4
    result = subprocess.run(
        [java, "-jar", str(VNU), "--errors-only", "--also-check-css", "--format", "json"]
        + [str(path) for path in files],
        capture_output=True,
        text=True,
        check=False,
    )
    messages = json.loads(result.stderr)["messages"]
    assert [f"{m['url']}:{m.get('lastLine')}: {m['message']}" for m in messages] == []
    assert result.returncode == 0


@functools.cache
def anchors_in(page: Path) -> frozenset[str]:
    soup = parse(page)
    ids = {tag["id"] for tag in soup.find_all(id=True)}
    return frozenset(ids | {tag["name"] for tag in soup.find_all("a", attrs={"name": True})})


def broken_links(page: Path) -> list[str]:
    """Internal links and #anchors in `page` whose file or anchor does not exist."""
    broken = []
    for name, attr in LINKING.items():
        for tag in parse(page).find_all(name, attrs={attr: True}):
            url = tag[attr]
            if is_external(url):
                continue
            target = page if url.startswith("#") else local_target(page, url)
            if target is None or not target.is_file():
                broken.append(f"{url} (no such file)")
                continue
            fragment = unquote(urlsplit(url).fragment)
            if fragment and fragment != "top" and fragment not in anchors_in(target):
                broken.append(f"{url} (no id {fragment!r} in {target.name})")
    return broken


def test_every_internal_link_and_anchor_resolves(real_site: Path) -> None:
    pages = list(html_files(real_site))
    problems = [f"{p.relative_to(real_site)}: {b}" for p in pages for b in broken_links(p)]
    assert problems == []
    assert sum(len(parse(p).find_all("a", href=True)) for p in pages) > len(pages)


def test_the_link_check_catches_a_missing_file_and_anchor(tmp_path: Path) -> None:
    (tmp_path / "a.html").write_text(
        '<h2 id="here">x</h2><a href="#here">ok</a><a href="b.html#gone">anchor</a>'
        '<a href="missing.html">file</a><a href="#nowhere">local</a><a href="https://x.org/">out</a>'
    )
    (tmp_path / "b.html").write_text('<p id="there">b</p>')
    assert broken_links(tmp_path / "a.html") == [
        "b.html#gone (no id 'gone' in b.html)",
        "missing.html (no such file)",
        "#nowhere (no id 'nowhere' in a.html)",
    ]


def page_weight(page: Path) -> int:
    """Bytes a reader downloads for a page: its HTML plus every local stylesheet it links."""
    sheets = {
        local_target(page, link["href"])
        for link in parse(page).find_all("link", rel="stylesheet", href=True)
    }
    return page.stat().st_size + sum(sheet.stat().st_size for sheet in sheets if sheet)


def test_every_page_with_its_css_is_within_the_budget(real_site: Path) -> None:
    weights = {p.relative_to(real_site).as_posix(): page_weight(p) for p in html_files(real_site)}
    assert weights["index.html"] > (real_site / "index.html").stat().st_size
    assert {page: size for page, size in weights.items() if size > PAGE_BUDGET} == {}


def test_images_are_local_with_dimensions_and_alt_text(real_site: Path) -> None:
    for page in html_files(real_site):
        for image in parse(page).find_all("img"):
            assert not is_external(image.get("src", "")), f"{page}: {image}"
            assert image.has_attr("alt"), f"{page}: {image} has no alt"
            assert image.get("width") and image.get("height"), f"{page}: {image} has no size"
