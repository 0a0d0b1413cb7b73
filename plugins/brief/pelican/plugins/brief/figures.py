"""Key figures: a value, what it counts, the date it holds for, and its source.

Each figure's value and what it counts may be translated in a sibling file per language
(`figures.be.toml` beside `figures.toml`), one table per figure id; the date and source stay the
original's. A figure without a translation shows its original text, marked with its language.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from rights_brief_common.problems import at_table, gather, shown

from .dates import PartialDate, parse_date
from .errors import BriefError
from .sources import Source, check_fields, read_toml, require_source

REQUIRED = ("value", "counts", "as_of", "source")
OPTIONAL = ("on_brief",)
TRANSLATED = ("value", "counts")  # what a translation gives, and all it may give


@dataclass(frozen=True)
class FigureText:
    """The words of a figure in one language."""

    value: str
    counts: str
    lang: str


@dataclass(frozen=True)
class Figure:
    id: str
    value: str
    counts: str
    as_of: PartialDate
    source: Source
    on_brief: bool
    lang: str = "en"  # the language the original is written in
    texts: Mapping[str, FigureText] = field(default_factory=dict)  # translations by language

    def text_in(self, lang: str) -> FigureText:
        """The figure's words in `lang`, else the original's (whose `lang` then says so)."""
        return self.texts.get(lang) or FigureText(self.value, self.counts, self.lang)


def load_figures(
    path: Path, sources: dict[str, Source], lang: str = "en", languages: Iterable[str] = ()
) -> list[Figure]:
    """Read every figure in file order, with its translations into `languages`; a missing path
    means the brief has no figures."""
    if not path.exists():
        return []
    problems: list[str] = []
    figures = [
        gather(problems, make_figure, key, record, sources, figure_where(path, key), lang)
        for key, record in read_toml(path).items()
    ]
    texts = gather(problems, load_translations, path, [f.id for f in figures if f], languages)
    if problems:
        raise BriefError(*problems)
    return [with_texts(figure, texts or {}) for figure in figures]


def with_texts(figure: Figure, texts: dict[str, dict[str, FigureText]]) -> Figure:
    found = {lang: by_id[figure.id] for lang, by_id in texts.items() if figure.id in by_id}
    return Figure(**{**figure.__dict__, "texts": found})


def translation_path(path: Path, lang: str) -> Path:
    """figures.toml -> figures.be.toml"""
    return path.with_name(f"{path.stem}.{lang}{path.suffix}")


def load_translations(
    path: Path, ids: list[str], languages: Iterable[str]
) -> dict[str, dict[str, FigureText]]:
    """Every translation file of the figures: figure id -> its text, per language. A table
    that translates no figure, or a file for a language the site does not have, stops the build."""
    languages = list(languages)
    problems = [
        f"{shown(other)}: translates the figures into {other.suffixes[-2][1:]!r}, not one of the "
        f"site's languages — rename it to {path.stem}.LANG{path.suffix} with LANG one of "
        f"{', '.join(languages) or '(none: LANGUAGES is empty)'}, or add the language to LANGUAGES"
        for other in sorted(path.parent.glob(f"{path.stem}.*{path.suffix}"))
        if other.suffixes[-2][1:] not in languages
    ]
    texts: dict[str, dict[str, FigureText]] = {}
    for lang in languages:
        translated = translation_path(path, lang)
        if translated.exists():
            texts[lang] = gather(problems, read_translation, translated, ids, lang) or {}
    if problems:
        raise BriefError(*problems)
    return texts


def read_translation(path: Path, ids: list[str], lang: str) -> dict[str, FigureText]:
    problems: list[str] = []
    texts = {
        key: gather(problems, make_text, key, record, ids, path, lang)
        for key, record in read_toml(path).items()
    }
    if problems:
        raise BriefError(*problems)
    return texts


def make_text(key: str, record: object, ids: list[str], path: Path, lang: str) -> FigureText:
    where = f"{at_table(path, key)}: figure [{key}]"
    if key not in ids:
        close = difflib.get_close_matches(key, ids, n=3, cutoff=0.5) or ["(none close)"]
        fix = f"use the id of a table in {path.stem.rsplit('.', 1)[0]}{path.suffix}; closest: {', '.join(close)}"
        raise BriefError(f"{where}: translates no figure: none has this id — {fix}")
    check_fields(record, TRANSLATED, (), where)
    return FigureText(str(record["value"]).strip(), str(record["counts"]).strip(), lang)


def figure_where(path: Path, key: str) -> str:
    return f"{at_table(path, key)}: figure [{key}]"


def make_figure(
    key: str, record: object, sources: dict[str, Source], where: str, lang: str = "en"
) -> Figure:
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
        lang=lang,
    )
