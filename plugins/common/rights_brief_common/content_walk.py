"""Every content object Pelican holds, with its kind: the one walk for plugins that rewrite HTML.

Pelican 4.12 keeps content in twelve lists, six on each generator (pelican/generators.py,
ArticlesGenerator and PagesGenerator): published, hidden and draft, each in the default language
and in translations. A plugin that walks its own subset writes some pages unprocessed (issue 14:
a hidden update kept raw `[@id]` markers and outbound links without rel), so every plugin that
rewrites HTML walks them all here and picks by kind.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import NamedTuple


class Kind(NamedTuple):
    """What a content object is: article or page; published, hidden or draft; translated or not."""

    type: str  # "article" or "page"
    status: str  # "published", "hidden" or "draft"
    translation: bool


# (list attribute, status, translation), in Pelican's order, per generator type.
ARTICLE_LISTS = (
    ("articles", "published", False),
    ("translations", "published", True),
    ("hidden_articles", "hidden", False),
    ("hidden_translations", "hidden", True),
    ("drafts", "draft", False),
    ("drafts_translations", "draft", True),
)
PAGE_LISTS = (
    ("pages", "published", False),
    ("translations", "published", True),
    ("hidden_pages", "hidden", False),
    ("hidden_translations", "hidden", True),
    ("draft_pages", "draft", False),
    ("draft_translations", "draft", True),
)
STATUSES = ("published", "hidden", "draft")


def walk(generators: Iterable[object]) -> Iterator[tuple[object, Kind]]:
    """Yield every article and page of every generator once, with its kind."""
    seen: set[int] = set()
    for generator in generators:
        for content, kind in _generator_contents(generator):
            if id(content) not in seen:
                seen.add(id(content))
                yield content, kind


def contents(generators: Iterable[object], statuses: Iterable[str] = STATUSES) -> list[object]:
    """Every article and page whose status is one of `statuses` (all of them by default)."""
    wanted = set(statuses)
    return [content for content, kind in walk(generators) if kind.status in wanted]


def _generator_contents(generator: object) -> Iterator[tuple[object, Kind]]:
    # Told apart by their lists, not their classes: other generators hold neither.
    if hasattr(generator, "articles"):
        lists, type_ = ARTICLE_LISTS, "article"
    elif hasattr(generator, "pages"):
        lists, type_ = PAGE_LISTS, "page"
    else:
        return
    for attribute, status, translation in lists:
        kind = Kind(type_, status, translation)
        for content in getattr(generator, attribute, None) or ():
            yield content, kind
