"""The brief plugin on a minimal site with Pelican's default theme."""

from pathlib import Path

import pytest
from rights_brief_common.problems import ProblemError
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


PROFILE_AND_PAGE = {
    "people/ana.md": "Title: Ana\nRole: Reporter\n\nA profile.\n",
    "pages/list.md": "Title: List\nSave_as: who/ana.html\n\nA list.\n",
}


def test_content_checks_read_where_profiles_are_written(tmp_path: Path) -> None:
    """BRIEF["people_url"] is the one setting: content_checks sees the clash it causes."""
    with pytest.raises(ProblemError) as error:
        build_plain_site(
            tmp_path,
            PROFILE_AND_PAGE,
            PLUGINS=["content_checks", "brief"],
            PAGE_PATHS=["pages", "people"],
            BRIEF={"people_url": "who/{slug}.html"},
        )
    assert "list.md:2: would be written to who/ana.html, like " in str(error.value)


def test_a_second_profile_pattern_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ProblemError) as error:
        build_plain_site(
            tmp_path,
            {"pages/about.md": "Title: About\n\nText.\n"},
            PLUGINS=["content_checks", "brief"],
            BRIEF={"people_url": "who/{slug}.html"},
            CONTENT_CHECKS={"profile_save_as": "people/{slug}.html"},
        )
    message = str(error.value)
    assert "CONTENT_CHECKS['profile_save_as'] is 'people/{slug}.html'" in message
    assert "profiles are written at 'who/{slug}.html' (BRIEF['people_url']) — remove" in message


def test_a_profile_builds_with_a_theme_that_has_no_person_template(tmp_path: Path) -> None:
    profile = (
        "Title: Ana Fixture\nRole: Reporter\nCustody: released\nCustody_date: 2024-07-01\n"
        "Custody_source: example-report\n\nA reporter, released in July.\n"
    )
    output = build_plain_site(
        tmp_path,
        {**SITE, "people/ana-fixture.md": profile},
        PLUGINS=["brief"],
        PAGE_PATHS=["pages", "people"],
    )
    html = (output / "people" / "ana-fixture.html").read_text("utf-8")
    assert "A reporter, released in July." in html
    assert '<li id="source-example-report" value="1">' in html  # cited by its Custody_source
