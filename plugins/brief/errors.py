"""The one exception the brief plugin raises: every problem found, each with where and how to fix.

Messages follow the build's format, `path:LINE: problem — fix`, one line each; the build prints
them together with a count, so an editor fixes everything in one pass.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")


class BriefError(Exception):
    """Content that the brief cannot build honestly (a missing field, an unknown source id)."""

    def __init__(self, *problems: str) -> None:
        self.problems = list(problems)
        super().__init__("\n".join(self.problems))


def gather(problems: list[str], action: Callable[..., T], *args: object) -> T | None:
    """Run one check; on a BriefError keep its problems and go on with the next check."""
    try:
        return action(*args)
    except BriefError as error:
        problems.extend(error.problems)
        return None


def shown(path: Path | str) -> str:
    """A path as the editor knows it: relative to where the build was started, if inside it."""
    relative = os.path.relpath(path)
    return Path(path).as_posix() if relative.startswith("..") else relative


def line_of(path: Path | str, pattern: str) -> int | None:
    """The first line of a file that matches a regular expression, for pointing at a field."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    for number, line in enumerate(text.splitlines(), start=1):
        if re.match(pattern, line, flags=re.IGNORECASE):
            return number
    return None


def at(path: Path | str, pattern: str) -> str:
    """`path:LINE` for the first line matching `pattern`, or just the path."""
    line = line_of(path, pattern)
    return f"{shown(path)}:{line}" if line else shown(path)


def at_table(path: Path | str, key: str) -> str:
    """`path:LINE` of the TOML table `[key]`, or just the path."""
    return at(path, r'^\s*\[\s*"?' + re.escape(key) + r'"?\s*\]')
