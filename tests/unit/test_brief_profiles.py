"""Profiles: metadata read into a Person; a missing field stops the build naming the file."""

import pytest
from bs4 import BeautifulSoup
from pelican.plugins.brief.errors import BriefError
from pelican.plugins.brief.figures import make_figure
from pelican.plugins.brief.profiles import parse_events, read_person, split_list
from pelican.plugins.brief.sources import make_source
from theme_tools import date_text, render_macro

PROFILE = {
    "title": "Ryhor Kastusiou",
    "role": "Party leader",
    "names": ["be: Рыгор Кастусёў", "ru: Григорий Костусев"],
    "unverified_names": "ru",
    "aliases": "Ryhor Kastusiou Jr; R. Kastusiou",
    "misspellings": "Lihor Kastusiov",
    "custody": "released",
    "custody_date": "2024-07-03",
    "custody_source": "viasna; ap",
    "events": ["2021-04 | Detained | un", "2024-07-03 | Released | viasna; ap"],
}


def test_a_full_profile_is_read() -> None:
    person = read_person(PROFILE, "people/x.md")
    assert [(n.lang, n.form, n.verified) for n in person.names] == [
        ("be", "Рыгор Кастусёў", True),
        ("ru", "Григорий Костусев", False),
    ]
    assert person.aliases == ("Ryhor Kastusiou Jr", "R. Kastusiou")
    assert person.misspellings == ("Lihor Kastusiov",)
    assert person.custody_source_ids == ("viasna", "ap")
    assert [date_text(e.date) for e in person.events] == ["April 2021", "3 July 2024"]
    assert person.events[1].source_ids == ("viasna", "ap")
    assert status(person) == "Released on 3 July 2024"
    assert person.surname == "Kastusiou"


def status(person: object, lang: str = "en") -> str:
    html = render_macro("partials/custody_status.html", "custody_status", person, lang=lang)
    return BeautifulSoup(html, "html.parser").get_text()


@pytest.mark.parametrize(
    ("changes", "label"),
    [
        ({"custody_date": "2024-08"}, "Released in August 2024"),
        ({"custody": "held", "custody_date": "2021-07-14"}, "Held since 14 July 2021"),
        ({"custody": "not-a-prisoner"}, "Not a prisoner"),
        ({"custody_note": "Released after a pardon"}, "Released after a pardon"),
    ],
)
def test_status_is_said_in_words(changes: dict, label: str) -> None:
    assert status(read_person({**PROFILE, **changes}, "p.md")) == label


@pytest.mark.parametrize(
    ("lang", "changes", "label"),
    [
        ("be", {}, "Вызваленне: 3 ліпеня 2024\u202fг."),
        ("be", {"custody_date": "2024-08"}, "Вызваленне: жнівень 2024"),
        (
            "be",
            {"custody": "held", "custody_date": "2021-07-14"},
            "Пад вартай, дата затрымання: 14 ліпеня 2021\u202fг.",
        ),
        ("ru", {}, "Освобождение: 3 июля 2024\u202fг."),
        (
            "ru",
            {"custody": "held", "custody_date": "2021-07-14"},
            "Под стражей, дата задержания: 14 июля 2021\u202fг.",
        ),
        ("ru", {"custody": "not-a-prisoner"}, "Не в заключении"),
    ],
    ids=["be-released", "be-month", "be-held", "ru-released", "ru-held", "ru-not-a-prisoner"],
)
def test_status_is_said_in_the_page_language(lang: str, changes: dict, label: str) -> None:
    assert status(read_person({**PROFILE, **changes}, "p.md"), lang) == label


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"role": ""}, "people/x.md:1: profile is missing Role — add a line"),
        ({"custody": None}, "missing Custody — "),
        ({"custody": "free"}, "Custody 'free' is not known — use one of: held"),
        ({"custody_source": ""}, "has no date or source — add `Custody_date"),
        (
            {"names": "Рыгор Кастусёў"},
            "Names line 'Рыгор Кастусёў' — write one name a line as `lang: form`",
        ),
        (
            {"events": "2021-04 | Detained"},
            "Events line .* — write `date \\| what happened \\| source ids`",
        ),
        ({"events": "April 2021 | Detained | un"}, "not a date.* — write dates as YYYY-MM-DD"),
        ({"custody_dte": "2024"}, "unknown field 'Custody_dte' — did you mean Custody_date\\?"),
        ({"flavour": "X"}, "unknown field 'Flavour' — remove it. Profile fields: Title"),
    ],
)
def test_bad_profiles_stop_with_the_file_and_the_fix(changes: dict, message: str) -> None:
    with pytest.raises(BriefError, match=message):
        read_person({**PROFILE, **changes}, "people/x.md")


def test_lists_and_events_accept_one_line_or_many() -> None:
    assert split_list(["a; b;", "c"]) == ("a", "b", "c")
    assert split_list(["Aliaksandr", "Lukashenka"]) == ("Aliaksandr Lukashenka",)
    assert split_list(None) == ()
    assert parse_events(None, "x") == ()
    assert len(parse_events("2020 | Elected | ap", "x")) == 1


def test_figures_need_every_field_and_a_known_source() -> None:
    record = {"publisher": "P", "title": "T", "url": "https://e.org", "published": "2024"}
    sources = {"ap": make_source("ap", {**record, "checked": "2024", "language": "en"}, "s")}
    figure = {"value": "1,409", "counts": "prisoners", "as_of": "2024-07-02", "source": "ap"}
    assert date_text(make_figure("f", figure, sources, "figures.toml").as_of) == "2 July 2024"
    with pytest.raises(BriefError, match="missing field\\(s\\) counts"):
        make_figure("f", {**figure, "counts": ""}, sources, "figures.toml")
    with pytest.raises(
        BriefError, match=r"figures.toml: unknown source id 'apx' — .*closest known: ap"
    ):
        make_figure("f", {**figure, "source": "apx"}, sources, "figures.toml")
