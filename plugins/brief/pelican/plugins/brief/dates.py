"""Dates as sources give them: a day, a month or only a year. Never invent the missing part.

The theme writes them in the page's language (theme/i18n.py, `date_text`)."""

from __future__ import annotations

import re
from dataclasses import dataclass

PATTERN = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
NOT_RECORDED = "not recorded"


@dataclass(frozen=True, order=True)
class PartialDate:
    """A date known to the year, the month or the day; sorts oldest first, vaguer first."""

    year: int
    month: int = 0
    day: int = 0

    @property
    def iso(self) -> str:
        """The machine form for <time datetime>: 2024, 2024-08 or 2024-08-16."""
        parts = [f"{self.year:04d}"]
        if self.month:
            parts.append(f"{self.month:02d}")
        if self.day:
            parts.append(f"{self.day:02d}")
        return "-".join(parts)


def parse_date(value: str) -> PartialDate:
    """Read YYYY, YYYY-MM or YYYY-MM-DD; raise ValueError for anything else."""
    match = PATTERN.match(value.strip())
    if not match:
        raise ValueError(f"{value!r} is not a date written YYYY-MM-DD, YYYY-MM or YYYY")
    year, month, day = (int(part) if part else 0 for part in match.groups())
    if month > 12 or day > 31 or (day and not month):
        raise ValueError(f"{value!r} is not a real date")
    return PartialDate(year, month, day)
