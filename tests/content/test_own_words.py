"""The brief in our own words: no run of the wire story's wording outside quotation marks.

Runs of nine or more words that a page of any language edition shares with the story as we
received it (`../shared/source/article-as-received.txt`), case and punctuation folded and
quotations left out, are the agency's sentences. Quote them with attribution or rewrite them.
"""

import os
from pathlib import Path

import pytest
from site_tools import ROOT
from word_runs import MIN_WORDS, report, runs_in_site

STORY = ROOT.parent / "shared" / "source" / "article-as-received.txt"


@pytest.fixture(scope="session")
def story_text() -> str:
    if not STORY.is_file():
        if os.environ.get("CI") == "true":
            pytest.fail(
                f"{STORY} is missing: CI must have the shared source folder beside the clone"
            )
        pytest.skip(f"{STORY} is not here (the shared source folder sits beside the clone in CI)")
    return STORY.read_text(encoding="utf-8")


def test_every_page_is_checked(real_site: Path) -> None:
    pages = list(real_site.rglob("*.html"))
    assert real_site / "index.html" in pages
    assert any(page.parent.name == "people" for page in pages)


def test_no_page_shares_a_run_of_words_with_the_story(real_site: Path, story_text: str) -> None:
    found = runs_in_site(real_site, story_text)
    assert not found, (
        f"runs of {MIN_WORDS}+ words shared with {STORY.name} outside quotation marks; "
        "rewrite them in our own words or quote them with attribution:\n" + report(found)
    )
