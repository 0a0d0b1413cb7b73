"""Translations are sibling files, `about.be.md` beside `about.md`, carrying `Lang: be`.

Checked before Pelican reads them: Pelican itself pairs by slug and only warns when a pairing
goes wrong, or silently shows a translation as a page of its own.
"""

from __future__ import annotations

import difflib
import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import PurePosixPath

from rights_brief_common.problems import Problem


@dataclass(frozen=True)
class Edition:
    """One content file as the translation checks see it."""

    shown: str
    source: PurePosixPath
    metadata: dict  # lowercased key -> (line, value)
    dated: bool  # an update (articles) rather than a page


def split_name(source: PurePosixPath, pattern: str) -> tuple[str, str | None]:
    """(slug, lang) from a file name: about.be.md -> ("about", "be"); about.md -> ("about", None)."""
    match = re.match(pattern, source.stem) if pattern else None
    if match and match.groupdict().get("lang"):
        return match["slug"], match["lang"]
    return source.stem, None


def check_translations(
    files: list[Edition], languages: list[str], default: str, pattern: str
) -> list[Problem]:
    """Every translation names its language, translates an existing file, and is the only one
    of that file in that language."""
    problems: list[Problem] = []
    originals: dict[tuple[bool, str], Edition] = {}
    translations: dict[tuple[bool, str, str], list[Edition]] = defaultdict(list)
    for file in files:
        slug, named, line, lang = edition_key(file, default, pattern)
        problems.extend(_check_lang(file, line, lang, named, [default, *languages]))
        if lang == default:
            originals[(file.dated, slug)] = file
        else:
            translations[(file.dated, slug, lang)].append(file)
    for (dated, slug, lang), group in sorted(translations.items()):
        if (dated, slug) not in originals:
            known = sorted(s for d, s in originals if d == dated)
            problems.extend(_orphan(file, slug, lang, known) for file in group)
        if len(group) > 1:
            problems.append(_twice(group, lang))
    return problems


def edition_key(file: Edition, default: str, pattern: str) -> tuple[str, str | None, int, str]:
    """(slug, language its name gives, line of its Lang, language) of one file."""
    slug, named = split_name(file.source, pattern)
    slug = file.metadata.get("slug", (0, slug))[1]
    line, lang = file.metadata.get("lang", (1, named or default))
    return slug, named, line, lang


def translation_pairs(
    files: list[Edition], default: str, pattern: str
) -> list[tuple[Edition, Edition, str]]:
    """(original, translation, language) for every translation whose original exists."""
    keys = [(file, edition_key(file, default, pattern)) for file in files]
    originals = {(f.dated, key[0]): f for f, key in keys if key[3] == default}
    return [
        (originals[(f.dated, key[0])], f, key[3])
        for f, key in keys
        if key[3] != default and (f.dated, key[0]) in originals
    ]


def _check_lang(file: Edition, line: int, lang: str, named: str | None, allowed: list) -> list:
    allowed = list(dict.fromkeys(allowed))
    if named and "lang" not in file.metadata:
        fix = f"add a line `Lang: {named}` to its metadata"
        return [
            Problem(file.shown, 1, f"is named as a translation into {named!r} but has no Lang", fix)
        ]
    if named and lang != named:
        fix = f"make them agree: `Lang: {named}`, or rename the file to {file.source.stem.rsplit('.', 1)[0]}.{lang}.md"
        return [Problem(file.shown, line, f"says Lang {lang!r} but its name says {named!r}", fix)]
    if lang not in allowed:
        fix = f"use one of {', '.join(allowed)}, or add it to LANGUAGES in the settings"
        return [Problem(file.shown, line, f"Lang {lang!r} is not one of the site's languages", fix)]
    return []


def _orphan(file: Edition, slug: str, lang: str, known: list[str]) -> Problem:
    close = difflib.get_close_matches(slug, known, n=3, cutoff=0.5) or ["(none close)"]
    kind = "update" if file.dated else "page"
    fix = f"name it after the {kind} it translates (<name>.{lang}.md beside <name>.md); closest: {', '.join(close)}"
    return Problem(file.shown, 1, f"translates no {kind}: none is named {slug!r}", fix)


def _twice(group: list[Edition], lang: str) -> Problem:
    first, *others = sorted(group, key=lambda file: file.shown)
    also = ", ".join(file.shown for file in others)
    fix = "keep one of them, or give one a Lang or Slug of its own"
    return Problem(first.shown, None, f"translates the same page into {lang!r} as {also}", fix)
