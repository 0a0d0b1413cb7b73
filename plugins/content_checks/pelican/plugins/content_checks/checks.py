"""Checks of Markdown content files that need no Pelican: encoding, metadata, dates, links."""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Mapping
from datetime import date, datetime
from pathlib import PurePosixPath

from rights_brief_common.problems import Problem

META_LINE = re.compile(r"^[ ]{0,3}(?P<key>[A-Za-z0-9_-]+):\s*(?P<value>.*)$")
CONTINUATION = re.compile(r"^[ ]{4,}\S")
DATE_FORMATS = ("%Y-%m-%d", "%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M:%S")
FILENAME_LINK = re.compile(r"\{(?P<kind>filename|static|attach)\}(?P<target>[^)\s\"'#?]+)")
TAXONOMY_LINK = re.compile(r"\{(?P<kind>tag|category|author)\}(?P<name>[^)\s\"'#?]*)")
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")  # not tab, newline, return


def decode(raw: bytes, path: str) -> tuple[str | None, list[Problem]]:
    """The text of a file, or a problem saying where it stops being UTF-8."""
    try:
        return raw.decode("utf-8").removeprefix("\ufeff"), []  # Pelican drops a BOM too
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        problem = f"is not UTF-8 text (byte 0x{raw[error.start]:02x})"
        fix = "save the file as UTF-8 in your editor"
        return None, [Problem(path, line, problem, fix)]


def read_fields(text: str) -> dict[str, tuple[int, str | list[str]]]:
    """The metadata block at the top of a Markdown file as Pelican reads it: lowercased key ->
    (line, value), the value a list when the field has continuation lines."""
    found: dict[str, tuple[int, list[str]]] = {}
    lines = text.splitlines()
    start = 1 if lines and lines[0].strip() == "---" else 0
    current: list[str] | None = None
    for number, line in enumerate(lines[start:], start=start + 1):
        if not line.strip() or line.strip() in ("---", "..."):
            break
        match = META_LINE.match(line)
        if match:
            current = [match["value"].strip()]
            found.setdefault(match["key"].lower(), (number, current))
        elif CONTINUATION.match(line) and current is not None:
            current.append(line.strip())
        else:
            break
    return {
        key: (line, values if len(values) > 1 else values[0])
        for key, (line, values) in found.items()
    }


def read_metadata(text: str) -> dict[str, tuple[int, str]]:
    """The metadata block at the top of a Markdown file: lowercased key -> (line, first value)."""
    fields = read_fields(text)
    return {
        key: (line, value if isinstance(value, str) else value[0])
        for key, (line, value) in fields.items()
    }


def check_metadata(path: str, metadata: dict[str, tuple[int, str]], dated: bool) -> list[Problem]:
    if not metadata:
        fix = "start the file with a metadata block, e.g. a first line `Title: ...`"
        return [Problem(path, 1, "has no metadata", fix)]
    problems = []
    if not metadata.get("title", (0, ""))[1]:
        line = metadata.get("title", (1, ""))[0]
        problems.append(Problem(path, line, "has no title", "add a line `Title: ...` at the top"))
    if dated and "date" not in metadata:
        fix = "add a line `Date: YYYY-MM-DD` (the day it happened or was published)"
        problems.append(Problem(path, 1, "has no date", fix))
    for key in ("date", "modified"):
        if key in metadata:
            problems.extend(check_date(path, *metadata[key], key=key.capitalize()))
    return problems


STATUSES = ("published", "hidden", "draft")


def check_fields(
    path: str, metadata: dict[str, tuple[int, str]], templates: set[str]
) -> list[Problem]:
    """Values Pelican would reject with a traceback, or accept and misplace silently."""
    problems = []
    if "status" in metadata and metadata["status"][1] not in STATUSES:
        line, value = metadata["status"]
        fix = f"use one of: {', '.join(STATUSES)}"
        problems.append(Problem(path, line, f"the status {value!r} is not known", fix))
    if "slug" in metadata and not metadata["slug"][1]:
        fix = "give a slug (the page's address, e.g. `Slug: about`) or remove the line"
        problems.append(Problem(path, metadata["slug"][0], "has an empty slug", fix))
    if "save_as" in metadata:
        line, value = metadata["save_as"]
        if not value or value.startswith("/") or ".." in PurePosixPath(value).parts:
            fix = "give a path inside the site, e.g. `Save_as: about.html`, or remove the line"
            problems.append(
                Problem(path, line, f"would be saved outside the site ({value!r})", fix)
            )
    if "template" in metadata and metadata["template"][1] not in templates:
        line, value = metadata["template"]
        fix = f"use one of the theme's templates: {', '.join(sorted(templates))}"
        problems.append(
            Problem(path, line, f"asks for a template {value!r} that does not exist", fix)
        )
    return problems


def check_date(path: str, line: int, value: str, key: str = "Date") -> list[Problem]:
    """A date must be a real, complete day: Pelican would invent the missing parts."""
    for date_format in DATE_FORMATS:
        try:
            datetime.strptime(value, date_format)
            return []
        except ValueError:
            continue
    problem = f"the date {value!r} is not a real date in the form YYYY-MM-DD"
    return [Problem(path, line, problem, f"write it as e.g. `{key}: 2024-07-04`")]


def check_links(path: str, text: str, source: PurePosixPath, exists: set[str]) -> list[Problem]:
    """Every {filename} link must name a file in the content folder."""
    problems = []
    for number, line in enumerate(text.splitlines(), start=1):
        for match in FILENAME_LINK.finditer(line):
            target = resolve(source, match["target"])
            if target not in exists:
                problem = f"links to {{{match['kind']}}}{match['target']}, which does not exist"
                fix = "correct the path (relative to content/, starting with /) or add the file"
                problems.append(Problem(path, number, problem, fix))
    return problems


def check_taxonomy_links(path: str, text: str, built: set[str]) -> list[Problem]:
    """A {tag}, {category} or {author} link points at a page only when the site builds those."""
    problems = []
    for number, line in enumerate(text.splitlines(), start=1):
        for match in TAXONOMY_LINK.finditer(line):
            if match["kind"] not in built:
                problem = (
                    f"links to {{{match['kind']}}}{match['name']}, a page this site never builds"
                )
                fix = "link a page with {filename}/pages/....md instead"
                problems.append(Problem(path, number, problem, fix))
    return problems


def check_control_characters(path: str, text: str) -> list[Problem]:
    """NUL, ESC and their kind are invisible in an editor and reach the HTML as they are."""
    for number, line in enumerate(text.splitlines(), start=1):
        found = CONTROL.search(line)
        if found:
            problem = f"holds the control character U+{ord(found[0]):04X}, invisible in an editor"
            fix = "delete it (retype the words around it if your editor does not show it)"
            return [Problem(path, number, problem, fix)]
    return []


def check_reserved(
    claims: Iterable[tuple[str, str, int]], reserved: dict[str, str]
) -> list[Problem]:
    """A page saved onto a file the build makes itself would replace it or be dropped."""
    problems = []
    for path, output, line in claims:
        owner = reserved.get(output) or next(
            (
                what
                for prefix, what in reserved.items()
                if prefix.endswith("/") and output.startswith(prefix)
            ),
            None,
        )
        if owner:
            fix = "give it another `Slug:` or `Save_as:`, or remove the line"
            problems.append(
                Problem(path, line, f"would be written to {output}, which is {owner}", fix)
            )
    return problems


def resolve(source: PurePosixPath, target: str) -> str:
    """The content-relative path a {filename} link points to."""
    joined = PurePosixPath(target.lstrip("/")) if target.startswith("/") else source.parent / target
    parts: list[str] = []
    for part in joined.parts:
        if part == "..":
            if parts:
                parts.pop()
        elif part != ".":
            parts.append(part)
    return "/".join(parts)


OUTPUT_CLASH = (
    "would be written to {output}, like {others}",
    "rename one of the files or give it a different `Slug:`",
)


def check_output_paths(
    claims: Iterable[tuple[str, str, int]], wording: tuple[str, str] = OUTPUT_CLASH
) -> list[Problem]:
    """Two files may not claim one thing (an output path, a slug); each claim is (file, what it
    claims, the line that decides it)."""
    owners: dict[str, list[tuple[str, int]]] = {}
    for path, output, line in claims:
        owners.setdefault(output, []).append((path, line))
    problems = []
    problem, fix = wording
    for output, paths in sorted(owners.items()):
        for path, line in sorted(paths) if len(paths) > 1 else []:
            others = ", ".join(other for other, _ in sorted(paths) if other != path)
            problems.append(Problem(path, line, problem.format(output=output, others=others), fix))
    return problems


def check_slug_settings(
    settings: Mapping[str, object], names: Iterable[str], page_slugs: set[str], settings_file: str
) -> list[Problem]:
    """Every slug that the settings `names` list (CONTENT_CHECKS["slug_settings"]) must be a
    published page's: a theme silently leaves others out of its navigation."""
    return [
        problem
        for name in names
        for problem in check_page_slugs(name, settings.get(name) or [], page_slugs, settings_file)
    ]


def check_page_slugs(
    name: str, slugs: Iterable[str], page_slugs: set[str], settings_file: str
) -> list[Problem]:
    """Each of the setting `name`'s slugs that no published page has."""
    problems = []
    for slug in slugs:
        if slug in page_slugs:
            continue
        close = difflib.get_close_matches(slug, sorted(page_slugs), n=1)
        hint = f"did you mean {close[0]!r}? " if close else ""
        fix = (
            f"{hint}give the slug of a page (its file name without .md, or its `Slug:`), or"
            f" remove it from {name}"
        )
        problem = f"{name} names {slug!r}, but no published page has that slug"
        problems.append(Problem(settings_file, None, problem, fix))
    return problems


# Fields Pelican, our theme and our plugins read on pages and updates (profiles: brief's list).
KNOWN_FIELDS = (
    "title", "date", "modified", "summary", "slug", "status", "template", "save_as", "url",
    "lang", "translation", "tags", "category", "author", "authors", "nav_title", "autolink",
    "backlinks", "not-linked", "events",
)  # fmt: skip


def check_known_fields(
    path: str, metadata: dict[str, tuple[int, str]], known: Iterable[str]
) -> list[Problem]:
    """A misspelt field (`Sumary:`, `Dte:`) would be ignored without a word: stop on it."""
    known = list(known)
    problems = []
    for key, (line, _value) in sorted(metadata.items()):
        if key in known:
            continue
        close = difflib.get_close_matches(key, known, n=1)
        hint = f"did you mean `{close[0].capitalize()}:`? " if close else ""
        fix = f"{hint}known fields: {', '.join(k.capitalize() for k in known)}"
        problems.append(Problem(path, line, f"unknown field `{key.capitalize()}:`", fix))
    return problems


def check_block_end(path: str, text: str) -> list[Problem]:
    """The metadata block ends at a blank line. A line indented 0-3 spaces right after a field
    ends it early: Markdown then prints that line (and drops, say, a key date) without a word."""
    lines = text.splitlines()
    start = 1 if lines and lines[0].strip() == "---" else 0
    for number, line in enumerate(lines[start:], start=start + 1):
        if not line.strip() or line.strip() in ("---", "..."):
            return []
        if not META_LINE.match(line) and not CONTINUATION.match(line):
            if number == start + 1:
                return []  # no metadata at all: check_metadata says so
            problem = "this line ends the metadata block without a blank line before it"
            fix = (
                "indent it by 4 spaces if it continues the field above (e.g. a line of Events), "
                "or leave a blank line before it if the text starts here"
            )
            return [Problem(path, number, problem, fix)]
    return []


def check_future(path: str, metadata: dict[str, tuple[int, str]], today: date) -> list[Problem]:
    """A date more than a day ahead is most likely a typo (2205 for 2025)."""
    problems = []
    for key in ("date", "modified"):
        line, value = metadata.get(key, (0, ""))
        day = _day(value)
        if day and (day - today).days > 1:
            problem = f"the date {value!r} lies in the future"
            fix = (
                "correct it, or allow future dates with CONTENT_CHECKS = "
                '{"future_dates": True} in the settings'
            )
            problems.append(Problem(path, line, problem, fix))
    return problems


def _day(value: str) -> date | None:
    for date_format in DATE_FORMATS:
        try:
            return datetime.strptime(value, date_format).date()
        except ValueError:
            continue
    return None
