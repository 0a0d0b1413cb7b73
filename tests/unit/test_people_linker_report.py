"""The editor's report and the sentence of a mention."""

from __future__ import annotations

import pytest
from pelican.plugins.people_linker.index import build_index
from pelican.plugins.people_linker.link import link_fragment
from pelican.plugins.people_linker.names import Person
from pelican.plugins.people_linker.report import Report, near_misses
from pelican.plugins.people_linker.sentences import plain_text, sentence_at, sentence_in_html
from pelican.plugins.people_linker.settings import load

INDEX = build_index(
    [
        Person("people/kastusiou.md", "Ryhor Kastusiou", (("be", "Рыгор Кастусёў"),)),
        Person("people/kuchynski.md", "Pavel Kuchynski", (("ru", "Павел Кучинский"),)),
    ],
    load({}),
)


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        ("<p>A copy spelt it Kastusiuo.</p>", [("Kastusiuo", "people/kastusiou.md")]),
        ("<p>Another copy: Kuchenski.</p>", [("Kuchenski", "people/kuchynski.md")]),
        ("<p>A hybrid, Kastusiov, is the same spelling key: no near miss.</p>", []),
        ("<p>Kastusiou and Kuchynski, spelt right.</p>", []),
        ("<p>Pavel and Ryhor, given names only.</p>", []),
        ("<p>kastusiov in lower case is not a name.</p>", []),
    ],
)
def test_near_misses_are_capitalised_words_close_to_a_surname(html: str, expected: list) -> None:
    result = link_fragment(html, INDEX, mode="all")
    found = [(miss.text, miss.person) for miss in near_misses(result, INDEX)]
    assert found == expected


def test_report_lists_links_and_misses_per_page() -> None:
    report = Report(ambiguous=["Tsikhanouski"])
    html = "<p>Ryhor Kastusiou met Dzianis Kuchynski. Kastusiuo again.</p>"
    result = link_fragment(html, INDEX, mode="first")
    result.misses.extend(near_misses(result, INDEX))
    report.add("pages/b.md", "Brief", result)
    report.add("pages/a.md", "Empty", link_fragment("<p>Nobody.</p>", INDEX))
    lines = report.render().splitlines()
    assert lines[0] == "pages/b.md (Brief)"
    assert lines[1] == "  link  'Ryhor Kastusiou' -> people/kastusiou.md"
    assert lines[2].startswith(
        "  MISS  'Kuchynski' -> people/kuchynski.md?  left unlinked: different given name"
        "  Ryhor Kastusiou met"
    )
    assert lines[3].startswith("  MISS  'Kastusiuo' -> people/kastusiou.md?  [near miss]")
    assert lines[4] == "Forms declared ambiguous (never linked alone): Tsikhanouski"
    assert lines[5] == "1 links made, 2 mentions left unlinked or near misses"


def test_report_shows_a_name_broken_across_lines_on_one_line() -> None:
    report = Report()
    html = "<p>Ryhor\nKastusiou met Dzianis\nKuchynski.</p>"
    report.add("pages/a.md", "A", link_fragment(html, INDEX, mode="first"))
    lines = report.render().splitlines()
    assert lines[1] == "  link  'Ryhor Kastusiou' -> people/kastusiou.md"
    assert lines[2].startswith("  MISS  'Kuchynski' -> people/kuchynski.md?")


SENTENCES = [
    ("One. Two mentions Kastusiou here. Three.", "Kastusiou", "Two mentions Kastusiou here."),
    ("Mr. R. Kastusiou spoke. Next.", "Kastusiou", "Mr. R. Kastusiou spoke."),
    ("First line\n\nKastusiou in a new paragraph", "Kastusiou", "Kastusiou in a new paragraph"),
    ("«Вызвалены». Кастусёў вольны! Далей.", "Кастусёў", "Кастусёў вольны!"),
]


@pytest.mark.parametrize(("text", "name", "expected"), SENTENCES)
def test_sentence_at(text: str, name: str, expected: str) -> None:
    assert sentence_at(text, text.index(name)) == expected


def test_long_sentences_are_cut_at_a_word() -> None:
    text = "Kastusiou " + "word " * 200
    sentence = sentence_at(text, 0)
    assert sentence.startswith("Kastusiou word")
    assert sentence.endswith(" …")
    assert len(sentence) <= 302


def test_sentence_in_html_reads_text_across_tags_and_escapes_it() -> None:
    html = '<h2>Title</h2><p>He met <a href="x">Ryhor <em>Kastusiou</em></a> &amp; others.</p>'
    sentence = sentence_in_html(html, html.index("Ryhor"))
    assert sentence == "He met Ryhor Kastusiou &amp; others."
    assert plain_text(sentence) == "He met Ryhor Kastusiou & others."


LANGUAGES = [
    # (html, the name, the sentence as HTML)
    (
        '<p>Earlier. They met <span lang="be">Рыгор Кастусёў</span> in Minsk. Later.</p>',
        "Рыгор",
        'They met <span lang="be">Рыгор Кастусёў</span> in Minsk.',
    ),
    (  # the language opened long before the name: the whole sentence is in it
        '<p lang="ru">' + "Слово. " * 150 + "Затем <b>Костусев</b> вышел.</p>",
        "Костусев",
        '<span lang="ru">Затем Костусев вышел.</span>',
    ),
    (  # a sentence cut inside a language still closes it
        '<p>Word. <i lang="be-Latn">' + "słova " * 80 + "Kastusioŭ</i> spoke.</p>",
        "Kastusioŭ",
        '… <span lang="be-Latn">' + "słova " * 47 + "Kastusioŭ</span> spoke.",
    ),
    (  # no markup of the page survives, whatever it holds
        """<p>Then <span lang='x" onclick="alert(1)'>Kastusiou</span> &lt;script&gt;\ue000en\ue001.</p>""",
        "Kastusiou",
        "Then Kastusiou &lt;script&gt;en.",
    ),
]


@pytest.mark.parametrize(("html", "name", "expected"), LANGUAGES)
def test_sentences_keep_the_languages_the_page_marked(html: str, name: str, expected: str) -> None:
    assert sentence_in_html(html, html.index(name)) == expected


def test_a_sentence_cut_at_its_start_says_so() -> None:
    text = "word " * 200 + "Kastusiou spoke."
    sentence = sentence_at(text, text.index("Kastusiou"))
    assert sentence.startswith("… word")
    assert sentence.endswith("Kastusiou spoke.")


def test_the_sentence_of_a_mention_is_read_where_its_link_begins() -> None:
    """A surname whose given name joins its link (two cases: no generated full form) has its
    sentence read at the given name, where a long sentence is cut around."""
    words = " ".join(["word"] * 70)
    html = f"<p>{words} of Ryhor Kastusiova {words}.</p>"
    mention = link_fragment(html, INDEX).mentions[0]
    assert mention.text == "Ryhor Kastusiova"
    assert mention.sentence == sentence_in_html(html, html.index("Ryhor"))
    assert mention.sentence != sentence_in_html(html, html.index("Kastusiova"))
