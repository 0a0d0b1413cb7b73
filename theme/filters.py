"""The theme's Jinja filters: plain Python that pelican.conf.py registers with JINJA_FILTERS.

They live with the theme, not in a plugin, so that the theme renders the same with PLUGINS=[]
(bench/run.py's plain-Pelican baseline uses this very theme).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any

# An href or src that is a path from the current folder: no scheme, not from the root, not "#",
# "?", "./" or "../".
RELATIVE_LINK = re.compile(
    r"""(?P<attr>\b(?:href|src)\s*=\s*["'])(?!(?:[A-Za-z][A-Za-z0-9+.-]*:|/|#|\?|\.))"""
)

# The last resolution per list of slugs, for the `pages` list itself: Pelican hands the same
# list to every page it writes, so one scan serves the whole build. Holding the list keeps its
# id from being reused by a later build's list.
_last: dict[tuple[str, ...], tuple[Any, int, list[Any]]] = {}


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
    wanted = tuple(slugs)
    held = _last.get(wanted)
    if held is None or held[0] is not pages or held[1] != len(pages):
        held = _last[wanted] = (pages, len(pages), pages_in_order(pages, wanted))
    return held[2]


def editions(item: Any) -> dict[str, Any]:
    """{lang: content} for a page or update and its translations (Pelican's `translations`)."""
    found = {item.lang: item}
    for translation in sorted(getattr(item, "translations", []), key=lambda t: t.lang):
        found.setdefault(translation.lang, translation)  # sorted: Pelican's order varies
    return found


def site_languages(default: str, languages: Iterable[str] | None) -> list[str]:
    """The site's languages, the default first: LANGUAGES, which may leave DEFAULT_LANG out."""
    return [default, *[lang for lang in languages or [] if lang != default]]


def front_pages(pages: Sequence[Any]) -> dict[str, Any]:
    """{lang: front page}: the page with slug "index" and its translations."""
    found = nav_pages(pages, ["index"])
    return editions(found[0]) if found else {}


def front_url(pages: Sequence[Any], lang: str) -> str:
    """The URL of the front page in `lang`, or of the default one when it has no translation."""
    fronts = front_pages(pages)
    front = fronts.get(lang) or next(iter(fronts.values()), None)
    return front.url if front else "index.html"


def from_root(html: str, siteurl: str) -> str:
    """A summary's links, shown on a list below the root (be/updates.html): Pelican resolves
    the links of a summary once, from the site's root, so they need the way back to it."""
    if not siteurl.startswith(".."):
        return html
    return RELATIVE_LINK.sub(lambda m: f"{m['attr']}{siteurl}/", html)


_languages_last: list[Any] = []  # [articles, their count, their languages], as `_last`


def update_languages(articles: Sequence[Any]) -> frozenset[str]:
    """The languages the updates are written in, translations included: which per-language
    feeds Pelican writes (TRANSLATION_FEED_ATOM). Once per list, as `nav_pages`."""
    held = _languages_last
    if not held or held[0] is not articles or held[1] != len(articles):
        found = frozenset(
            lang for a in articles for lang in (a.lang, *(t.lang for t in a.translations))
        )
        held[:] = [articles, len(articles), found]
    return held[2]


def iso_date(value: Any) -> str:
    """A date for `<time datetime>`: "2024-07-02". Pelican's own `strftime` on its dates is
    slow, and a profile's "Mentioned in" list shows one date per update."""
    return value.date().isoformat() if hasattr(value, "date") else value.isoformat()


FILTERS = {
    "iso_date": iso_date,
    "nav_pages": nav_pages,
    "update_languages": update_languages,
    "editions": editions,
    "site_languages": site_languages,
    "front_pages": front_pages,
    "front_url": front_url,
    "from_root": from_root,
}
