"""The timeline: every dated event of every page, oldest first, each with its sources.

A translation of a page translates its events by giving them again in its own `Events:`, with
the same date and sources; an update's event is its title. An event without a translation keeps
its original text, marked with the original's language.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from .profiles import Event
from .sources import Source


@dataclass(frozen=True)
class Entry:
    """One line of the timeline and the page it comes from (a profile, an update, the brief)."""

    event: Event
    sources: tuple[Source, ...]
    origin: object  # the Pelican page or article, for its title and URL
    index: int = 0  # the event's place among its page's events (an update's own event: -1)
    text_lang: str = ""  # the language of event.text: its page's, unless it is untranslated


def build_timeline(
    found: list[tuple[Event, object, int]], sources: dict[str, Source], lang: str = "en"
) -> list[Entry]:
    """Sort events oldest first; on the same date, keep the order the pages were read in.

    Each event comes with its page and its place among the page's events (-1: an update's own
    event, its title)."""
    entries = [
        Entry(event, tuple(sources[i] for i in event.source_ids), origin, index, lang)
        for event, origin, index in found
    ]
    return sorted(entries, key=lambda entry: entry.event.date)


def same_fact(one: Event, other: Event) -> bool:
    """A translated event renders the original's: same date, same sources (in any order)."""
    return one.date == other.date and sorted(one.source_ids) == sorted(other.source_ids)


def pair_events(
    originals: Sequence[Event], translated: Sequence[Event]
) -> tuple[list[Event | None], list[Event]]:
    """Each original event's translation (None when it has none), and the translated events
    that match no original event."""
    pending = list(translated)
    paired: list[Event | None] = []
    for event in originals:
        match = next((i for i, other in enumerate(pending) if same_fact(other, event)), None)
        paired.append(None if match is None else pending.pop(match))
    return paired, pending


def translate_entry(entry: Entry, lang: str) -> Entry:
    """The entry as a page in `lang` shows it: from the origin's translation where there is one,
    else as it is (its `text_lang` says it is in the original's language)."""
    versions = [t for t in getattr(entry.origin, "translations", []) if t.lang == lang]
    if not versions:
        return entry
    version = versions[0]
    if entry.index < 0:
        title = replace(entry.event, text=version.title)
        return replace(entry, event=title, origin=version, text_lang=lang)
    originals = getattr(entry.origin, "brief_events", ())
    paired, _ = pair_events(originals, getattr(version, "brief_events", ()))
    found = paired[entry.index] if entry.index < len(paired) else None
    if found is None:
        return replace(entry, origin=version)
    return replace(entry, event=found, origin=version, text_lang=lang)
