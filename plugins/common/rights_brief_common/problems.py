"""Problems in content and settings, reported the way editors read them: all at once, sorted.

Every problem is one line, `path:LINE: problem — fix` (the line when one is known). Every plugin
raises ProblemError (or a subclass) with all it found; `tools/build.py` prints the problems and a
count. `file_checks` is a signal: plugins connect checks that need only the files, and
content_checks runs them all before Pelican reads anything, so one build reports every mistake.
"""

from __future__ import annotations

import difflib
import os
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from blinker import signal

T = TypeVar("T")

# Sent with Pelican's settings and `files` (ContentFile records) before Pelican reads any file;
# each receiver returns the problems it finds, and content_checks reports them all together.
file_checks = signal("brief-file-checks")
# Sent with Pelican's settings and `pairs`, (original, translation, language) ContentFile triples,
# for the checks of what a translation gives again in its own words (the brief's events).
translation_checks = signal("brief-translation-checks")

LOCATION = re.compile(r"^(?P<path>.+?)(?::(?P<line>\d+))?: ")


@dataclass(frozen=True)
class Problem:
    path: str
    line: int | None
    problem: str
    fix: str

    def __str__(self) -> str:
        return f"{where(self.path, self.line)}: {self.problem} — {self.fix}"


@dataclass(frozen=True)
class ContentFile:
    """One content file as the checks see it, before Pelican reads it."""

    path: str  # as the editor knows it (rights_brief_common.problems.shown)
    source: str  # relative to the content folder, POSIX, as Pelican's relative_source_path
    text: str
    metadata: dict[str, object]  # lowercased keys; a list for fields with continuation lines

    @property
    def source_path(self) -> str:  # Pelican's name, so checks written for content objects fit
        return self.path

    @property
    def relative_source_path(self) -> str:
        return self.source


def where(path: str, line: int | None) -> str:
    return f"{path}:{line}" if line else path


def sort_key(problem: object) -> tuple[str, int, str]:
    """File, then line (a problem without one first), then text: never compares None with int."""
    text = str(problem)
    match = LOCATION.match(text)
    if match is None:
        return (text, 0, text)
    return (match["path"], int(match["line"] or 0), text)


def format_problems(problems: Iterable[object]) -> str:
    lines = sorted(dict.fromkeys(str(problem) for problem in problems), key=sort_key)
    noun = "problem" if len(lines) == 1 else "problems"
    return "\n".join([*lines, f"{len(lines)} {noun} found; fix them and build again."])


class ProblemError(ValueError):
    """Stops the build with every problem found, one line each, sorted, then a count."""

    def __init__(self, *problems: object) -> None:
        self.problems = sorted(dict.fromkeys(str(problem) for problem in problems), key=sort_key)
        super().__init__("\n".join(self.problems))


def gather(
    problems: list[str], action: Callable[..., T], *args: object, errors: type = ProblemError
) -> T | None:
    """Run one check; on an error with problems keep them and go on with the next check."""
    try:
        return action(*args)
    except errors as error:
        problems.extend(error.problems)
        return None


def shown(path: Path | str) -> str:
    """A path as the editor knows it: relative to where the build was started, if inside it."""
    relative = os.path.relpath(path)
    return Path(path).as_posix() if relative.startswith("..") else relative


def line_of(path: Path | str, pattern: str) -> int | None:
    """The first line of a file that matches a regular expression (case-insensitive)."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    compiled = re.compile(pattern, flags=re.IGNORECASE)
    return next((n for n, line in enumerate(text.splitlines(), 1) if compiled.match(line)), None)


def field_line(path: Path | str, field: str) -> int | None:
    """The line of a metadata field (`Field:` indented at most three spaces)."""
    return line_of(path, rf"^\s{{0,3}}{re.escape(field)}\s*:")


def at(path: Path | str, pattern: str) -> str:
    """`path:LINE` for the first line matching `pattern`, or just the path."""
    return where(shown(path), line_of(path, pattern))


def at_table(path: Path | str, key: str) -> str:
    """`path:LINE` of the TOML table `[key]`, or just the path."""
    return at(path, r'^\s*\[\s*"?' + re.escape(key) + r'"?\s*\]')


def did_you_mean(word: str, known: Iterable[str]) -> str:
    """`name (did you mean other?)`, or the name alone when nothing known is close."""
    close = difflib.get_close_matches(word, list(known), n=1)
    return f"{word} (did you mean {close[0]}?)" if close else word


def merge_settings(
    given: Mapping[str, object] | None,
    defaults: Mapping[str, object],
    name: str,
    error: type[Exception] = ProblemError,
    settings_file: str = "your Pelican settings",
    moved: Mapping[str, str] | None = None,
) -> dict[str, object]:
    """A plugin's settings dict merged over its defaults; any unknown key stops the build, a
    key that became a setting of its own (`moved`: key -> setting) says which, and a value not
    of its default's kind (True/False, a string, a list of strings) is named with the fix."""
    given = dict(given or {})
    pattern = rf"^{re.escape(name)}\s*="
    for key, setting in (moved or {}).items():
        if key in given:
            raise error(
                f"{at(settings_file, pattern)}: {name}[{key!r}] is now the setting {setting}"
                f" — remove the key and write {setting} = {given[key]!r}"
            )
    unknown = sorted(set(given) - set(defaults))
    if unknown:
        hints = ", ".join(did_you_mean(key, defaults) for key in unknown)
        fix = f"remove or correct it; known keys: {', '.join(defaults)}"
        raise error(f"{at(settings_file, pattern)}: {name} has unknown key(s) {hints} — {fix}")
    wrong = [
        f"{name}[{key!r}] is {value!r} — {kind}"
        for key, value in given.items()
        if (kind := wrong_kind(value, defaults[key]))
    ]
    if wrong:
        where_set = at(settings_file, pattern)
        wrong = [f"{where_set}: {problem}" for problem in wrong]
        raise error(*wrong) if issubclass(error, ProblemError) else error("\n".join(wrong))
    return {**defaults, **given}


def wrong_kind(value: object, default: object) -> str | None:
    """The fix when `value` is not of the kind of `default`; None when it is."""
    if isinstance(default, bool):
        return None if isinstance(value, bool) else "write True or False"
    if isinstance(default, str):
        return None if isinstance(value, str | os.PathLike) else "write a string"
    if isinstance(default, list | tuple):
        strings = isinstance(value, list | tuple) and all(isinstance(v, str) for v in value)
        return None if strings else "write a list of strings"
    return None
