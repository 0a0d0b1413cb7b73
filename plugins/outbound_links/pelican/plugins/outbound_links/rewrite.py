"""Mark links that leave the site so that they leak neither the opener nor the referrer."""

import re
from html.parser import HTMLParser

from bs4 import BeautifulSoup
from rights_brief_common.urls import leaves_site

REL = ("noopener", "noreferrer")
# Every place html.parser could read an <a> start tag: "<a" then no letter or digit.
ANCHOR_START = re.compile(r"<a(?![a-z0-9])", re.I)


def is_outbound(href: str) -> bool:
    """True for links that may navigate to another origin, read as the URL Standard reads them:
    "https:host", "http:\\\\host", "https:/host" and "//host" all reach a host."""
    return leaves_site(href)


def mark_outbound(html: str) -> str:
    """Add rel="noopener noreferrer" to every outbound <a>, keeping any rel already there."""
    return mark_parsed(html) if needs_marking(html) else html


def mark_parsed(html: str) -> str:
    """`mark_outbound` by parsing the whole fragment, without the cheap scan first."""
    soup = BeautifulSoup(html, "html.parser")
    changed = False
    for anchor in soup.find_all("a", href=True):
        if not is_outbound(anchor["href"]):
            continue
        rel = list(anchor.get("rel", []))
        missing = [value for value in REL if value not in rel]
        if missing:
            anchor["rel"] = rel + missing
            changed = True
    return str(soup) if changed else html


def needs_marking(html: str) -> bool:
    """True unless no <a> in `html` could be an outbound link that lacks a rel value.

    Cheap and conservative: each place that may start an <a> tag is read by html.parser, as
    the full parse would read it there; only fragments with an unmarked outbound link (or
    what looks like one, say inside a comment) are parsed whole.
    """
    if ":" not in html and "//" not in html and "\\" not in html and "&" not in html:
        return False  # an outbound href needs a scheme, "//" or "\\", or entities
    return any(_lacks_rel(_first_tag_attrs(html[m.start() :])) for m in ANCHOR_START.finditer(html))


def _lacks_rel(attrs: dict[str, str] | None) -> bool:
    if attrs is None or not is_outbound(attrs.get("href", "")):
        return False
    rel = attrs.get("rel", "").split()
    return any(value not in rel for value in REL)


class _FirstTag(HTMLParser):
    """Read the start tag at the beginning of the text, then stop."""

    attrs: dict[str, str] | None = None

    def handle_starttag(self, tag: str, attrs: list) -> None:
        # Like BeautifulSoup's tree: a repeated attribute keeps its last value, None is "".
        self.attrs = {name: value or "" for name, value in attrs} if tag == "a" else None
        raise _Stop

    handle_startendtag = handle_starttag


class _Stop(Exception):
    pass


def _first_tag_attrs(text: str) -> dict[str, str] | None:
    parser = _FirstTag(convert_charrefs=False)
    try:
        parser.feed(text)
        parser.close()
    except _Stop:
        pass
    return parser.attrs
