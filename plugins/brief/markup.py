"""The markup brief puts into a page's content (note markers, the source list) comes from the
theme's macros, in the page's language: a new language or theme changes templates and catalogs,
never this plugin."""

from __future__ import annotations

from typing import Any

NOTES = ("partials/note_refs.html", "note_refs")
SOURCE_LIST = ("partials/source_entry.html", "source_list")


class PageMarkup:
    """The theme's citation macros, bound to one page (for its language)."""

    def __init__(self, environment: Any, context: dict, page: object) -> None:
        variables = {**context, "page": page}
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


def environment_of(generators: list) -> tuple[Any, dict]:
    """The theme's Jinja environment and the site's template context (settings and content)."""
    generator = next(generator for generator in generators if hasattr(generator, "env"))
    return generator.env, generator.context
