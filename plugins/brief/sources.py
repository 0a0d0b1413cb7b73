"""Source records: one TOML table per source, every field required, dates checked."""

from __future__ import annotations

import difflib
import tomllib
from dataclasses import dataclass
from pathlib import Path

from .dates import NOT_RECORDED, PartialDate, parse_date
from .errors import BriefError
from .languages import language_name

REQUIRED = ("publisher", "title", "url", "published", "checked", "language")
OPTIONAL = ("short", "note")


@dataclass(frozen=True)
class Source:
    """One thing the brief cites: who published what, where, when, and when we checked it."""

    id: str
    publisher: str
    title: str
    url: str  # an http(s) address, or "not recorded"
    published: PartialDate | None  # None when the record says "not recorded"
    checked: PartialDate
    language: str
    short: str
    note: str

    @property
    def label(self) -> str:
        """A short reference for lists and timelines: "AP, 2 July 2024"."""
        return f"{self.short}, {self.published.text}" if self.published else self.short

    @property
    def language_name(self) -> str:
        return language_name(self.language)


def load_sources(path: Path) -> dict[str, Source]:
    """Read every record in a sources TOML file, keeping the file's order; no file, no sources."""
    if not path.exists():
        return {}
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as error:
        raise BriefError(f"{path}: not valid TOML: {error}") from error
    return {source_id: make_source(source_id, record, path) for source_id, record in data.items()}


def make_source(source_id: str, record: object, path: Path | str) -> Source:
    """Check one record and turn it into a Source; a missing or odd field stops the build."""
    where = f"{path}: source [{source_id}]"
    if not isinstance(record, dict):
        raise BriefError(f"{where}: must be a table of fields ({', '.join(REQUIRED)})")
    missing = [name for name in REQUIRED if not str(record.get(name, "")).strip()]
    if missing:
        raise BriefError(f"{where}: missing field(s) {', '.join(missing)}")
    unknown = sorted(set(record) - set(REQUIRED) - set(OPTIONAL))
    if unknown:
        raise BriefError(f"{where}: unknown field(s) {', '.join(unknown)}")
    url = str(record["url"]).strip()
    if url != NOT_RECORDED and not url.startswith(("https://", "http://")):
        raise BriefError(f"{where}: url must start with https:// or be {NOT_RECORDED!r}")
    if url == NOT_RECORDED and not record.get("note"):
        raise BriefError(f"{where}: url is {NOT_RECORDED!r}, so add a note saying why")
    return Source(
        id=source_id,
        publisher=str(record["publisher"]).strip(),
        title=str(record["title"]).strip(),
        url=url,
        published=_date_field(record, "published", where, allow_unknown=True),
        checked=_date_field(record, "checked", where, allow_unknown=False),
        language=str(record["language"]).strip(),
        short=str(record.get("short") or record["publisher"]).strip(),
        note=str(record.get("note", "")).strip(),
    )


def _date_field(record: dict, name: str, where: str, *, allow_unknown: bool) -> PartialDate | None:
    value = str(record[name]).strip()
    if allow_unknown and value == NOT_RECORDED:
        return None
    try:
        return parse_date(value)
    except ValueError as error:
        raise BriefError(f"{where}: {name}: {error}") from error


def closest_ids(unknown: str, known: list[str] | dict[str, Source]) -> list[str]:
    """The known ids most like a mistyped one, best first (at most three)."""
    return difflib.get_close_matches(unknown, list(known), n=3, cutoff=0.4)


def require_source(source_id: str, sources: dict[str, Source], where: str) -> Source:
    """The source with this id, or stop the build naming the file, the id and the closest ids."""
    if source_id in sources:
        return sources[source_id]
    near = closest_ids(source_id, sources) or ["(none close)"]
    raise BriefError(f"{where}: unknown source id {source_id!r}; closest known: {', '.join(near)}")
