"""Source records: one TOML table per source, every field required, dates checked."""

from __future__ import annotations

import difflib
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from rights_brief_common.problems import at, at_table, did_you_mean, gather, shown

from .dates import NOT_RECORDED, PartialDate, parse_date
from .errors import BriefError
from .languages import language_problem

if sys.version_info >= (3, 11):
    import tomllib
else:  # Python 3.10: the same parser, from PyPI
    import tomli as tomllib

LINE_SUFFIX = re.compile(r":\d+(: |$)")
REQUIRED = ("publisher", "title", "url", "published", "checked", "language")
OPTIONAL = ("short", "note", "title_language")


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
    title_language: str  # the title's `lang`: the source's, or the brief's for a [description]


def load_sources(path: Path, own_language: str = "en") -> dict[str, Source]:
    """Read every record in a sources TOML file, keeping the file's order; no file, no sources.

    `own_language` is the language the brief is written in: that of a [described] title.
    """
    if not path.exists():
        return {}
    data = read_toml(path)
    problems: list[str] = []
    sources = {
        source_id: gather(problems, make_source, source_id, record, path, own_language)
        for source_id, record in data.items()
    }
    if problems:
        raise BriefError(*problems)
    return sources


def read_toml(path: Path) -> dict:
    """Parse a TOML file; bad UTF-8 or bad TOML stops the build naming the file."""
    raw = path.read_bytes()
    try:
        return tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        fix = "save the file as UTF-8 in your editor"
        raise BriefError(f"{shown(path)}:{line}: is not UTF-8 text — {fix}") from error
    except tomllib.TOMLDecodeError as error:
        fix = "check the quotes, brackets and `=` signs around that line"
        raise BriefError(f"{shown(path)}: not valid TOML ({error}) — {fix}") from error


def make_source(
    source_id: str, record: object, path: Path | str, own_language: str = "en"
) -> Source:
    """Check one record and turn it into a Source; a missing or odd field stops the build."""
    where = f"{at_table(path, source_id)}: source [{source_id}]"
    check_fields(record, REQUIRED, OPTIONAL, where)
    title = str(record["title"]).strip()
    language = _language_field(record, "language", where)
    # A headline is in the source's language; a [description] is ours, in the brief's language.
    described = title.startswith("[") and title.endswith("]")
    title_language = _language_field(record, "title_language", where) or (
        own_language if described else language
    )
    url = str(record["url"]).strip()
    if url != NOT_RECORDED and not url.startswith(("https://", "http://")):
        fix = f"give the full address (https://...) or write {NOT_RECORDED!r} with a note"
        raise BriefError(f"{where}: url {url!r} is not a web address — {fix}")
    if url == NOT_RECORDED and not record.get("note"):
        fix = 'add `note = "..."` saying why the address is not recorded'
        raise BriefError(f"{where}: url is {NOT_RECORDED!r} without a note — {fix}")
    return Source(
        id=source_id,
        publisher=str(record["publisher"]).strip(),
        title=title,
        url=url,
        published=_date_field(record, "published", where, allow_unknown=True),
        checked=_date_field(record, "checked", where, allow_unknown=False),
        language=language,
        short=str(record.get("short") or record["publisher"]).strip(),
        note=str(record.get("note", "")).strip(),
        title_language=title_language,
    )


def _language_field(record: dict, name: str, where: str) -> str:
    """A language tag the brief knows (it becomes a `lang` attribute), or "" when not given."""
    tag = str(record.get(name, "")).strip()
    problem = tag and language_problem(tag)
    if problem:
        raise BriefError(f"{where}: {name} {problem}")
    return tag


def _date_field(record: dict, name: str, where: str, *, allow_unknown: bool) -> PartialDate | None:
    value = str(record[name]).strip()
    if allow_unknown and value == NOT_RECORDED:
        return None
    try:
        return parse_date(value)
    except ValueError as error:
        fix = f'write it as YYYY-MM-DD, YYYY-MM or YYYY, e.g. `{name} = "2024-07-02"`'
        raise BriefError(f"{where}: {name}: {error} — {fix}") from error


def closest_ids(unknown: str, known: list[str] | dict[str, Source]) -> list[str]:
    """The known ids most like a mistyped one, best first (at most three)."""
    return difflib.get_close_matches(unknown, list(known), n=3, cutoff=0.4)


def require_source(source_id: str, sources: dict[str, Source], where: str) -> Source:
    """The source with this id, or stop the build naming the file, the id and the closest ids."""
    if source_id in sources:
        return sources[source_id]
    near = closest_ids(source_id, sources) or ["(none close)"]
    fix = f"correct the id or add the source to the sources file; closest known: {', '.join(near)}"
    raise BriefError(f"{cited_at(where, source_id)}: unknown source id {source_id!r} — {fix}")


def cited_at(where: str, source_id: str) -> str:
    """`path:LINE` of the first line naming the id (`[@id]`, or in metadata), when `where` is a
    plain path; a location that has its line already stays as it is."""
    if LINE_SUFFIX.search(where) or not Path(where).is_file():
        return where
    return at(where, r".*(?<![\w.:-])@?" + re.escape(source_id) + r"(?![\w.:-])")


def check_fields(record: object, required: tuple, optional: tuple, where: str) -> None:
    """A record is a table with every required field and no field the brief does not know."""
    if not isinstance(record, dict):
        raise BriefError(f"{where}: is not a table — give it the fields {', '.join(required)}")
    missing = [name for name in required if not str(record.get(name, "")).strip()]
    unknown = sorted(set(record) - set(required) - set(optional))
    hints = [did_you_mean(name, [*required, *optional]) for name in unknown]
    if missing:
        fix = "add " + ", ".join(f"`{name} = ...`" for name in missing)
        also = f" (and has unknown field(s) {', '.join(hints)}: a misspelling?)" if hints else ""
        raise BriefError(f"{where}: missing field(s) {', '.join(missing)}{also} — {fix}")
    if unknown:
        fix = f"remove or rename it; known fields: {', '.join([*required, *optional])}"
        raise BriefError(f"{where}: unknown field(s) {', '.join(hints)} — {fix}")
