"""The real site and a tiny fixture site build, and their pages are sound."""

import filecmp
import subprocess
from pathlib import Path

import pytest
from site_tools import (
    FIXTURES,
    ROOT,
    build_in_process,
    html_files,
    is_external,
    local_target,
    make_command,
    parse,
)

RESOURCE_ATTRS = {"link": "href", "script": "src", "img": "src", "source": "src", "iframe": "src"}


def test_updates_are_listed_and_rendered(real_site: Path) -> None:
    listing = parse(real_site / "updates.html")
    links = [a["href"] for a in listing.select("main a")]
    assert links, "the updates page lists no update"
    for href in links:
        assert local_target(real_site / "updates.html", href).is_file(), href


@pytest.mark.parametrize("kind", ["real", "fixture"])
def test_every_page_has_one_h1_and_a_skip_link(
    kind: str, real_site: Path, fixture_site: Path
) -> None:
    site = real_site if kind == "real" else fixture_site
    pages = list(html_files(site))
    assert len(pages) >= 3
    for page in pages:
        soup = parse(page)
        assert len(soup.find_all("h1")) == 1, page
        first_link = soup.body.find("a")
        assert first_link["href"] == "#main-content", page
        assert soup.find(id="main-content") is not None, page


@pytest.mark.parametrize("kind", ["real", "fixture"])
def test_relative_links_resolve(kind: str, real_site: Path, fixture_site: Path) -> None:
    site = real_site if kind == "real" else fixture_site
    checked = 0
    for page in html_files(site):
        for tag in parse(page).find_all(["a", "link", "script", "img"]):
            url = tag.get("href") or tag.get("src")
            if url is None or is_external(url):
                continue
            assert not url.startswith("/"), f"{page}: root-relative URL {url} breaks from disk"
            target = local_target(page, url)
            if target is not None:
                assert target.is_file(), f"{page}: {url} -> {target}"
                checked += 1
    assert checked > 0


def test_no_resource_comes_from_another_origin(real_site: Path) -> None:
    for page in html_files(real_site):
        for name, attr in RESOURCE_ATTRS.items():
            for tag in parse(page).find_all(name):
                url = tag.get(attr, "")
                assert not is_external(url) and not url.startswith("//"), f"{page}: {url}"


def test_outbound_links_send_no_referrer(real_site: Path) -> None:
    outbound = [
        a for page in html_files(real_site) for a in parse(page).find_all("a", href=is_external)
    ]
    assert outbound, "expected the brief to link its sources"
    for a in outbound:
        assert {"noopener", "noreferrer"} <= set(a.get("rel", [])), a


def test_fixture_escapes_metadata_and_resolves_filename_links(fixture_site: Path) -> None:
    html = (fixture_site / "index.html").read_text(encoding="utf-8")
    assert "Fixture brief &amp; its &lt;test&gt; title" in html
    assert "<test>" not in html
    soup = parse(fixture_site / "index.html")
    relative = soup.find("a", string="relative link")
    assert relative["href"] == "./about.html"
    assert (fixture_site / "updates" / "first.html").is_file()


def test_make_html_twice_gives_identical_output(tmp_path: Path) -> None:
    first, second = tmp_path / "first", tmp_path / "second"
    for output in (first, second):
        subprocess.run(
            make_command("--silent", "html", f"OUTPUTDIR={output}"), cwd=ROOT, check=True
        )
    comparison = filecmp.dircmp(first, second)
    files = sorted(p.relative_to(first) for p in first.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(second) for p in second.rglob("*") if p.is_file())
    for name in files:
        assert (first / name).read_bytes() == (second / name).read_bytes(), name
    assert not comparison.diff_files


@pytest.fixture(scope="module")
def fixture_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    output = tmp_path_factory.mktemp("tiny") / "output"
    build_in_process(FIXTURES / "tiny", output)
    return output
