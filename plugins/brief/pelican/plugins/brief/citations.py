"""Citations: `[@id]` and `[@a; @b]` in a page's HTML become numbered notes and a source list."""

from __future__ import annotations

import re
from collections.abc import Callable

# [@ap-2024-07-02] or [@a; @b]: ids are letters, digits, '-', '_', '.', ':'.
CITATION = re.compile(r"\[@([\w.:-]+)((?:\s*;\s*@[\w.:-]+)*)\]")
SKIPPED = re.compile(r"(<(pre|code)\b.*?</\2>)", re.DOTALL | re.IGNORECASE)


def citation_ids(text: str) -> list[str]:
    """Every id cited in `text`, in order of appearance, repeats kept."""
    found = []
    for match in CITATION.finditer(text):
        found.extend(_ids(match))
    return found


def _ids(match: re.Match) -> list[str]:
    rest = [part.strip().lstrip("@") for part in match.group(2).split(";") if part.strip()]
    return [match.group(1), *rest]


def number_sources(ids: list[str]) -> dict[str, int]:
    """Number distinct ids 1, 2, 3 in order of first appearance."""
    numbers: dict[str, int] = {}
    for source_id in ids:
        numbers.setdefault(source_id, len(numbers) + 1)
    return numbers


def replace_citations(html: str, render: Callable[[list[str]], str]) -> str:
    """Replace each citation outside <pre> and <code> with render(ids)."""
    pieces = SKIPPED.split(html)
    out = []
    for index, piece in enumerate(pieces):
        kind = index % 3  # split with two groups: text, whole skipped element, its tag name
        if kind == 0:
            out.append(CITATION.sub(lambda match: render(_ids(match)), piece))
        elif kind == 1:
            out.append(piece)
    return "".join(out)


def strip_citations(html: str) -> str:
    """Remove citations (for summaries, which carry no source list)."""
    return re.sub(r"\s*" + CITATION.pattern, "", html)
