"""The main navigation: NAV_PAGES order, the current page marked, nav titles escaped, with or
without plugins (bench/run.py's plain-Pelican baseline renders this same theme)."""

import json
import shutil
from pathlib import Path

import pytest
from site_tools import FIXTURES, build_in_process, parse, run_build

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


@pytest.mark.parametrize(
    ("nav", "words"),
    [
        (["index", "abuot"], ["NAV_PAGES names 'abuot'", "did you mean 'about'?"]),
        (["index", "secret"], ["NAV_PAGES names 'secret'", "no published page"]),  # hidden
    ],
)
def test_make_html_stops_on_a_slug_no_published_page_has(
    tmp_path: Path, nav: list[str], words: list[str]
) -> None:
    content = tmp_path / "content"
    shutil.copytree(FIXTURES / "tiny", content)
    (content / "pages" / "secret.md").write_text("Title: S\nStatus: hidden\n\nS.\n", "utf-8")
    result = run_build(content, tmp_path / "output", "-e", f"NAV_PAGES={json.dumps(nav)}")
    assert result.returncode != 0
    log = " ".join((result.stdout + result.stderr).split())
    assert "pelican.conf.py: " + words[0] in log
    assert words[1] in log
    assert not (tmp_path / "output").exists()


def test_a_page_s_own_slug_counts_and_a_missing_one_only_warns_without_fatal(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    content = tmp_path / "content"
    shutil.copytree(FIXTURES / "tiny", content)
    (content / "pages" / "faq.md").write_text("Title: FAQ\nSlug: questions\n\nQ.\n", "utf-8")
    build_in_process(content, tmp_path / "output", NAV_PAGES=["questions", "nowhere"])
    warnings = [r.getMessage() for r in caplog.records if r.levelname == "WARNING"]
    assert [w for w in warnings if "NAV_PAGES" in w] == [
        "content_checks: pelican.conf.py: NAV_PAGES names 'nowhere', but no published page has "
        "that slug — give the slug of a page (its file name without .md, or its `Slug:`), or "
        "remove it from NAV_PAGES"
    ]
    links = [text for _, text, _ in nav_links(tmp_path / "output" / "about.html")]
    assert links == ["FAQ", "Updates"]
