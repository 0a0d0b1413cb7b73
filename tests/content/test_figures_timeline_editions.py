"""The Belarusian and Russian key figures and timeline: every figure and event in the page's
language, none left in English, each source link to the sources page in that language."""

import re
from pathlib import Path

import pytest
from site_tools import ROOT, local_target, parse

DATA = ROOT / "content" / "data"
PAGES = ("figures.html", "timeline.html", "index.html")
TEXTS = ".app-figure__value, .app-figure__counts, .app-timeline__text"
# A word in the Latin script with a lower-case letter: English prose, not an acronym such as AP
LATIN_WORD = re.compile(r"\b[A-Za-z]*[a-z][A-Za-z]*\b")


def table_ids(path: Path) -> list[str]:
    return re.findall(r"^\[([\w-]+)\]", path.read_text(encoding="utf-8"), re.MULTILINE)


@pytest.mark.parametrize("lang", ["be", "ru"])
def test_every_key_figure_is_translated(lang: str) -> None:
    assert table_ids(DATA / f"figures.{lang}.toml") == table_ids(DATA / "figures.toml")


@pytest.mark.parametrize("lang", ["be", "ru"])
@pytest.mark.parametrize("name", PAGES)
def test_no_figure_or_event_is_shown_in_english(real_site: Path, lang: str, name: str) -> None:
    page = real_site / lang / name
    soup = parse(page)
    texts = soup.select(TEXTS)
    assert texts, f"{page} shows no figure or event"
    marked = [element.get_text() for text in texts for element in text.select("[lang]")]
    assert [text.get_text() for text in texts if text.get("lang")] == []
    assert marked == []
    english = [LATIN_WORD.findall(text.get_text()) for text in texts]
    assert [words for words in english if words] == []
    sources = real_site / lang / "sources.html"
    for link in soup.select(".app-source-link"):
        assert local_target(page, link["href"]) == sources.resolve(), link
