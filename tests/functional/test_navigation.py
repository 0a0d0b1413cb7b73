"""The main navigation: NAV_PAGES order, the current page marked, nav titles escaped, with or
without plugins (bench/run.py's plain-Pelican baseline renders this same theme)."""

import shutil
from pathlib import Path

import pytest
from site_tools import FIXTURES, build_in_process, parse

EXTRA = "Title: Questions\nNav_title: Q&A <draft>\n\nA page with markup in its nav title.\n"
NAV = ["about", "extra", "index"]


@pytest.fixture(scope="module", params=["plain", "plugins"])
def site(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp(f"nav-{request.param}")
    content = folder / "content"
    shutil.copytree(FIXTURES / "tiny", content)
    (content / "pages" / "extra.md").write_text(EXTRA, encoding="utf-8")
    plain = {"PLUGINS": []} if request.param == "plain" else {}
    build_in_process(content, folder / "output", NAV_PAGES=NAV, **plain)
    return folder / "output"


def nav_links(page: Path) -> list[tuple[str, str, str | None]]:
    links = parse(page).select('nav[aria-label="Main"] a')
    return [(a["href"], a.get_text(), a.get("aria-current")) for a in links]


def test_links_follow_nav_pages_then_updates(site: Path) -> None:
    assert nav_links(site / "updates" / "first.html") == [
        ("../about.html", "About the fixture", None),
        ("../extra.html", "Q&A <draft>", None),
        ("../index.html", "Brief", None),
        ("../updates.html", "Updates", None),
    ]


@pytest.mark.parametrize(
    ("page", "current"),
    [
        ("about.html", "./about.html"),
        ("extra.html", "./extra.html"),
        ("index.html", "./index.html"),
        ("updates.html", "./updates.html"),
    ],
)
def test_only_the_current_page_is_marked(site: Path, page: str, current: str) -> None:
    marked = [href for href, _, aria in nav_links(site / page) if aria == "page"]
    assert marked == [current]


def test_nav_titles_are_escaped(site: Path) -> None:
    html = (site / "about.html").read_text(encoding="utf-8")
    assert ">Q&amp;A &lt;draft&gt;</a>" in html


def test_a_slug_no_page_has_is_left_out_without_plugins(tmp_path: Path) -> None:
    output = tmp_path / "output"
    build_in_process(FIXTURES / "tiny", output, PLUGINS=[], NAV_PAGES=["nowhere", "index"])
    assert [text for _, text, _ in nav_links(output / "about.html")] == ["Brief", "Updates"]
