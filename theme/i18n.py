"""The theme's interface in each page's language: gettext catalogs and Babel's CLDR formats.

Catalogs are `translations/<lang>/LC_MESSAGES/messages.po` beside this file, read at build time
(no compiled .mo is kept). pelican.conf.py loads this file by path, as it loads filters.py, and
hands `Interface` to Jinja: the theme renders the same with PLUGINS=[]. A language without a
catalog shows the English text (the msgids), and the build says so once.
"""

from __future__ import annotations

import gettext
import logging
import re
from datetime import date
from functools import cache, lru_cache
from io import BytesIO
from pathlib import Path
from typing import Any

from babel import Locale, UnknownLocaleError
from babel.dates import format_date, format_skeleton
from babel.messages.mofile import write_mo
from babel.messages.pofile import PoFileError, read_po
from babel.numbers import format_decimal
from jinja2 import pass_context
from jinja2.ext import InternationalizationExtension

logger = logging.getLogger("theme")
FOLDER = Path(__file__).resolve().with_name("translations")
SOURCE_LANGUAGE = "en"  # the msgids are English
PLACEHOLDER = re.compile(r"%\((\w+)\)s")
# A full stop, the closing tags after it, then a second one: a sentence ending on a date that
# ends with its own stop ("2 июля 2024 г." then ".") — but not an ellipsis.
DOUBLE_STOP = re.compile(r"(?<!\.)\.((?:\s*</[A-Za-z][\w-]*>)*)\.(?!\.)")


class CatalogError(Exception):
    """Every problem in the interface catalogs, one `path:LINE: problem — fix` line each."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("\n".join(problems))


def catalog_path(folder: Path, lang: str) -> Path:
    return folder / lang / "LC_MESSAGES" / "messages.po"


def shown(path: Path) -> str:
    try:
        return path.relative_to(Path.cwd()).as_posix()
    except ValueError:
        return path.as_posix()


def read_catalog(path: Path) -> tuple[gettext.NullTranslations | None, list[str]]:
    """A catalog ready for gettext, or the problems that stop it (malformed, bad placeholders)."""
    try:
        with path.open("rb") as file:
            catalog = read_po(file, abort_invalid=True)
    except PoFileError as error:
        fix = "correct the quoting or keywords on that line (msgid, msgstr, msgctxt)"
        what = re.sub(r" on \d+$", "", str(error))  # Babel counts lines from 0
        return None, [f"{shown(path)}:{error.lineno + 1}: malformed catalog ({what}) — {fix}"]
    problems = [
        f"{shown(path)}:{message.lineno}: {text}"
        for message in catalog
        if message.id and message.string
        for text in placeholder_problems(message.id, message.string)
    ]
    buffer = BytesIO()
    write_mo(buffer, catalog)
    buffer.seek(0)
    return gettext.GNUTranslations(buffer), problems


def placeholder_problems(msgid: str | tuple, msgstr: str | tuple) -> list[str]:
    """A translation must use exactly the msgid's %(name)s placeholders, or it shows wrong."""
    ids = msgid if isinstance(msgid, tuple) else (msgid,)
    strings = msgstr if isinstance(msgstr, tuple) else (msgstr,)
    wanted = set().union(*(PLACEHOLDER.findall(text) for text in ids))
    problems = []
    for text in strings:
        found = set(PLACEHOLDER.findall(text))
        if text and found != wanted:
            names = ", ".join(f"%({name})s" for name in sorted(wanted)) or "none"
            fix = f"use the msgid's placeholders exactly: {names}"
            problems.append(f"translation {text!r} of {ids[0]!r} has other placeholders — {fix}")
    return problems


class Catalogs:
    """Every catalog in a folder, checked together; one lookup per language after that."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.loaded: dict[str, gettext.NullTranslations] = {}
        self.checked = False

    def check(self) -> None:
        """Read every catalog; stop the build naming every problem in all of them at once."""
        if self.checked:
            return
        problems: list[str] = []
        for path in sorted(self.folder.glob("*/LC_MESSAGES/messages.po")):
            translations, found = read_catalog(path)
            problems.extend(found)
            if translations is not None:
                self.loaded[path.parts[-3]] = translations
        if problems:
            raise CatalogError(problems)
        self.checked = True

    def get(self, lang: str) -> gettext.NullTranslations:
        if lang not in self.loaded:
            self.loaded[lang] = self._fallback(lang)
        return self.loaded[lang]

    def _fallback(self, lang: str) -> gettext.NullTranslations:
        base = re.split(r"[-_]", lang)[0]
        if base != lang and base in self.loaded:
            return self.loaded[base]
        if base != SOURCE_LANGUAGE:
            logger.info(
                "theme: no interface catalog for %r, so its pages show the interface in English"
                " — add %s (see docs/authoring.md, `make translations`)",
                lang,
                shown(catalog_path(self.folder, base)),
            )
        return gettext.NullTranslations()


CATALOGS = Catalogs(FOLDER)
_locales: dict[str, Locale] = {}


def page_language(context: Any) -> str:
    """The language of the page being rendered: its own `lang`, else the site's."""
    for name in ("article", "page"):
        lang = getattr(context.get(name), "lang", None)
        if lang:
            return str(lang)
    return str(context.get("lang") or context.get("DEFAULT_LANG") or SOURCE_LANGUAGE)


def page_locale(context: Any) -> Locale:
    """The CLDR locale that writes dates and numbers for the page (FORMAT_LOCALES may map it)."""
    lang = page_language(context)
    tag = dict(context.get("FORMAT_LOCALES") or {}).get(lang, lang)
    if tag not in _locales:
        try:
            _locales[tag] = Locale.parse(tag.replace("-", "_"))
        except (UnknownLocaleError, ValueError):
            logger.info("theme: CLDR has no locale %r; its dates are written in English", tag)
            _locales[tag] = Locale.parse("en_GB")
    return _locales[tag]


@pass_context
def translate(context: Any, message: str) -> str:
    return CATALOGS.get(page_language(context)).gettext(message)


@pass_context
def translate_plural(context: Any, singular: str, plural: str, count: int) -> str:
    return CATALOGS.get(page_language(context)).ngettext(singular, plural, count)


@pass_context
def date_text(context: Any, value: Any) -> str:
    """A date in the page's language: "2 July 2024", "2 ліпеня 2024 г.", "2 июля 2024 г.".

    Takes a datetime or a partial date (year, month, day; 0 where the source gives none):
    "July 2024", "ліпень 2024", "2024".
    """
    return _date_text(page_locale(context), value.year, value.month, value.day)


@lru_cache(maxsize=1 << 15)  # more dates than a big site's updates: no churn
def _date_text(locale: Locale, year: int, month: int, day: int) -> str:
    """One formatting per date and language: a site shows the same few dates on many pages."""
    if not month:
        return format_skeleton("y", date(year, 1, 1), locale=locale)
    if not day:
        return format_skeleton("yMMMM", date(year, month, 1), locale=locale)
    return format_date(date(year, month, day), "long", locale=locale)


def one_full_stop(text: str) -> str:
    """A sentence that ends on a date keeps one full stop where the date brings its own: CLDR
    writes "2 июля 2024 г." in Russian and Belarusian, and a translation adds the sentence's."""
    return DOUBLE_STOP.sub(r".\1", str(text))


@pass_context
def number_text(context: Any, value: float) -> str:
    return format_decimal(value, locale=page_locale(context))


@pass_context
def language_name(context: Any, tag: str) -> str:
    """A language tag's name in the page's language (CLDR): "Belarusian", "беларуская"."""
    locale = page_locale(context)
    base, _, script = str(tag).replace("_", "-").partition("-")
    name = locale.languages.get(base, tag)
    if script and script in locale.scripts:
        return f"{name} ({locale.scripts[script]})"
    return name


@cache
def autonym(tag: str) -> str:
    """A language's name in itself (CLDR), as a language switcher shows it: "Беларуская"."""
    try:
        name = Locale.parse(str(tag).replace("-", "_")).get_display_name(str(tag).replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        return str(tag)
    return name[:1].upper() + name[1:] if name else str(tag)


def in_language(message: str, lang: str) -> str:
    """`message` in another language than the page's, e.g. in a link to that language."""
    return CATALOGS.get(lang).gettext(message)


class Interface(InternationalizationExtension):
    """Jinja's i18n extension with gettext bound to each page's language, and CLDR filters."""

    def __init__(self, environment: Any) -> None:
        super().__init__(environment)
        CATALOGS.check()
        environment.policies["ext.i18n.trimmed"] = True
        environment.install_gettext_callables(translate, translate_plural, newstyle=True)
        environment.filters.update(
            date_text=date_text, number_text=number_text, language_name=language_name
        )
        environment.filters["autonym"] = autonym
        environment.filters["one_full_stop"] = one_full_stop
        environment.globals["in_language"] = in_language
