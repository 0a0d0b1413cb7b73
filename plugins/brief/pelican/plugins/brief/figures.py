"""Key figures: a value, what it counts, the date it holds for, and its source."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from rights_brief_common.problems import at_table, gather

from .dates import PartialDate, parse_date
from .errors import BriefError
from .sources import Source, check_fields, read_toml, require_source

REQUIRED = ("value", "counts", "as_of", "source")
OPTIONAL = ("on_brief",)


@dataclass(frozen=True)
class Figure:
    id: str
    value: str
    counts: str
    as_of: PartialDate
    source: Source
    on_brief: bool


def load_figures(path: Path, sources: dict[str, Source]) -> list[Figure]:
    """Read every figure in file order; a missing path means the brief has no figures."""
    if not path.exists():
        return []
    problems: list[str] = []
    figures = [
        gather(problems, make_figure, key, record, sources, figure_where(path, key))
        for key, record in read_toml(path).items()
    ]
    if problems:
        raise BriefError(*problems)
    return figures


def figure_where(path: Path, key: str) -> str:
    return f"{at_table(path, key)}: figure [{key}]"


def make_figure(key: str, record: object, sources: dict[str, Source], where: str) -> Figure:
    """Check one figure record; a missing field or an unknown source stops the build."""
    check_fields(record, REQUIRED, OPTIONAL, where)
    try:
        as_of = parse_date(str(record["as_of"]))
    except ValueError as error:
        fix = 'write it as YYYY-MM-DD, YYYY-MM or YYYY, e.g. `as_of = "2024-07-02"`'
        raise BriefError(f"{where}: as_of: {error} — {fix}") from error
    return Figure(
        id=key,
        value=str(record["value"]).strip(),
        counts=str(record["counts"]).strip(),
        as_of=as_of,
        source=require_source(str(record["source"]).strip(), sources, where),
        on_brief=bool(record.get("on_brief", False)),
    )
