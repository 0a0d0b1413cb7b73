"""Links inside a translation go to the same language's pages where they exist (pelican#1048).

Pure functions over HTML strings: Pelican-free, tested with tables.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Callable

# {filename}/pages/about.md, |filename|about.md, with an optional #fragment or ?query after.
INTRASITE = re.compile(
    r"(?P<mark>\{filename\}|\|filename\|)(?P<path>[^\"'#?\s<>]+?)\.md(?=[\"'#?\s<>]|$)"
)


def edition_path(path: str, lang: str) -> str:
    """`pages/about.md` -> `pages/about.be.md`: the sibling file that translates it."""
    stem, _, _ = path.rpartition(".md")
    return f"{stem}.{lang}.md"


def target(path: str, page: str) -> str:
    """The content-relative path a link means: from the root with "/", else from the page."""
    if path.startswith("/"):
        return path.lstrip("/")
    return posixpath.normpath(posixpath.join(posixpath.dirname(page), path))


def localize_links(html: str, lang: str, page: str, exists: Callable[[str], bool]) -> str:
    """Point every intrasite link in a page in `lang` (its content path `page`) at the
    translation in `lang` where `exists` says there is one; leave the others alone."""

    def replace(match: re.Match) -> str:
        path = match["path"] + ".md"
        if not exists(edition_path(target(path, page), lang)):
            return match.group(0)
        return match["mark"] + edition_path(path, lang)

    return INTRASITE.sub(replace, html)
