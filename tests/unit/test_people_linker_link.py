"""link(): which mentions link, where, and how often. Sentences written for these tests."""

from __future__ import annotations

import html as html_lib
import re
import unicodedata

import pytest
from bs4 import BeautifulSoup
from hypothesis import given, settings
from hypothesis import strategies as st
from pelican.plugins.people_linker.index import build_index
from pelican.plugins.people_linker.link import _placement, _walk, link, link_fragment
from pelican.plugins.people_linker.names import Person
from pelican.plugins.people_linker.resolve import Candidate
from pelican.plugins.people_linker.settings import load

PEOPLE = [
    Person(
        "people/sviatlana.md",
        "Sviatlana Tsikhanouskaya",
        (("be", "Святлана Ціханоўская"), ("ru", "Светлана Тихановская")),
    ),
    Person(
        "people/siarhei.md",
        "Siarhei Tsikhanouski",
        (("be", "Сяргей Ціханоўскі"), ("ru", "Сергей Тихановский")),
        misspellings=("Siarhei Tsikhanouskaya",),
    ),
    Person(
        "people/lukashenko.md",
        "Alexander Lukashenko",
        (("be", "Аляксандр Лукашэнка"), ("ru", "Александр Лукашенко")),
        aliases=("Aliaksandr Lukashenka",),
        gender="man",
    ),
    Person(
        "people/kuchynski.md",
        "Pavel Kuchynski",
        (("be", "Павел Кучынскі"), ("ru", "Павел Кучинский")),
        misspellings=("Pavel Kuczynski",),
    ),
    Person(
        "people/kastusiou.md",
        "Ryhor Kastusiou",
        (("be", "Рыгор Кастусёў"), ("ru", "Григорий Костусев")),
    ),
    Person("people/putin.md", "Vladimir Putin", (("ru", "Владимир Путин"),)),
    Person("people/oneill.md", "Maria O'Neill", aliases=("Maria O’Neill-Haas",)),
]
INDEX = build_index(PEOPLE, load({}))


def a(person: str, text: str) -> str:
    return f'<a class="app-person-link" href="{{filename}}/people/{person}.md">{text}</a>'


SV, SI, LU, KU, KA, PU = (
    lambda t: a("sviatlana", t),
    lambda t: a("siarhei", t),
    lambda t: a("lukashenko", t),
    lambda t: a("kuchynski", t),
    lambda t: a("kastusiou", t),
    lambda t: a("putin", t),
)

# (html in, html out), every mention linked (mode "all").
ALL_MODE = [
    # English: full names, longest match, possessives, capitals, boundaries
    (
        "<p>Sviatlana Tsikhanouskaya spoke first.</p>",
        f"<p>{SV('Sviatlana Tsikhanouskaya')} spoke first.</p>",
    ),
    (
        "<p>Tsikhanouskaya’s answer came later.</p>",
        f"<p>{SV('Tsikhanouskaya')}’s answer came later.</p>",
    ),
    ("<p>Tsikhanouskaya&rsquo;s answer.</p>", f"<p>{SV('Tsikhanouskaya')}&rsquo;s answer.</p>"),
    ("<p>LUKASHENKO SPEAKS AGAIN</p>", f"<p>{LU('LUKASHENKO')} SPEAKS AGAIN</p>"),
    ("<p>ALIAKSANDR LUKASHENKA</p>", f"<p>{LU('ALIAKSANDR LUKASHENKA')}</p>"),
    (
        "<p>aliaksandr lukashenka, in lower case</p>",
        f"<p>{LU('aliaksandr lukashenka')}, in lower case</p>",
    ),
    (
        "<p>a lukashenko in lower case is not a name</p>",
        "<p>a lukashenko in lower case is not a name</p>",
    ),
    (
        "<p>LuKaShEnKo is not how anyone writes it</p>",
        "<p>LuKaShEnKo is not how anyone writes it</p>",
    ),
    ("<p>Lukashenkovich is another word.</p>", "<p>Lukashenkovich is another word.</p>"),
    ("<p>pre-Lukashenko times</p>", f"<p>pre-{LU('Lukashenko')} times</p>"),
    (
        "<p>Siarhei Tsikhanouski, her husband</p>",
        f"<p>{SI('Siarhei Tsikhanouski')}, her husband</p>",
    ),
    ("<p>Siarhei Tsikhanouskaya (sic)</p>", f"<p>{SI('Siarhei Tsikhanouskaya')} (sic)</p>"),
    (
        "<p>Sergei Tikhanovsky and Svetlana Tikhanovskaya</p>",
        f"<p>{SI('Sergei Tikhanovsky')} and {SV('Svetlana Tikhanovskaya')}</p>",
    ),
    (
        "<p>Tikhanovsky, then Tikhanovskaya</p>",
        f"<p>{SI('Tikhanovsky')}, then {SV('Tikhanovskaya')}</p>",
    ),
    ("<p>Pavel Kuczynski, misspelt</p>", f"<p>{KU('Pavel Kuczynski')}, misspelt</p>"),
    (
        "<p>Pavel\nKuchynski across a line</p>",
        "<p>" + KU("Pavel\nKuchynski") + " across a line</p>",
    ),
    # A different given name or initial: another person
    ("<p>Dzianis Kuchynski is an adviser.</p>", "<p>Dzianis Kuchynski is an adviser.</p>"),
    ("<p>Denis Kuchinsky is an adviser.</p>", "<p>Denis Kuchinsky is an adviser.</p>"),
    ("<p>D. Kuchynski is an adviser.</p>", "<p>D. Kuchynski is an adviser.</p>"),
    ("<p>P. Kuchynski is the prisoner.</p>", f"<p>P. {KU('Kuchynski')} is the prisoner.</p>"),
    ("<p>President Lukashenko said.</p>", f"<p>President {LU('Lukashenko')} said.</p>"),
    # A given name alone never links
    ("<p>Sviatlana and Ryhor were named.</p>", "<p>Sviatlana and Ryhor were named.</p>"),
    # Apostrophes, NFD
    ("<p>Maria O’Neill wrote.</p>", f"<p>{a('oneill', 'Maria O’Neill')} wrote.</p>"),
    ("<p>Maria O`Neill-Haas wrote.</p>", f"<p>{a('oneill', 'Maria O`Neill-Haas')} wrote.</p>"),
    # German press
    (
        "<p>Lukaschenkos Regime und Tichanowskaja</p>",
        f"<p>{LU('Lukaschenkos')} Regime und {SV('Tichanowskaja')}</p>",
    ),
    # Russian, inflected
    ("<p>Светлана Тихановская заявила.</p>", f"<p>{SV('Светлана Тихановская')} заявила.</p>"),
    ("<p>Встреча с Тихановской прошла.</p>", f"<p>Встреча с {SV('Тихановской')} прошла.</p>"),
    ("<p>Жена Тихановского ответила.</p>", f"<p>Жена {SI('Тихановского')} ответила.</p>"),
    ("<p>Дело Григория Костусева.</p>", f"<p>Дело {KA('Григория Костусева')}.</p>"),
    ("<p>Письмо Лукашенко.</p>", f"<p>Письмо {LU('Лукашенко')}.</p>"),
    ("<p>Союзник Путина.</p>", f"<p>Союзник {PU('Путина')}.</p>"),
    ("<p>Началась путина на реке.</p>", "<p>Началась путина на реке.</p>"),
    ("<p>Денис Кучинский — советник.</p>", "<p>Денис Кучинский — советник.</p>"),
    ("<p>Павла Кучинского освободили.</p>", f"<p>{KU('Павла Кучинского')} освободили.</p>"),
    ("<p>Ё and е: Костусёв.</p>", f"<p>Ё and е: {KA('Костусёв')}.</p>"),
    # Belarusian Cyrillic, inflected
    ("<p>Словы Святланы Ціханоўскай.</p>", f"<p>Словы {SV('Святланы Ціханоўскай')}.</p>"),
    ("<p>Ліст Лукашэнку.</p>", f"<p>Ліст {LU('Лукашэнку')}.</p>"),
    ("<p>Справа Рыгора Кастусёва.</p>", f"<p>Справа {KA('Рыгора Кастусёва')}.</p>"),
    (
        "<p>Муж Ціханоўскай — Ціханоўскі.</p>",
        f"<p>Муж {SV('Ціханоўскай')} — {SI('Ціханоўскі')}.</p>",
    ),
    ("<p>Дзяніс Кучынскі — іншы чалавек.</p>", "<p>Дзяніс Кучынскі — іншы чалавек.</p>"),
    ("<p>ЛУКАШЭНКА І ЦІХАНОЎСКАЯ</p>", f"<p>{LU('ЛУКАШЭНКА')} І {SV('ЦІХАНОЎСКАЯ')}</p>"),
    ("<p>ЛУКАШЕНКО ОТВЕТИЛ</p>", f"<p>{LU('ЛУКАШЕНКО')} ОТВЕТИЛ</p>"),
    (
        "<h3>Ціханоўская</h3><p>Ціханоўская’s</p>",
        f"<h3>Ціханоўская</h3><p>{SV('Ціханоўская')}’s</p>",
    ),
    ('<p><a href="https://e.by">Лукашэнка</a></p>', '<p><a href="https://e.by">Лукашэнка</a></p>'),
    # Łacinka, inflected
    ("<p>ŁUKAŠENKA I CICHANOŬSKAJA</p>", f"<p>{LU('ŁUKAŠENKA')} I {SV('CICHANOŬSKAJA')}</p>"),
    (
        "<p>Dzianis Kučynski i Pavieł Kučynski.</p>",
        f"<p>Dzianis Kučynski i {KU('Pavieł Kučynski')}.</p>",
    ),
    ("<h2>Łukašenka</h2><p>Łukašenka</p>", f"<h2>Łukašenka</h2><p>{LU('Łukašenka')}</p>"),
    ("<p>List Łukašenku.</p>", f"<p>List {LU('Łukašenku')}.</p>"),
    ("<p>Słovy Sviatłany Cichanoŭskaj.</p>", f"<p>Słovy {SV('Sviatłany Cichanoŭskaj')}.</p>"),
    ("<p>Sprava Kastusiova.</p>", f"<p>Sprava {KA('Kastusiova')}.</p>"),
    # Polish: the Polish spelling, declined by Polish grammar
    ("<p>Słowa Swiatłany Cichanouskiej.</p>", f"<p>Słowa {SV('Swiatłany Cichanouskiej')}.</p>"),
    (
        "<p>Wyrok dla Siarhieja Cichanouskiego.</p>",
        f"<p>Wyrok dla {SI('Siarhieja Cichanouskiego')}.</p>",
    ),
    ("<p>Rozmowa z Cichanouskim.</p>", f"<p>Rozmowa z {SI('Cichanouskim')}.</p>"),
    ("<p>Mówiono o Łukaszence.</p>", f"<p>Mówiono o {LU('Łukaszence')}.</p>"),
    ("<p>Sprawa Ryhora Kastusiou.</p>", f"<p>Sprawa {KA('Ryhora Kastusiou')}.</p>"),
    ("<p>Wyrok dla Kuczynskiego.</p>", f"<p>Wyrok dla {KU('Kuczynskiego')}.</p>"),
    ("<p>Wyrok dla Dzianisa Kuczynskiego.</p>", "<p>Wyrok dla Dzianisa Kuczynskiego.</p>"),
    (
        "<p>Wczoraj Wiktara Cichanouskiego nie było.</p>",
        "<p>Wczoraj Wiktara Cichanouskiego nie było.</p>",
    ),
    # Czech: the Czech spelling, declined by Czech grammar
    ("<p>Slova Svjatlany Cichanouské.</p>", f"<p>Slova {SV('Svjatlany Cichanouské')}.</p>"),
    ("<p>Propustili Ryhora Kastusjoua.</p>", f"<p>Propustili {KA('Ryhora Kastusjoua')}.</p>"),
    ("<p>Dopis Lukašenkovi.</p>", f"<p>Dopis {LU('Lukašenkovi')}.</p>"),
    ("<p>Setkání s Cichanouským.</p>", f"<p>Setkání s {SI('Cichanouským')}.</p>"),
    (
        "<p>Včera Viktara Kastusjoua nikdo neviděl.</p>",
        "<p>Včera Viktara Kastusjoua nikdo neviděl.</p>",
    ),
    # Where: never in headings, links, code, pre, script, style, attributes
    ("<h2>Lukashenko</h2><p>Lukashenko</p>", f"<h2>Lukashenko</h2><p>{LU('Lukashenko')}</p>"),
    (
        '<p><a href="https://e.org">Lukashenko</a></p>',
        '<p><a href="https://e.org">Lukashenko</a></p>',
    ),
    (
        "<p><code>Lukashenko</code> <pre>Lukashenko</pre></p>",
        "<p><code>Lukashenko</code> <pre>Lukashenko</pre></p>",
    ),
    (
        "<script>var s = 'Lukashenko';</script><style>.Lukashenko{}</style>",
        "<script>var s = 'Lukashenko';</script><style>.Lukashenko{}</style>",
    ),
    ('<p title="Lukashenko">x</p>', '<p title="Lukashenko">x</p>'),
    ("<!-- Lukashenko --><p>x</p>", "<!-- Lukashenko --><p>x</p>"),
    (
        "<p><em>Sviatlana</em> Tsikhanouskaya</p>",
        f"<p><em>Sviatlana</em> {SV('Tsikhanouskaya')}</p>",
    ),
]


@pytest.mark.parametrize(("html", "expected"), ALL_MODE)
def test_link_all_mentions(html: str, expected: str) -> None:
    assert link(html, INDEX, mode="all") == expected


NFD = [
    ("<p>List Łukašenku.</p>", "Łukašenku"),
    ("<p>Муж Ціханоўскай.</p>", "Ціханоўскай"),
    ("<p>Костусёв.</p>", "Костусёв"),
]


@pytest.mark.parametrize(("html", "name"), NFD)
def test_decomposed_unicode_links_and_is_kept_as_written(html: str, name: str) -> None:
    decomposed = unicodedata.normalize("NFD", html)
    assert decomposed != html
    linked = link(decomposed, INDEX, mode="all")
    soup = BeautifulSoup(linked, "html.parser")
    assert [tag.get_text() for tag in soup.find_all("a")] == [unicodedata.normalize("NFD", name)]


FIRST_MODE = [
    (
        "<p>Lukashenko spoke. Lukashenko left.</p>",
        f"<p>{LU('Lukashenko')} spoke. Lukashenko left.</p>",
    ),
    (
        "<p>Лукашэнка сказаў.</p><p>Łukašenka paśla.</p>",
        f"<p>{LU('Лукашэнка')} сказаў.</p><p>Łukašenka paśla.</p>",
    ),
    (
        '<p><a href="{filename}/people/lukashenko.md">He</a> and Lukashenko.</p>',
        '<p><a href="{filename}/people/lukashenko.md">He</a> and Lukashenko.</p>',
    ),
    (
        "<h2>Lukashenko</h2><p>Lukashenko</p>",
        f"<h2>Lukashenko</h2><p>{LU('Lukashenko')}</p>",
    ),
]


@pytest.mark.parametrize(("html", "expected"), FIRST_MODE)
def test_link_first_mention_only(html: str, expected: str) -> None:
    assert link(html, INDEX, mode="first") == expected


def test_none_mode_links_nothing_but_records_mentions() -> None:
    result = link_fragment("<p>Lukashenko spoke.</p>", INDEX, mode="none")
    assert result.html == "<p>Lukashenko spoke.</p>"
    assert [(m.person, m.linked) for m in result.mentions] == [("people/lukashenko.md", False)]


def test_own_profile_is_not_linked() -> None:
    html = "<p>Lukashenko and Putin.</p>"
    linked = link(html, INDEX, exclude=("people/lukashenko.md",))
    assert linked == f"<p>Lukashenko and {PU('Putin')}.</p>"


def test_css_class_is_configurable() -> None:
    assert 'class="x-name"' in link("<p>Putin</p>", INDEX, css_class="x-name")


def test_misses_say_why() -> None:
    result = link_fragment("<p>Dzianis Kuchynski and D. Kuchynski.</p>", INDEX, mode="all")
    assert [(m.text, m.reason) for m in result.misses] == [
        ("Kuchynski", "different given name"),
        ("Kuchynski", "different initial"),
    ]


def test_mention_carries_its_sentence() -> None:
    html = "<p>Before. Then Mr. P. Kuchynski was freed in <em>August</em>. After.</p>"
    [mention] = link_fragment(html, INDEX).mentions
    assert mention.sentence == "Then Mr. P. Kuchynski was freed in August."


def test_fragment_without_names_is_returned_as_is() -> None:
    html = "<p>Nothing <b>here</b> &amp; nobody.</p>"
    assert link(html, INDEX) is html


# Property tests: linking only adds <a> tags around text.
WORDS = [
    "Lukashenko", "Sviatlana", "Tsikhanouskaya", "Тихановской", "Łukašenku", "Dzianis",
    "Kuchynski", "Pavel", "Ціханоўскі", "the", "said", "’s", ",", ".", "&amp;", "P.", "ЛУКАШЕНКО",
    "Elçin", "Lukasenku", "Putins", "Aleksandra", "Łukaszenki", "an", "Mr", "Mrs", "госпожа", "младший", "Лукашенко-сын", "मोदी", "\u0301", "e\u0301", "q\u0307", "İ", "ı",
    unicodedata.normalize("NFD", "Łukašenku"), unicodedata.normalize("NFD", "Ціханоўскі"),
]  # fmt: skip
TAGS = [
    "p",
    "em",
    "h2",
    "code",
    "pre",
    "li",
    'a href="https://e.org"',
    'a href="{filename}/people/putin.md"',
]
text = st.lists(st.sampled_from(WORDS), max_size=8).map(" ".join)
html_fragments = st.recursive(
    text,
    lambda children: st.tuples(st.sampled_from(TAGS), st.lists(children, max_size=3)).map(
        lambda pair: f"<{pair[0]}>{' '.join(pair[1])}</{pair[0].split()[0]}>"
    ),
    max_leaves=12,
)


def visible_text(html: str) -> str:
    """Text without tags, whitespace kept exactly (BeautifulSoup collapses blank strings)."""
    return html_lib.unescape(re.sub(r"<[^>]*>", "", html))


@settings(max_examples=300, deadline=None)
@given(
    html_fragments,
    st.sampled_from(["first", "all", "none"]),
    st.sampled_from(["", "NFD"]),
    st.sampled_from(["", "en", "be", "pl", "lt"]),  # the page's language
)
def test_linking_keeps_text_never_nests_and_is_idempotent(
    html: str, mode: str, form: str, lang: str
) -> None:
    html = unicodedata.normalize(form, html) if form else html
    once = link(html, INDEX, mode=mode, lang=lang)
    assert visible_text(once) == visible_text(html)
    soup = BeautifulSoup(once, "html.parser")
    assert soup.select("a a.app-person-link, a.app-person-link a") == []
    assert link(once, INDEX, mode=mode, lang=lang) == once


# Where a link may go, found without walking every tag, is where the walk of every tag says.
ODD_MARKUP = [
    '<img alt="<a>">', "a < b", "x > y", "<A HREF='x'>", "</A>", "<a/>", "< a>", "</ a>",
    "<h2 >", "<H1>", "</h1>", "<h10>", "<br>", '<span title="a>b">', "<abbr>", "</abbr>",
    "<p>", "</p>", "<code>", "</code>", '<a href="{filename}/people/putin.md">', "</a>", "<!-- c -->",
]  # fmt: skip
odd_fragments = st.lists(st.sampled_from(WORDS + ODD_MARKUP), max_size=16).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(html_fragments | odd_fragments)
def test_placement_agrees_with_the_walk_of_every_tag(html: str) -> None:
    inside, existing = _placement(html, INDEX, "people/other.md")
    spans, walked = _walk(html, INDEX, "people/other.md")
    assert existing == walked
    for start in range(len(html)):
        for stop in range(start + 1, min(len(html), start + 12) + 1):
            in_a_span = any(begin <= start and stop <= end for begin, end in spans)
            assert inside(Candidate(start, stop, "people/putin.md")) == in_a_span, (start, stop)


@pytest.mark.parametrize(
    ("html", "linked"),
    [
        # An indeclinable given name before a declined surname: the typed full name is the
        # longest match and fails (a word goes on); the surname's case form begins inside it.
        ("<p>Встреча с Энтони Блинкеном длилась час.</p>", "Энтони Блинкеном"),
        ("<p>Сустрэча з Энтані Блінкенам.</p>", "Энтані Блінкенам"),
        ("<p>Энтони Блинкен прилетел.</p>", "Энтони Блинкен"),
    ],
)
def test_a_case_form_that_begins_inside_the_typed_full_name_links(html: str, linked: str) -> None:
    person = Person(
        "people/blinken.md", "Antony Blinken", (("ru", "Энтони Блинкен"), ("be", "Энтані Блінкен"))
    )
    found = link_fragment(html, build_index([person], load({})), mode="all")
    assert [(m.person, m.text) for m in found.mentions] == [("people/blinken.md", linked)]
