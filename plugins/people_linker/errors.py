"""The linker's errors: every problem found, one line each, `where: problem — fix`.

The build prints an error's `problems` one a line with a count (tools/build.py), the same way
for every plugin, so an editor fixes everything in one pass.
"""

from __future__ import annotations

import os
import re
from pathlib import Path


class LinkerError(ValueError):
    """Problems that stop the build; subclasses say which part of the linker found them."""

    def __init__(self, *problems: str) -> None:
        self.problems = list(problems)
        super().__init__("\n".join(self.problems))


FIELDS = ("Aliases", "Misspellings", "Names", "Autolink", "Backlinks", "Title")


def locate(problem: str, source: str, path: str) -> str:
    """Replace a problem's content-relative `source` with the path the editor knows, and the
    line of the field it names (if it names one)."""
    if not problem.startswith(f"{source}:"):
        return problem
    shown = os.path.relpath(path)
    shown = Path(path).as_posix() if shown.startswith("..") else shown
    field = next((name for name in FIELDS if name in problem), None)
    line = _line_of(path, field) if field else None
    where = f"{shown}:{line}" if line else shown
    return where + problem[len(source) :]


def _line_of(path: str, field: str) -> int | None:
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return None
    pattern = re.compile(rf"^\s{{0,3}}{field}\s*:", re.IGNORECASE)
    return next((number for number, line in enumerate(lines, 1) if pattern.match(line)), None)
