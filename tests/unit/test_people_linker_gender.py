"""A title for a woman only ("Mrs", "госпожа") before a man's surname is another person (his
wife, mother, daughter), and the reverse, once a profile says `Gender:`. Fictional people and
sentences written for these tests."""

from __future__ import annotations

import pytest
from linker_tools import a
from pelican.plugins.people_linker.index import build_index
from pelican.plugins.people_linker.link import link, link_fragment
from pelican.plugins.people_linker.names import Person, ProfileError, person_from_metadata
from pelican.plugins.people_linker.settings import SettingsError, load

PEOPLE = [
    Person("people/kuchynski.md", "Pavel Kuchynski", (("be", "Павел Кучынскі"),), gender="man"),
    Person(
        "people/lukashenko.md",
        "Alexander Lukashenko",
        (("be", "Аляксандр Лукашэнка"), ("ru", "Александр Лукашенко")),
        gender="man",
    ),
    Person("people/nino.md", "Nino Beridze", (("ka", "ნინო ბერიძე"),), gender="woman"),
    Person("people/alena.md", "Alena Bahdanava", (("be", "Алена Багданава"),), gender="woman"),
    Person("people/maroz.md", "Ihar Maroz", (("be", "Ігар Мароз"),)),  # no Gender: either
    Person("people/jan.md", "Jan Novak", gender="man"),  # husband and wife, one surname
    Person("people/eva.md", "Eva Novak", gender="woman"),
    Person("people/sam.md", "Sam Ortiz", gender=""),  # `Gender: non-binary`
]
INDEX = build_index(PEOPLE, load({"ambiguous": ["Novak"]}))

TITLED = [
    # English
    ("<p>On Monday Mrs Kuchynski spoke.</p>", "<p>On Monday Mrs Kuchynski spoke.</p>"),
    ("<p>On Monday Ms. Kuchynski spoke.</p>", "<p>On Monday Ms. Kuchynski spoke.</p>"),
    ("<p>A letter to Madame Lukashenko.</p>", "<p>A letter to Madame Lukashenko.</p>"),
    ("<p>On Monday Mr Kuchynski spoke.</p>", f"<p>On Monday Mr {a('kuchynski', 'Kuchynski')} spoke.</p>"),
    ("<p>On Monday Mr. Kuchynski spoke.</p>", f"<p>On Monday Mr. {a('kuchynski', 'Kuchynski')} spoke.</p>"),
    ("<p>On Monday Mr Bahdanava spoke.</p>", "<p>On Monday Mr Bahdanava spoke.</p>"),
    ("<p>On Monday Ms Bahdanava spoke.</p>", f"<p>On Monday Ms {a('alena', 'Bahdanava')} spoke.</p>"),
    ("<p>On Monday Mrs Maroz spoke.</p>", f"<p>On Monday Mrs {a('maroz', 'Maroz')} spoke.</p>"),
    ("<p>On Monday Mr Maroz spoke.</p>", f"<p>On Monday Mr {a('maroz', 'Maroz')} spoke.</p>"),
    ("<p>On Monday Mr Ortiz spoke.</p>", f"<p>On Monday Mr {a('sam', 'Ortiz')} spoke.</p>"),
    ("<p>On Monday Ms Ortiz spoke.</p>", f"<p>On Monday Ms {a('sam', 'Ortiz')} spoke.</p>"),
    ("<p>On Monday President Kuchynski spoke.</p>", f"<p>On Monday President {a('kuchynski', 'Kuchynski')} spoke.</p>"),
    # One surname, husband and wife: the title says which
    ("<p>Then Mrs Novak spoke.</p>", f"<p>Then Mrs {a('eva', 'Novak')} spoke.</p>"),
    ("<p>Then Mr Novak spoke.</p>", f"<p>Then Mr {a('jan', 'Novak')} spoke.</p>"),
    ("<p>Then Novak spoke.</p>", "<p>Then Novak spoke.</p>"),
    ("<p>Then Dr Novak spoke.</p>", "<p>Then Dr Novak spoke.</p>"),
    # Russian, in its cases, lower case or capitalised
    ("<p>Вчера госпожа Лукашенко выступила.</p>", "<p>Вчера госпожа Лукашенко выступила.</p>"),
    ("<p>Вчера Госпожа Лукашенко выступила.</p>", "<p>Вчера Госпожа Лукашенко выступила.</p>"),
    ("<p>Письмо передали госпоже Лукашенко.</p>", "<p>Письмо передали госпоже Лукашенко.</p>"),
    ("<p>Вчера господин Лукашенко выступил.</p>", f"<p>Вчера господин {a('lukashenko', 'Лукашенко')} выступил.</p>"),
    ("<p>Вчера господин Багданава выступил.</p>", "<p>Вчера господин Багданава выступил.</p>"),
    # Belarusian, Cyrillic and Łacinka
    ("<p>Учора спадарыня Лукашэнка выступіла.</p>", "<p>Учора спадарыня Лукашэнка выступіла.</p>"),
    ("<p>Учора спадар Лукашэнка выступіў.</p>", f"<p>Учора спадар {a('lukashenko', 'Лукашэнка')} выступіў.</p>"),
    ("<p>Учора спадар Багданава выступіў.</p>", "<p>Учора спадар Багданава выступіў.</p>"),
    ("<p>Učora spadarynia Łukašenka vystupiła.</p>", "<p>Učora spadarynia Łukašenka vystupiła.</p>"),
    ("<p>Učora spadar Łukašenka vystupiŭ.</p>", f"<p>Učora spadar {a('lukashenko', 'Łukašenka')} vystupiŭ.</p>"),
    # Ukrainian
    ("<p>Вчора пані Лукашенко виступила.</p>", "<p>Вчора пані Лукашенко виступила.</p>"),
    ("<p>Вчора пан Лукашенко виступив.</p>", f"<p>Вчора пан {a('lukashenko', 'Лукашенко')} виступив.</p>"),
    # Georgian
    ("<p>ბატონი ბერიძე სასამართლოში იყო.</p>", "<p>ბატონი ბერიძე სასამართლოში იყო.</p>"),
    ("<p>ქალბატონი ბერიძე სასამართლოში იყო.</p>", f"<p>ქალბატონი {a('nino', 'ბერიძე')} სასამართლოში იყო.</p>"),
    ("<p>Then Batono Beridze spoke.</p>", "<p>Then Batono Beridze spoke.</p>"),
    # Lithuanian
    ("<p>Vakar ponas Bahdanava kalbėjo.</p>", "<p>Vakar ponas Bahdanava kalbėjo.</p>"),
    ("<p>Vakar ponia Bahdanava kalbėjo.</p>", f"<p>Vakar ponia {a('alena', 'Bahdanava')} kalbėjo.</p>"),
]  # fmt: skip


@pytest.mark.parametrize(("html", "expected"), TITLED)
def test_a_title_for_the_other_gender_is_another_person(html: str, expected: str) -> None:
    assert link(html, INDEX, mode="all") == expected


# No `Gender:`: a Cyrillic surname whose ending is a man's or a woman's form says which.
UNSAID = [
    Person("people/putin.md", "Vladimir Putin", (("ru", "Владимир Путин"), ("be", "Уладзімір Пуцін"))),
    Person("people/sapelka.md", "Pavel Sapelka", (("be", "Павел Сапелка"),)),  # -ка: either
    Person("people/lutskina.md", "Ksenia Lutskina", (("ru", "Ксения Луцкина"),)),
    Person("people/smith.md", "Anna Smith"),  # no Cyrillic name: either
]  # fmt: skip
UNSAID_INDEX = build_index(UNSAID, load({}))
BY_SURNAME = [
    ("<p>Then Mrs Putin spoke.</p>", "<p>Then Mrs Putin spoke.</p>"),
    ("<p>Then Mr Putin spoke.</p>", f"<p>Then Mr {a('putin', 'Putin')} spoke.</p>"),
    ("<p>Вчера госпожа Путина выступила.</p>", "<p>Вчера госпожа Путина выступила.</p>"),
    ("<p>Учора спадарыня Пуціна выступіла.</p>", "<p>Учора спадарыня Пуціна выступіла.</p>"),
    ("<p>Then Mr Lutskina spoke.</p>", "<p>Then Mr Lutskina spoke.</p>"),
    ("<p>Then Ms Lutskina spoke.</p>", f"<p>Then Ms {a('lutskina', 'Lutskina')} spoke.</p>"),
    ("<p>Then Mrs Sapelka spoke.</p>", f"<p>Then Mrs {a('sapelka', 'Sapelka')} spoke.</p>"),
    ("<p>Then Mr Smith spoke.</p>", f"<p>Then Mr {a('smith', 'Smith')} spoke.</p>"),
    ("<p>Then Mrs Smith spoke.</p>", f"<p>Then Mrs {a('smith', 'Smith')} spoke.</p>"),
]  # fmt: skip


@pytest.mark.parametrize(("html", "expected"), BY_SURNAME)
def test_without_gender_a_cyrillic_surnames_form_says_which(html: str, expected: str) -> None:
    assert link(html, UNSAID_INDEX, mode="all") == expected


def test_gender_given_outweighs_the_surnames_form() -> None:
    person = Person("people/x.md", "Sasha Ivanov", (("ru", "Саша Иванов"),), gender="woman")
    index = build_index([person], load({}))
    assert link("<p>Then Ms Ivanov spoke.</p>", index) == (
        f"<p>Then Ms {a('x', 'Ivanov')} spoke.</p>"
    )


def test_a_blocked_surname_is_reported_with_the_title_and_makes_the_surname_alone_unsure() -> None:
    html = "<p>Mrs Kuchynski spoke first. Later Kuchynski left.</p>"
    result = link_fragment(html, INDEX, "all")
    assert result.html == html
    assert [(m.person, m.reason) for m in result.misses] == [
        ("people/kuchynski.md", "preceded by 'Mrs'"),
        ("people/kuchynski.md", "a namesake on the page"),
    ]
    html = "<p>Mr Kuchynski spoke first. Later Kuchynski left.</p>"
    linked = f"<p>Mr {a('kuchynski', 'Kuchynski')} spoke first. Later {a('kuchynski', 'Kuchynski')}"
    assert link(html, INDEX, "all") == linked + " left.</p>"


def test_a_full_name_links_after_any_title() -> None:
    html = "<p>Mrs Alena Bahdanava and Mr Pavel Kuchynski spoke.</p>"
    expected = (
        f"<p>Mrs {a('alena', 'Alena Bahdanava')} and Mr {a('kuchynski', 'Pavel Kuchynski')}"
        " spoke.</p>"
    )
    assert link(html, INDEX, mode="all") == expected


def test_titles_for_women_and_men_are_editor_extendable() -> None:
    html = "<p>Ayer doña Kuchynski habló.</p>"
    assert link(html, INDEX) == f"<p>Ayer doña {a('kuchynski', 'Kuchynski')} habló.</p>"
    index = build_index(PEOPLE, load({"ambiguous": ["Novak"], "women_titles": ["Doña"]}))
    assert link(html, index) == html
    index = build_index(PEOPLE, load({"ambiguous": ["Novak"], "men_titles": ["Don"]}))
    assert (
        link("<p>Ayer don Novak habló.</p>", index) == f"<p>Ayer don {a('jan', 'Novak')} habló.</p>"
    )
    with pytest.raises(SettingsError, match=r"PEOPLE_LINKER\['men_titles'\] is 'Don'"):
        load({"men_titles": "Don"})


@pytest.mark.parametrize(
    ("value", "gender"),
    [
        ("woman", "woman"),
        (" Female ", "woman"),
        ("man", "man"),
        ("Male", "man"),
        ("non-binary", ""),
    ],
)
def test_gender_is_optional_and_read_in_any_case(value: str, gender: str) -> None:
    assert person_from_metadata("people/x.md", {"title": "A B", "gender": value}).gender == gender
    assert person_from_metadata("people/x.md", {"title": "A B"}).gender == ""


def test_an_unknown_gender_names_the_file_and_the_fix() -> None:
    with pytest.raises(ProfileError) as error:
        person_from_metadata("people/x.md", {"title": "A B", "gender": "wman"})
    assert str(error.value) == (
        "people/x.md: Gender is 'wman' — write `Gender: woman`, `man` or `non-binary`,"
        " or leave the field out"
    )
