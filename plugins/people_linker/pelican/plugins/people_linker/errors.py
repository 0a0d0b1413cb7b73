"""The linker's errors: every problem found, one line each, `where: problem — fix`.

The build prints an error's `problems` one a line with a count (rights_brief_common.problems), the same way
for every plugin, so an editor fixes everything in one pass.
"""

from __future__ import annotations

import re

from rights_brief_common.problems import ProblemError, field_line, line_of, shown, where


class LinkerError(ProblemError):
    """Problems that stop the build; subclasses say which part of the linker found them."""


QUOTED = re.compile(r"'([^']+)'")
FIELDS = (
    "Not-linked",
    "Aliases",
    "Misspellings",
    "Names",
    "Autolink",
    "Backlinks",
    "Gender",
    "Title",
)


def locate(problem: str, source: str, path: str) -> str:
    """Replace a problem's content-relative `source` with the path the editor knows, and the
    line of the field it names (if it names one)."""
    if not problem.startswith(f"{source}:"):
        return problem
    field = next((name for name in FIELDS if name in problem), None)
    line = field_line(path, field) if field else None
    for quoted in QUOTED.findall(problem) if line is None else ():  # a name form: its line
        line = line or line_of(path, r".*" + re.escape(quoted))
    return where(shown(path), line) + problem[len(source) :]
