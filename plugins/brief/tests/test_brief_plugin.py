"""The brief plugin on a minimal site with Pelican's default theme."""

from pathlib import Path

from site_tools import build_plain_site

SOURCES = """[example-report]
publisher = "Example Monitor"
title = "Reporter detained after a court visit"
url = "https://example.org/report"
published = "2024-03-06"
checked = "2024-07-01"
language = "en"
"""
SITE = {
    "data/sources.toml": SOURCES,
    "data/figures.toml": "",
    "pages/about.md": "Title: About\n\nA reporter was detained [@example-report].\n",
}


def test_a_citation_becomes_a_note_and_a_source_list(tmp_path: Path) -> None:
    output = build_plain_site(tmp_path, SITE, PLUGINS=["brief"])
    html = (output / "pages" / "about.html").read_text("utf-8")
    assert "[@example-report]" not in html
    assert '<sup>[<a href="/pages/about.html#source-example-report">1</a>]</sup>' in html
    assert '<li id="source-example-report" value="1">Example Monitor, <cite lang="en">' in html
