"""Render the theme's macros outside a build, in a given language, as Pelican would."""

from __future__ import annotations

import runpy
from functools import cache
from types import SimpleNamespace
from typing import Any

from jinja2 import Environment, FileSystemLoader
from site_tools import ROOT

THEME = ROOT / "theme"
SETTINGS = {"FORMAT_LOCALES": {"en": "en_GB"}, "SITEURL": "", "DEFAULT_LANG": "en"}


@cache
def theme_environment() -> Environment:
    """A Jinja environment set up like Pelican's with this project's theme and settings."""
    interface = runpy.run_path(str(THEME / "i18n.py"))["Interface"]
    return Environment(
        loader=FileSystemLoader(str(THEME / "templates")),
        trim_blocks=True,
        lstrip_blocks=True,
        extensions=[interface],
    )


def render_macro(template: str, macro: str, *args: Any, lang: str = "en", **context: Any) -> str:
    """One macro's output for a page in `lang`."""
    page = SimpleNamespace(lang=lang)
    module = (
        theme_environment()
        .get_template(template)
        .make_module({**SETTINGS, "page": page, **context})
    )
    return str(getattr(module, macro)(*args))


def date_text(value: Any, lang: str = "en") -> str:
    """A date or partial date as the theme writes it for a page in `lang`."""
    filters = theme_environment().filters
    return filters["date_text"]({**SETTINGS, "page": SimpleNamespace(lang=lang)}, value)
