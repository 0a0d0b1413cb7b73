"""The theme's Jinja filters: plain Python that pelican.conf.py registers with JINJA_FILTERS.

They live with the theme, not in a plugin, so that the theme renders the same with PLUGINS=[]
(bench/run.py's plain-Pelican baseline uses this very theme).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

# The last resolution, keyed by the `pages` list itself: Pelican hands the same list to every
# page it writes, so one scan serves the whole build. Holding the list keeps its id from being
# reused by a later build's list.
_last: dict[str, Any] = {}


def pages_in_order(pages: Iterable[Any], slugs: Iterable[str]) -> list[Any]:
    """The pages whose slug is listed, in the listed order; slugs no page has are left out."""
    by_slug: dict[str, list[Any]] = {}
    for page in pages:
        by_slug.setdefault(page.slug, []).append(page)
    return [page for slug in slugs for page in by_slug.get(slug, [])]


def nav_pages(pages: Sequence[Any], slugs: Iterable[str]) -> list[Any]:
    """`pages_in_order`, computed once per `pages` list rather than once per output page.

    Without it the navigation scanned every page (every profile too) for every page written.
    """
    key = (tuple(slugs), len(pages))
    if _last.get("pages") is not pages or _last.get("key") != key:
        _last.update(pages=pages, key=key, found=pages_in_order(pages, key[0]))
    return _last["found"]


FILTERS = {"nav_pages": nav_pages}
