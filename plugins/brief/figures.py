"""Key figures: a value, what it counts, the date it holds for, and its source."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

from .dates import PartialDate, parse_date
from .errors import BriefError
from .sources import Source, require_source

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
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as error:
        raise BriefError(f"{path}: not valid TOML: {error}") from error
    return [
        make_figure(key, record, sources, f"{path}: figure [{key}]") for key, record in data.items()
    ]


def make_figure(key: str, record: object, sources: dict[str, Source], where: str) -> Figure:
    """Check one figure record; a missing field or an unknown source stops the build."""
    if not isinstance(record, dict):
        raise BriefError(f"{where}: must be a table of fields ({', '.join(REQUIRED)})")
    missing = [name for name in REQUIRED if not str(record.get(name, "")).strip()]
    if missing:
        raise BriefError(f"{where}: missing field(s) {', '.join(missing)}")
    unknown = sorted(set(record) - set(REQUIRED) - set(OPTIONAL))
    if unknown:
        raise BriefError(f"{where}: unknown field(s) {', '.join(unknown)}")
    try:
        as_of = parse_date(str(record["as_of"]))
    except ValueError as error:
        raise BriefError(f"{where}: as_of: {error}") from error
    return Figure(
        id=key,
        value=str(record["value"]).strip(),
        counts=str(record["counts"]).strip(),
        as_of=as_of,
        source=require_source(str(record["source"]).strip(), sources, where),
        on_brief=bool(record.get("on_brief", False)),
    )
