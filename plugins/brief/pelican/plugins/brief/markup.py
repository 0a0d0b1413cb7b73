"""The markup brief puts into a page's content (note markers, the source list) comes from the
theme's macros, in the page's language: a new language or theme changes templates and catalogs,
never this plugin."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace
from typing import Any

from jinja2 import ChoiceLoader, FileSystemLoader

NOTES = ("partials/note_refs.html", "note_refs")
SOURCE_LIST = ("partials/source_entry.html", "source_list")


class PageMarkup:
    """The theme's citation macros, bound to one language (they read only `page.lang`)."""

    def __init__(self, environment: Any, context: dict, lang: str) -> None:
        variables = {**context, "page": SimpleNamespace(lang=lang)}
        self._modules = {
            name: environment.get_template(name).make_module(variables)
            for name in (NOTES[0], SOURCE_LIST[0])
        }

    def _macro(self, which: tuple[str, str]) -> Any:
        return getattr(self._modules[which[0]], which[1])

    def note(self, ids: list[str], numbers: dict[str, int], base: str) -> str:
        """[1] or [1, 2], each number a link to its entry in the source list."""
        return str(self._macro(NOTES)(ids, numbers, base))

    def source_list(self, numbers: dict[str, int], sources: dict, title: str) -> str:
        """The numbered list of sources that ends a citing page."""
        return str(self._macro(SOURCE_LIST)(numbers, sources, title))


class Markups:
    """One build's citation markup per language: the theme's macros bound once per language."""

    def __init__(self, generators: list) -> None:
        generator = next(generator for generator in generators if hasattr(generator, "env"))
        self.environment, self.context = with_defaults(generator.env), generator.context
        self.bound: dict[str, PageMarkup] = {}

    def for_page(self, page: object) -> PageMarkup:
        lang = str(page.lang)
        if lang not in self.bound:
            self.bound[lang] = PageMarkup(self.environment, self.context, lang)
        return self.bound[lang]


def with_defaults(environment: Any) -> Any:
    """The theme's environment, falling back to the plugin's plain macros (templates/) for a
    theme that has none of its own, such as Pelican's default themes."""
    plain = FileSystemLoader(Path(__file__).with_name("templates"))
    return environment.overlay(loader=ChoiceLoader([environment.loader, plain]))
