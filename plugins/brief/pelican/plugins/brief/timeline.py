"""The timeline: every dated event of every page, oldest first, each with its sources."""

from __future__ import annotations

from dataclasses import dataclass

from .profiles import Event
from .sources import Source


@dataclass(frozen=True)
class Entry:
    """One line of the timeline and the page it comes from (a profile, an update, the brief)."""

    event: Event
    sources: tuple[Source, ...]
    origin: object  # the Pelican page or article, for its title and URL


def build_timeline(found: list[tuple[Event, object]], sources: dict[str, Source]) -> list[Entry]:
    """Sort events oldest first; on the same date, keep the order the pages were read in."""
    entries = [
        Entry(event, tuple(sources[i] for i in event.source_ids), origin) for event, origin in found
    ]
    return sorted(entries, key=lambda entry: entry.event.date)
