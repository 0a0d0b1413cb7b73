"""Timeline order, the brief's "as of" date and the people index groups."""

from pelican.plugins.brief.dates import parse_date
from pelican.plugins.brief.figures import Figure, FigureText
from pelican.plugins.brief.model import Brief
from pelican.plugins.brief.profiles import Event, Person
from pelican.plugins.brief.sources import make_source
from pelican.plugins.brief.timeline import build_timeline, pair_events

RECORD = {
    "publisher": "P",
    "title": "T",
    "url": "https://e.org",
    "published": "2024",
    "checked": "2024-01-01",
    "language": "en",
}
SOURCES = {"s": make_source("s", RECORD, "sources.toml")}


def event(date: str, text: str) -> Event:
    return Event(parse_date(date), text, ("s",))


def test_timeline_is_oldest_first_and_stable_on_equal_dates() -> None:
    found = [
        (event("2024-07-03", "b"), "page 1", 0),
        (event("2021-04", "a"), "page 2", 0),
        (event("2024-07-03", "c"), "page 3", 0),
        (event("2024", "year"), "page 4", 0),
    ]
    entries = build_timeline(found, SOURCES)
    assert [e.event.text for e in entries] == ["a", "year", "b", "c"]
    assert entries[0].sources == (SOURCES["s"],) and entries[0].origin == "page 2"


def test_as_of_is_the_newest_event_or_figure() -> None:
    timeline = build_timeline([(event("2024-07-03", "b"), "p", 0)], SOURCES)
    brief = Brief(sources=[], figures=[], people=[], timeline=timeline)
    assert brief.as_of.iso == "2024-07-03"
    brief.figures = [Figure("f", "1", "x", parse_date("2025-12-15"), SOURCES["s"], True)]
    assert brief.as_of.iso == "2025-12-15"
    assert Brief(sources=[], figures=[], people=[], timeline=[]).as_of is None


def test_people_are_grouped_by_the_initial_of_their_surname() -> None:
    people = [
        Person(title=t, role="r") for t in ["Ryhor Kastusiou", "Antony Blinken", "Ales Bialiatski"]
    ]
    brief = Brief(sources=[], figures=[], people=[(p, None) for p in people], timeline=[])
    index = brief.people_index("en")
    groups = [(letter, [p.title for p, _ in group]) for letter, group in index]
    assert groups == [("B", ["Ales Bialiatski", "Antony Blinken"]), ("K", ["Ryhor Kastusiou"])]


def test_a_translated_event_pairs_with_the_original_of_its_date_and_sources() -> None:
    originals = [event("2024-07-03", "Released"), event("2024-07-03", "Freed"), event("2021", "x")]
    other = Event(parse_date("2024-07-03"), "Вызвалены", ("t",))  # other sources: no pair
    translated = [event("2024-07-03", "Вызвалены"), other, event("2024-07-03", "На волі")]
    paired, unmatched = pair_events(originals, translated)
    assert [e.text if e else None for e in paired] == ["Вызвалены", "На волі", None]
    assert unmatched == [other]


def test_a_figure_without_a_translation_shows_its_original_in_its_language() -> None:
    be = FigureText("12", "спраў", "be")
    figure = Figure("f", "12", "cases", parse_date("2024"), SOURCES["s"], True, "en", {"be": be})
    assert figure.text_in("be") == be
    assert figure.text_in("ru") == FigureText("12", "cases", "en")
    brief = Brief(sources=[], figures=[figure], people=[], timeline=[])
    assert brief.untranslated("be") == (0, 0) and brief.untranslated("ru") == (1, 0)
