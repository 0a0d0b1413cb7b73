"""Generated spellings and case forms, the index's shared-form check, and the settings."""

from __future__ import annotations

from pathlib import Path

import pytest
from pelican.plugins.people_linker import inflect, romanize
from pelican.plugins.people_linker.index import SharedFormError, build_index
from pelican.plugins.people_linker.link import link
from pelican.plugins.people_linker.names import (
    Person,
    ProfileError,
    name_forms,
    person_from_metadata,
)
from pelican.plugins.people_linker.settings import (
    SettingsError,
    load,
    page_backlinks,
    page_mode,
    page_not_linked,
)

ROMANIZATIONS = [
    # (scheme, Cyrillic, expected)
    (romanize.be_passport_plain_e, "Ціханоўская", "Tsikhanouskaya"),
    (romanize.be_passport_plain_e, "Сяргей", "Siarhei"),
    (romanize.be_passport, "Кастусёў", "Kastusiou"),
    (romanize.be_passport, "Бяляцкі", "Bialiatski"),
    (romanize.be_passport, "Лукашэнка", "Lukashenka"),
    (romanize.lacinka, "Лукашэнку", "Łukašenku"),
    (romanize.lacinka, "Ціханоўскай", "Cichanoŭskaj"),
    (romanize.lacinka, "Алесь", "Aleś"),
    (romanize.lacinka, "Бяляцкі", "Bialacki"),
    (romanize.lacinka, "Кастусёў", "Kastusioŭ"),
    (romanize.ru_bgn, "Тихановский", "Tikhanovskiy"),
    (romanize.ru_bgn, "Ёлкин", "Yolkin"),
    (romanize.ru_press, "Тихановский", "Tikhanovsky"),
    (romanize.ru_press, "Сергей", "Sergei"),
    (romanize.ru_press, "Ксения", "Ksenia"),
    (romanize.ru_press_y, "Сергей", "Sergey"),
    (romanize.german, "Лукашенко", "Lukaschenko"),
    (romanize.german, "Тихановская", "Tichanowskaja"),
    (romanize.german, "Тихановский", "Tichanowski"),
    (romanize.german, "Сергей", "Sergej"),
    (romanize.german_be, "Бяляцкі", "Bjaljazki"),
    (romanize.german_be, "Сяргей", "Sjarhej"),
    (romanize.czech, "Кастусёў", "Kastusjou"),
    (romanize.czech, "Ціханоўская", "Cichanouská"),
    (romanize.czech, "Ціханоўскі", "Cichanouski"),
    (romanize.czech, "Святлана", "Svjatlana"),
    (romanize.czech, "Статкевіч", "Statkevič"),
    (romanize.french, "Лукашенко", "Loukachenko"),
    (romanize.french, "Сергей", "Sergueï"),
    (romanize.french, "Тихановский", "Tikhanovski"),
    (romanize.french, "Костусев", "Kostoussev"),
    (romanize.french, "Юлия", "Ioulia"),
    (romanize.french, "Путин", "Poutine"),
    (romanize.french_be, "Лукашэнка", "Loukachenka"),
    (romanize.french_be, "Ціханоўская", "Tsikhanouskaia"),
    (romanize.french_be, "Кастусёў", "Kastoussiou"),
    (romanize.spanish, "Тихановская", "Tijanovskaya"),
    (romanize.spanish, "Сергей", "Serguei"),
    (romanize.spanish, "Михаил", "Mijail"),
]


@pytest.mark.parametrize(("scheme", "cyrillic", "expected"), ROMANIZATIONS)
def test_romanizations(scheme, cyrillic: str, expected: str) -> None:
    assert scheme(cyrillic) == expected


SURNAME_CASES = [
    ("Ціханоўскі", "be", False, {"Ціханоўскага", "Ціханоўскаму", "Ціханоўскім"}),
    ("Ціханоўская", "be", True, {"Ціханоўскай", "Ціханоўскую", "Ціханоўскаю"}),
    ("Лукашэнка", "be", False, {"Лукашэнкі", "Лукашэнку", "Лукашэнкам"}),
    ("Кастусёў", "be", False, {"Кастусёва", "Кастусёву", "Кастусёвым"}),
    ("Тихановский", "ru", False, {"Тихановского", "Тихановскому", "Тихановским"}),
    ("Тихановская", "ru", True, {"Тихановской", "Тихановскую"}),
    ("Костусев", "ru", False, {"Костусева", "Костусеву", "Костусевым"}),
    ("Путин", "ru", False, {"Путина", "Путину", "Путиным"}),
    ("Лукашенко", "ru", False, {"Лукашенка", "Лукашенком"}),  # colloquial, but written
    ("Блинкен", "ru", False, {"Блинкена", "Блинкену", "Блинкеном"}),
]


@pytest.mark.parametrize(("surname", "lang", "feminine", "expected"), SURNAME_CASES)
def test_surname_case_forms(surname: str, lang: str, feminine: bool, expected: set) -> None:
    assert expected <= inflect.surname_forms(surname, lang, feminine)


@pytest.mark.parametrize(
    ("surname", "lang", "feminine"), [("Блінкен", "be", True), ("Блинкен", "ru", True)]
)
def test_indeclinable_surnames_have_no_case_forms(surname: str, lang: str, feminine: bool) -> None:
    assert inflect.surname_forms(surname, lang, feminine) == set()


@pytest.mark.parametrize(
    ("given", "lang", "expected"),
    [
        ("Павел", "ru", {"Павла", "Павлу", "Павлом"}),
        ("Павел", "be", {"Паўла", "Паўлу", "Паўлам"}),
        ("Святлана", "be", {"Святланы", "Святлане", "Святлану", "Святланай"}),
        ("Григорий", "ru", {"Григория", "Григорию", "Григорием"}),
        ("Алесь", "be", {"Алеся", "Алесю"}),
    ],
)
def test_given_name_case_forms(given: str, lang: str, expected: set) -> None:
    assert expected <= inflect.given_forms(given, lang)


# Polish declines a name by its Polish spelling (nominative excluded).
POLISH_CASES = [
    ("Cichanouska", True, {"Cichanouskiej", "Cichanouską"}),
    ("Cichanouski", False, {"Cichanouskiego", "Cichanouskiemu", "Cichanouskim"}),
    ("Kalesnikawa", True, {"Kalesnikawej", "Kalesnikawą"}),
    ("Łukaszenka", False, {"Łukaszenki", "Łukaszence", "Łukaszenkę", "Łukaszenką"}),
    ("Swiatłana", True, {"Swiatłany", "Swiatłanie", "Swiatłanę", "Swiatłaną"}),
    ("Maria", True, {"Marii", "Marię", "Marią"}),
    ("Ryhor", False, {"Ryhora", "Ryhorowi", "Ryhorem", "Ryhorze"}),
    ("Siarhiej", False, {"Siarhieja", "Siarhiejowi", "Siarhiejem", "Siarhieju"}),
    ("Aleś", False, {"Alesia", "Alesiowi", "Alesiem", "Alesiu"}),
    ("Poczobut", False, {"Poczobuta", "Poczobutowi", "Poczobutem", "Poczobucie"}),
    ("Kastusiou", False, set()),  # no rule for -ou: left as written
    ("Blinken", True, set()),  # a woman's surname in a consonant does not decline
]


@pytest.mark.parametrize(("word", "feminine", "expected"), POLISH_CASES)
def test_polish_case_forms(word: str, feminine: bool, expected: set) -> None:
    assert inflect.polish_forms(word, feminine) == expected


# Czech declines a name by its Czech spelling (nominative excluded).
CZECH_CASES = [
    ("Cichanouská", True, {"Cichanouské", "Cichanouskou"}),
    ("Cichanouski", False, {"Cichanouského", "Cichanouskému", "Cichanouském", "Cichanouským"}),
    ("Lukašenka", False, {"Lukašenky", "Lukašence", "Lukašenku", "Lukašenkou", "Lukašenkovi"}),
    ("Svjatlana", True, {"Svjatlany", "Svjatlaně", "Svjatlanu", "Svjatlanou", "Svjatlanovi"}),
    ("Kastusjou", False, {"Kastusjoua", "Kastusjouovi", "Kastusjouem"}),
    ("Ryhor", False, {"Ryhora", "Ryhoru", "Ryhorovi", "Ryhorem"}),
    ("Sjarhej", False, {"Sjarheje", "Sjarheji", "Sjarhejovi", "Sjarhejem"}),
    (
        "Pavel",
        False,
        {"Pavela", "Pavelu", "Pavelovi", "Pavelem", "Pavla", "Pavlu", "Pavlovi", "Pavlem"},
    ),
    ("Ksenija", True, set()),  # no rule for -ija: left as written
    ("Blinken", True, set()),  # a woman's surname in a consonant does not decline
]


@pytest.mark.parametrize(("word", "feminine", "expected"), CZECH_CASES)
def test_czech_case_forms(word: str, feminine: bool, expected: set) -> None:
    assert inflect.czech_forms(word, feminine) == expected


def test_polish_names_are_declined_from_cyrillic_and_as_typed() -> None:
    person = Person(
        "people/p.md", "Andrzej Poczobut", (("be", "Анджэй Пачобут"), ("pl", "Andrzej Poczobut"))
    )
    forms = name_forms(person, list(romanize.ALL_SCHEMES))
    surnames = {form.text for form in forms.forms if form.kind == "surname"}
    assert {"Poczobuta", "Poczobucie", "Paczobuta"} <= surnames  # typed; from Пачобут
    assert {"andrzeja", "andrzejem", "andzeja"} <= forms.given  # folded: Andżeja
    without = name_forms(person, ["be-latn"])
    assert "Paczobuta" not in {form.text for form in without.forms}  # Polish spelling is off
    assert "Poczobuta" in {form.text for form in without.forms}  # what the editor typed is not


def test_czech_names_are_declined_as_typed() -> None:
    person = Person("people/n.md", "Jan Novák", (("cs", "Jan Novák"),))
    forms = name_forms(person, [])
    assert {"Nováka", "Novákovi", "Novákem"} <= {f.text for f in forms.forms if f.kind == "surname"}
    assert {"jana", "janem"} <= forms.given  # folded


def test_name_forms_hold_editor_forms_and_generated_ones() -> None:
    person = Person("people/x.md", "Ryhor Kastusiou", (("be", "Рыгор Кастусёў"),), ("Hryhor K.",))
    forms = name_forms(person, list(romanize.ALL_SCHEMES))
    full = {form.text for form in forms.forms if form.kind == "full"}
    surnames = {form.text for form in forms.forms if form.kind == "surname"}
    assert full == {"Ryhor Kastusiou", "Рыгор Кастусёў", "Hryhor K."}  # generated: see below
    assert {"Kastusiou", "Кастусёў", "Кастусёва", "Kastusiova", "Kastussjous"} <= surnames
    assert {"рыгор", "рыгора", "ryhor", "hryhor"} <= forms.given


def test_taraskievica_spelling_is_generated() -> None:
    person = Person("people/s.md", "Sviatlana Tsikhanouskaya", (("be", "Святлана Ціханоўская"),))
    forms = name_forms(person, list(romanize.ALL_SCHEMES))
    assert "Cichanoŭskaja" in {f.text for f in forms.forms}
    assert {"сьвятлане", "sviatlany", "sviatlana"} <= forms.given  # folded: no diacritics
    index = build_index([person], load({}))
    assert link("<p>Сьвятлана Ціханоўская, Śviatłana Cichanoŭskaja.</p>", index, mode="all") == (
        '<p><a class="app-person-link" href="{filename}/people/s.md">Сьвятлана Ціханоўская</a>, '
        '<a class="app-person-link" href="{filename}/people/s.md">Śviatłana Cichanoŭskaja</a>.</p>'
    )


def test_metadata_lists_and_names_are_read() -> None:
    person = person_from_metadata(
        "people/x.md",
        {
            "title": "Ryhor Kastusiou",
            "names": ["be: Рыгор Кастусёў", "ru: Григорий Костусев"],
            "aliases": "Grigory Kostusev; Hryhoryj Kastusiou",
            "misspellings": "Lihor Kastusiov",
        },
    )
    assert person.names == (("be", "Рыгор Кастусёў"), ("ru", "Григорий Костусев"))
    assert person.aliases == ("Grigory Kostusev", "Hryhoryj Kastusiou")
    assert person.misspellings == ("Lihor Kastusiov",)
    single = person_from_metadata("people/y.md", {"title": "A B", "names": "be: А Б"})
    assert single.names == (("be", "А Б"),)


@pytest.mark.parametrize(
    ("metadata", "message"),
    [
        ({"title": "A B", "aliases": "Good; "}, "people/x.md: Aliases has an empty one"),
        ({"title": "A B", "misspellings": "Q"}, "people/x.md: Misspellings has 'Q'"),
        ({"title": "A B", "names": "Рыгор Кастусёў"}, "people/x.md: Names line"),
        ({"title": ""}, "people/x.md: has no Title — add `Title:`"),
    ],
)
def test_bad_profile_metadata_names_the_file_and_the_fix(metadata: dict, message: str) -> None:
    with pytest.raises(ProfileError) as error:
        person_from_metadata("people/x.md", metadata)
    assert str(error.value).startswith(message)


def test_shared_surname_stops_unless_declared_ambiguous() -> None:
    people = [
        Person("people/a.md", "Pavel Kuchynski", (("ru", "Павел Кучинский"),)),
        Person("people/b.md", "Dzianis Kuchynski", (("ru", "Денис Кучинский"),)),
    ]
    with pytest.raises(SharedFormError) as error:
        build_index(people, load({}))
    assert "'Kuchynski'" in str(error.value)
    assert "people/a.md and people/b.md" in str(error.value)
    index = build_index(people, load({"ambiguous": ["Kuchynski", "Кучинский"]}))
    assert "Kuchynski" in index.ambiguous


def test_shared_alias_stops_the_build() -> None:
    people = [
        Person("people/a.md", "Anna One", aliases=("The Speaker",)),
        Person("people/b.md", "Boris Two", aliases=("The Speaker",)),
    ]
    with pytest.raises(SharedFormError, match="'The Speaker'"):
        build_index(people, load({}))


@pytest.mark.parametrize(
    ("user", "message"),
    [
        ({"mood": "first"}, "unknown key(s) mood"),
        ({"mode": "some"}, "PEOPLE_LINKER['mode'] is 'some'"),
        (
            {"ambiguous": "Kuchynski"},
            "your Pelican settings: PEOPLE_LINKER['ambiguous'] is 'Kuchynski' — write a list of strings",
        ),
        ({"romanizations": ["klingon"]}, "unknown value(s) klingon"),
        ({"packs": ["be", "tlh"]}, "PEOPLE_LINKER['packs'] has unknown value(s) tlh"),
        ({"builtin_given_names": "no"}, "PEOPLE_LINKER['builtin_given_names'] is 'no'"),
        ({"title_words": "Mr"}, "PEOPLE_LINKER['title_words'] is 'Mr' — write a list"),
        ({"css_class": ""}, "PEOPLE_LINKER['css_class'] is empty — write a non-empty string"),
        ({"sentence_strip": ["x"]}, "PEOPLE_LINKER['sentence_strip'] is ['x'] — write a string"),
        ({"sentence_strip": "[@"}, "PEOPLE_LINKER['sentence_strip'] is not a regular expression"),
        ({"backlinks_in_content": "yes"}, "PEOPLE_LINKER['backlinks_in_content'] is 'yes'"),
        ({"folder": "who"}, "PEOPLE_LINKER['folder'] is now the setting PEOPLE_PATH — remove"),
    ],
)
def test_bad_settings_are_named(user: dict, message: str) -> None:
    with pytest.raises(SettingsError) as error:
        load(user)
    assert message in str(error.value)


def test_a_bad_value_names_the_settings_line(tmp_path: Path) -> None:
    conf = tmp_path / "pelicanconf.py"
    conf.write_text('SITENAME = "A"\nPEOPLE_LINKER = {"mode": "some"}\n', encoding="utf-8")
    with pytest.raises(SettingsError) as error:
        load({"mode": "some"}, conf=str(conf))
    assert str(error.value).startswith(f"{conf.as_posix()}:2: PEOPLE_LINKER['mode'] is 'some'")


@pytest.mark.parametrize(
    ("pattern", "sentence", "quoted"),
    [
        ("", "Freed on 3 July [@ap-1].", "Freed on 3 July [@ap-1]."),
        (r"\s*\[@[^\]]*\]", "Freed on 3 July [@ap-1; @hrw].", "Freed on 3 July."),
        (
            r"\s*\[@[^\]]*\]",
            "Kastusiou [@a], aged 67 [@b], was freed.",
            "Kastusiou, aged 67, was freed.",
        ),
        (r"\s*\[@[^\]]*\]", "No citation here.", "No citation here."),
        (r"\s*\[@[^\]]*\]", "Left , as  written .", "Left , as  written ."),  # nothing stripped
        # The space before a citation goes anyway: a pattern that starts with its "[" is
        # searched for, not tried at every character.
        (r"\[@[^\]]*\]", "Freed on 3 July [@ap-1; @hrw].", "Freed on 3 July."),
        (
            r"\[@[^\]]*\]",
            "Kastusiou [@a], aged 67 [@b], was freed.",
            "Kastusiou, aged 67, was freed.",
        ),
        (r"\[@[^\]]*\]", "Seen  [@a]\n and  heard.", "Seen and heard."),
    ],
)
def test_sentence_strip_removes_markup_from_quoted_sentences(
    pattern: str, sentence: str, quoted: str
) -> None:
    assert load({"sentence_strip": pattern}).quote(sentence) == quoted


def test_page_backlinks() -> None:
    assert page_backlinks(None, "pages/a.md") is True
    assert page_backlinks(" Yes ", "pages/a.md") is True
    assert page_backlinks("no", "pages/a.md") is False
    with pytest.raises(
        SettingsError, match=r"pages/a\.md: Backlinks is 'hidden' — write `Backlinks: yes` or `no`"
    ):
        page_backlinks("hidden", "pages/a.md")


def test_defaults_and_page_mode() -> None:
    config = load(None)
    assert (config.folder, config.mode, config.css_class) == ("people", "first", "app-person-link")
    assert page_mode(None, "first", "pages/a.md") == "first"
    assert page_mode(" ALL ", "first", "pages/a.md") == "all"
    with pytest.raises(SettingsError, match=r"pages/a\.md: Autolink is 'never'"):
        page_mode("never", "first", "pages/a.md")


def test_a_typed_spelling_wins_over_a_generated_one() -> None:
    people = [
        Person("people/a.md", "Hanna Bolaraka", (("be", "Ганна Боларака"),)),
        Person("people/b.md", "Volha Boliaraka", (("be", "Вольга Болярака"),)),
    ]
    index = build_index(people, load({}))  # b's Polish spelling of Болярака is "Bolaraka" too
    assert link("<p>Bolaraka said.</p>", index) == (
        '<p><a class="app-person-link" href="{filename}/people/a.md">Bolaraka</a> said.</p>'
    )


def test_generated_spellings_that_meet_are_never_linked_alone() -> None:
    people = [
        Person("people/a.md", "Hanna Zed", (("be", "Ганна Боларака"),)),
        Person("people/b.md", "Volha Why", (("be", "Вольга Болярака"),)),
    ]
    index = build_index(people, load({}))
    assert "Bolaraka" in index.ambiguous
    assert link("<p>Bolaraka said.</p>", index) == "<p>Bolaraka said.</p>"


def test_a_surname_declared_ambiguous_links_only_after_a_given_name() -> None:
    person = Person("people/y.md", "Anna Young")
    index = build_index([person], load({"ambiguous": ["Young"]}))
    assert index.ambiguous == ["Young"]
    assert link("<p>Young people. Anna Young. Ms Young.</p>", index, mode="all") == (
        '<p>Young people. <a class="app-person-link" href="{filename}/people/y.md">Anna Young</a>.'
        " Ms Young.</p>"
    )


def test_a_shorter_name_inside_a_rejected_longer_one_still_links() -> None:
    person = Person("people/b.md", "Anna Bellamy", aliases=("Bellamy Tower Ensemble",))
    index = build_index([person], load({}))
    assert link("<p>Bellamy Tower Ensembles.</p>", index) == (
        '<p><a class="app-person-link" href="{filename}/people/b.md">Bellamy</a>'
        " Tower Ensembles.</p>"
    )


PROFILES = {"people/pavel-kuchynski.md", "people/ryhor-kastusiou.md"}


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (None, ()),
        ("pavel-kuchynski", ("people/pavel-kuchynski.md",)),
        (" people/pavel-kuchynski.md , ryhor-kastusiou.md,", ("people/pavel-kuchynski.md", "people/ryhor-kastusiou.md")),
    ],
)  # fmt: skip
def test_not_linked_names_profiles_by_their_file(value: object, expected: tuple) -> None:
    assert page_not_linked(value, "pages/a.md", PROFILES) == expected


def test_not_linked_names_every_unknown_file_and_the_closest() -> None:
    with pytest.raises(SettingsError) as raised:
        page_not_linked("pavel-kuchinski, nobody", "pages/a.md", PROFILES)
    assert str(raised.value).startswith(
        "pages/a.md: Not-linked has pavel-kuchinski (did you mean pavel-kuchynski?), nobody,"
    )
