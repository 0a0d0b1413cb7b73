"""Citations: `[@id]` in HTML becomes numbered notes; each page ends with its sources."""

from types import SimpleNamespace

import pytest
from bs4 import BeautifulSoup
from pelican.plugins.brief.citations import (
    citation_ids,
    number_sources,
    replace_citations,
    strip_citations,
)
from pelican.plugins.brief.sources import make_source
from theme_tools import render_macro

NO_PAGES = SimpleNamespace(page_url=lambda template, lang: "")  # a brief with no sources page

RECORD = {
    "publisher": "Example News",
    "title": "A <story> & more",
    "url": "https://example.org/story",
    "published": "2024-07-02",
    "checked": "2024-07-03",
    "language": "en",
}
SOURCES = {
    "a": make_source("a", RECORD, "sources.toml"),
    "b": make_source("b", {**RECORD, "url": "not recorded", "note": "No address"}, "sources.toml"),
}


@pytest.mark.parametrize(
    ("html", "ids"),
    [
        ("<p>Fact [@a].</p>", ["a"]),
        ("<p>Fact [@a; @b] and [@a].</p>", ["a", "b", "a"]),
        ("<p>Fact [@ap-2024-07-02;@viasna.1:x]</p>", ["ap-2024-07-02", "viasna.1:x"]),
        ("<p>No citation [a] or [@ a] or email@a.org</p>", []),
    ],
)
def test_citation_ids_are_found_in_order(html: str, ids: list[str]) -> None:
    assert citation_ids(html) == ids


def test_sources_are_numbered_by_first_citation() -> None:
    assert number_sources(["b", "a", "b", "c"]) == {"b": 1, "a": 2, "c": 3}


def note_html(ids: list[str], numbers: dict[str, int], base: str = "", lang: str = "en") -> str:
    return render_macro("partials/note_refs.html", "note_refs", ids, numbers, base, lang=lang)


def source_list_html(numbers: dict[str, int], sources: dict, title: str, lang: str = "en") -> str:
    args = (numbers, sources, title)
    return render_macro("partials/source_entry.html", "source_list", *args, lang=lang)


def test_citations_become_numbered_links_to_the_source_list() -> None:
    numbers = {"a": 1, "b": 2}
    html = replace_citations("<p>One [@a]. Two [@b; @a].</p>", lambda ids: note_html(ids, numbers))
    soup = BeautifulSoup(html, "html.parser")
    notes = soup.select("sup.app-cite")
    assert [n.get_text() for n in notes] == ["[source 1]", "[source 2, source 1]"]
    assert [a["href"] for a in soup.select("a")] == ["#source-a", "#source-b", "#source-a"]
    linked = note_html(["a"], numbers, "{filename}/pages/x.md")
    assert 'href="{filename}/pages/x.md#source-a"' in linked
    assert "[@" not in html


def test_citations_inside_code_are_left_alone() -> None:
    html = "<p>[@a]</p><pre><code>[@a]</code></pre><p><code>[@b]</code></p>"
    out = replace_citations(html, lambda ids: "NOTE")
    assert out == "<p>NOTE</p><pre><code>[@a]</code></pre><p><code>[@b]</code></p>"


def test_summaries_lose_their_citations() -> None:
    assert strip_citations("<p>A fact [@a; @b].</p>") == "<p>A fact.</p>"


def test_source_list_gives_every_field_escaped_and_numbered() -> None:
    html = source_list_html({"a": 1, "b": 2}, SOURCES, "")
    soup = BeautifulSoup(html, "html.parser")
    assert soup.h2.get_text() == "Sources"
    first, second = soup.select("li")
    assert (first["id"], first["value"]) == ("source-a", "1")
    assert "A <story> & more" in first.cite.get_text()
    assert "<story>" not in html
    assert "Published 2 July 2024; in English" in first.get_text()
    assert "Checked 3 July 2024" in first.get_text()
    assert first.a["rel"] == ["noopener", "noreferrer"]
    assert "Address not recorded" in second.get_text()
    assert second.a is None
    assert "No address" in second.get_text()


def test_an_undated_source_says_so() -> None:
    source = make_source("c", {**RECORD, "published": "not recorded"}, "sources.toml")
    entry = render_macro("partials/source_entry.html", "source_entry", source)
    assert "Publication date not recorded" in entry
    links = render_macro("partials/source_links.html", "source_links", [source], brief=NO_PAGES)
    assert links == "Example News"


@pytest.mark.parametrize(
    ("lang", "heading", "published", "checked", "no_address", "hidden"),
    [
        (
            "be",
            "Крыніцы",
            "Апублікавана: 2 ліпеня 2024\u202fг.; мова: англійская",
            "Праверана: 3 ліпеня 2024\u202fг.",
            "Адрас не запісаны",
            "крыніца",
        ),
        (
            "ru",
            "Источники",
            "Опубликовано: 2 июля 2024\u202fг.; язык: английский",
            "Проверено: 3 июля 2024\u202fг.",
            "Адрес не записан",
            "источник",
        ),
    ],
    ids=["be", "ru"],
)
def test_notes_and_source_lists_are_in_the_page_language(
    lang: str, heading: str, published: str, checked: str, no_address: str, hidden: str
) -> None:
    soup = BeautifulSoup(source_list_html({"a": 1, "b": 2}, SOURCES, "", lang), "html.parser")
    first, second = soup.select("li")
    assert soup.h2.get_text() == heading
    assert published in first.get_text()
    assert checked in first.get_text()
    assert no_address in second.get_text()
    note = BeautifulSoup(note_html(["a"], {"a": 1}, "", lang), "html.parser")
    assert note.get_text() == f"[{hidden} 1]"


def test_a_site_title_for_the_source_list_is_kept() -> None:
    html = source_list_html({"a": 1}, SOURCES, "Works cited", "be")
    assert BeautifulSoup(html, "html.parser").h2.get_text() == "Works cited"
