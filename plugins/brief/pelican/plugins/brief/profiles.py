"""Profiles and dated events read from page metadata, checked before anything is rendered."""

from __future__ import annotations

import difflib
import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from rights_brief_common.problems import at

from .dates import PartialDate, parse_date
from .errors import BriefError

CUSTODY = ("held", "released", "not-a-prisoner")
CUSTODY_NEEDS_DATE = ("held", "released")


@dataclass(frozen=True)
class Name:
    """A name in another language or script, with the BCP 47 tag its lang attribute needs."""

    lang: str
    form: str
    verified: bool = True


@dataclass(frozen=True)
class Event:
    """A dated fact with the ids of the sources that report it."""

    date: PartialDate
    text: str
    source_ids: tuple[str, ...]


@dataclass(frozen=True)
class Person:
    """What a profile's metadata says about one person."""

    title: str
    role: str
    names: tuple[Name, ...] = ()
    aliases: tuple[str, ...] = ()
    misspellings: tuple[str, ...] = ()
    custody: str = "not-a-prisoner"
    custody_date: PartialDate | None = None
    custody_source_ids: tuple[str, ...] = ()
    custody_note: str = ""
    events: tuple[Event, ...] = field(default=())

    @property
    def surname(self) -> str:
        return self.title.split()[-1]


def lines(value: object) -> list[str]:
    """Metadata as lines: Pelican gives one string, or a list for indented continuation lines."""
    raw = value if isinstance(value, list) else str(value or "").splitlines()
    return [line.strip() for line in raw if line and line.strip()]


PERSON_TEMPLATE = "person"  # the template of profiles: pages in the people folder
FIELD = r"^\s{{0,3}}{}\s*:"  # the metadata line of a field, for pointing at it


def split_list(value: object) -> tuple[str, ...]:
    """A `;`-separated field (Aliases, Misspellings, source ids) as a tuple of trimmed items."""
    text = " ".join(lines(value))
    return tuple(item.strip() for item in text.split(";") if item.strip())


def parse_names(value: object, unverified: tuple[str, ...], where: str) -> tuple[Name, ...]:
    """Read `lang: form` lines; languages listed in Unverified_names are marked unverified."""
    names = []
    for line in lines(value):
        lang, sep, form = line.partition(":")
        if not sep or not lang.strip() or not form.strip():
            fix = "write one name a line as `lang: form`, e.g. `be: Рыгор Кастусёў`"
            raise BriefError(f"{at(where, FIELD.format('names'))}: Names line {line!r} — {fix}")
        names.append(Name(lang.strip(), form.strip(), lang.strip() not in unverified))
    return tuple(names)


def line_at(where: str, line: str) -> str:
    """`path:LINE` of a metadata line (a field's first line or one of its continuation lines)."""
    return at(where, r"^\s*([\w-]+\s*:\s*)?" + re.escape(line) + r"\s*$")


def parse_events(value: object, where: str) -> tuple[Event, ...]:
    """Read `YYYY-MM-DD | what happened | source-id; source-id` lines."""
    events = []
    for line in lines(value):
        parts = [part.strip() for part in line.split("|")]
        if len(parts) != 3 or not all(parts):
            fix = "write `date | what happened | source ids`, e.g. `2024-07-03 | Released | viasna-115675`"
            raise BriefError(f"{line_at(where, line)}: Events line {line!r} — {fix}")
        events.append(Event(_date(parts[0], line_at(where, line)), parts[1], split_list(parts[2])))
    return tuple(events)


def _date(value: str, where: str) -> PartialDate:
    try:
        return parse_date(value)
    except ValueError as error:
        fix = "write dates as YYYY-MM-DD, or YYYY-MM or YYYY when the source gives no day"
        raise BriefError(f"{where}: {error} — {fix}") from error


PROFILE_FIELDS = (
    "title", "names", "unverified_names", "aliases", "misspellings", "gender", "role",
    "custody", "custody_date", "custody_source", "custody_note", "events",
)  # fmt: skip
PELICAN_FIELDS = (
    "slug", "summary", "template", "status", "lang", "translation", "date", "modified",
    "save_as", "url", "autolink", "backlinks", "not-linked", "nav_title", "authors", "author", "tags",
    "category", "reader",
)  # fmt: skip


def check_unknown_fields(metadata: Mapping[str, object], where: str) -> None:
    """A misspelt field would be silently ignored; name it and the field it was meant to be."""
    known = (*PROFILE_FIELDS, *PELICAN_FIELDS)
    for key in sorted(set(metadata) - set(known)):
        close = difflib.get_close_matches(key, PROFILE_FIELDS, n=1)
        hint = f"did you mean {close[0].capitalize()}?" if close else "remove it."
        fix = f"{hint} Profile fields: {', '.join(f.capitalize() for f in PROFILE_FIELDS)}"
        raise BriefError(
            f"{at(where, FIELD.format(key))}: unknown field {key.capitalize()!r} — {fix}"
        )


def read_person(metadata: Mapping[str, object], where: str, title_checked: bool = False) -> Person:
    """Check a profile's metadata and return the Person; a missing field stops the build.
    `title_checked`: content_checks, which runs the file checks, reports a missing title itself,
    so that the editor reads it once."""
    check_unknown_fields(metadata, where)
    required = ("role", "custody") if title_checked else ("title", "role", "custody")
    missing = [name for name in required if not metadata.get(name)]
    if missing:
        fields = ", ".join(m.title() for m in missing)
        fix = f"add a line for each at the top, e.g. `{missing[0].title()}: ...` (see docs/authoring.md)"
        raise BriefError(f"{where}:1: profile is missing {fields} — {fix}")
    custody = str(metadata["custody"]).strip()
    if custody not in CUSTODY:
        fix = f"use one of: {', '.join(CUSTODY)}"
        raise BriefError(
            f"{at(where, FIELD.format('custody'))}: Custody {custody!r} is not known — {fix}"
        )
    date_text = str(metadata.get("custody_date") or "").strip()
    source_ids = split_list(metadata.get("custody_source"))
    if custody in CUSTODY_NEEDS_DATE and not (date_text and source_ids):
        fix = "add `Custody_date: YYYY-MM-DD` and `Custody_source: source-id`"
        raise BriefError(
            f"{at(where, FIELD.format('custody'))}: Custody {custody} has no date or source — {fix}"
        )
    unverified = split_list(metadata.get("unverified_names"))
    return Person(
        title=str(metadata.get("title") or "").strip(),
        role=str(metadata["role"]).strip(),
        names=parse_names(metadata.get("names"), unverified, where),
        aliases=split_list(metadata.get("aliases")),
        misspellings=split_list(metadata.get("misspellings")),
        custody=custody,
        custody_date=_date(date_text, at(where, FIELD.format("custody_date")))
        if date_text
        else None,
        custody_source_ids=source_ids,
        custody_note=str(metadata.get("custody_note") or "").strip(),
        events=parse_events(metadata.get("events"), where),
    )
