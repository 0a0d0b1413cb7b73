"""The brief in our own words: no run of the wire story's wording outside quotation marks.

Runs of nine or more words that a page of any language edition shares with the story as we
received it (`../shared/source/article-as-received.txt`), case and punctuation folded and
quotations left out, are the agency's sentences. Quote them with attribution or rewrite them.
"""

import os
from pathlib import Path

import pytest
from site_tools import ROOT, parse
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


# Every fact the front page takes from the wire story, each in a paragraph citing the story.
STORY_FACTS = [
    "some seriously ill",
    "did not say how many",
    "sixth term",
    "close ally",
    "35,000",
    "Thousands of them were beaten",
    "journalists have been sent to prison",
    "human rights groups and independent news outlets",
    "1,409",
    "at least six",
    "Nobel Peace Prize in 2022",
    "254",
    "91 in serious condition",
    "“torture”",
    "medical care",
    "news of the outside world",
    "15 to 20 a day",
    "humanitarian question",
    "State Department",
    "Independence Day, 3 July",
    "1,500 political prisoners",
]


def test_the_front_page_keeps_every_fact_with_its_citation(real_site: Path) -> None:
    cited = [
        " ".join(p.get_text().split())
        for p in parse(real_site / "index.html").select("main p")
        if p.select('a[href$="#source-ap-2024-07-02"]')
    ]
    missing = [fact for fact in STORY_FACTS if not any(fact in text for text in cited)]
    assert not missing, f"facts missing from the front page or not cited there: {missing}"
