"""What the tests of translated editions share: the English interface text, the theme's words on
a page, and a page's hreflang alternates."""

import re
from pathlib import Path

from babel.messages.pofile import read_po
from site_tools import ROOT, local_target, parse


def english_interface() -> list[str]:
    """The English catalog's plain msgids (no placeholder, no markup): what must not show."""
    path = ROOT / "theme" / "translations" / "en" / "LC_MESSAGES" / "messages.po"
    with path.open("rb") as file:
        ids = [m.id for m in read_po(file) if isinstance(m.id, str) and m.id]
    return [msgid for msgid in ids if "%(" not in msgid and "<" not in msgid]


def english_fragments() -> list[str]:
    """The English words of the msgids with placeholders or markup ("As of", "Checked"), each
    fragment between them that has four letters or more."""
    path = ROOT / "theme" / "translations" / "en" / "LC_MESSAGES" / "messages.po"
    with path.open("rb") as file:
        ids = [m.id for m in read_po(file) if m.id]
    texts = [text for msgid in ids for text in ([msgid] if isinstance(msgid, str) else msgid)]
    pieces = [re.split(r"%\(\w+\)s|<[^>]*>", text) for text in texts if "%(" in text or "<" in text]
    fragments = {piece.strip(" .:;,") for split in pieces for piece in split}
    return sorted(f for f in fragments if len(re.findall(r"[A-Za-z]", f)) >= 4)


def theme_text(page: Path, content_titles: set[str]) -> str:
    """The words the theme wrote on a page: without the content's prose and titles."""
    soup = parse(page)
    for element in soup.select(".app-prose, h1, title, .app-nav__link, .app-header"):
        if element.name != "a" or element.get_text() in content_titles:
            element.decompose()
    return " ".join(soup.stripped_strings)


def alternates(page: Path) -> dict[str, Path]:
    links = parse(page).select('head link[rel="alternate"][hreflang]')
    return {link["hreflang"]: local_target(page, link["href"]) for link in links}
