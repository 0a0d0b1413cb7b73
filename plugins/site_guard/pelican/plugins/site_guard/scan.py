"""What counts as a foreign fetch, CSS's URLs, and the first guard's html.parser view.

Pure functions over text; they know nothing of Pelican. `html_references` and
`xml_references` read markup with Python's html.parser, not as browsers do; the guard reads
pages with browser.py and files.py, and keeps these as the oracle its tests compare against. A reader in a censored
country must never have their browser contact a third party, so anything that loads (not a
link the reader chooses to follow) must stay on the site's own origin.
"""

from __future__ import annotations

import functools
import html
import re
import warnings
from collections.abc import Iterable
from html.parser import HTMLParser
from urllib.parse import urlsplit

from bs4 import BeautifulSoup, XMLParsedAsHTMLWarning
from rights_brief_common.urls import clean

# Attributes whose URL the browser fetches by itself (on any element but <a> and <area>).
FETCH_ATTRS = (
    "src",
    "href",
    "srcset",
    "imagesrcset",
    "poster",
    "data",
    "action",
    "formaction",
    "xlink:href",
    "background",
    "manifest",
    "icon",
)
# On <a> and <area> the href is a navigation the reader chooses; `ping` is a silent request.
NAVIGATION_TAGS = {"a", "area"}
# Feed elements whose text is HTML that a feed reader renders.
FEED_HTML_ELEMENTS = ("content", "summary", "description", "content:encoded")
FEED_FETCH_ELEMENTS = ("icon", "logo")

CSS_COMMENT = re.compile(r"/\*.*?\*/", re.S)
CSS_URL = re.compile(r"""url\(\s*(['"]?)(.*?)\1\s*\)""", re.I | re.S)
CSS_IMPORT = re.compile(r"""@import\s+(['"])(.*?)\1""", re.I)
REFRESH_URL = re.compile(r"url\s*=\s*['\"]?([^'\";]+)", re.I)
CSS_ESCAPE = re.compile(r"\\(?:([0-9a-fA-F]{1,6})[ \t\n\r\f]?|([^\n0-9a-fA-F]))")
CSS_STRING = re.compile(r"""(['"])(.*?)\1""", re.S)
URL_LIKE = re.compile(r"\s*(?:[a-zA-Z][a-zA-Z0-9+.\-]*:|//|/\\|\\)")
XML_STYLESHEET = re.compile(r"""<\?xml-stylesheet[^>]*href=(['"])(.*?)\1""", re.I)


def is_foreign(url: str, allowed_origins: Iterable[str] = ()) -> bool:
    """True when fetching `url` would contact another host than the site's own."""
    # Browsers read backslashes as slashes and drop tabs and newlines: "/\\host" is "//host".
    url = clean(url)
    if url.startswith("//"):
        return not _allowed(url if "://" in url else "https:" + url, allowed_origins)
    parts = urlsplit(url)
    if parts.scheme.lower() in ("", "data", "blob", "about", "mailto", "tel"):
        return False
    return not _allowed(url, allowed_origins)


def _allowed(url: str, allowed_origins: Iterable[str]) -> bool:
    origin = _origin(url)
    return origin is not None and origin in _origins(tuple(allowed_origins))


@functools.lru_cache(maxsize=16)
def _origins(allowed_origins: tuple[str, ...]) -> frozenset[str | None]:
    """The allowed origins, parsed once for every URL of a scan rather than once per URL."""
    return frozenset(_origin(origin) for origin in allowed_origins)


def _origin(url: str) -> str | None:
    parts = urlsplit(url.strip())
    if not parts.netloc:
        return None
    return f"{parts.scheme.lower()}://{parts.netloc.lower()}"


def srcset_urls(value: str) -> list[str]:
    """The URLs of a srcset: comma-separated candidates, each a URL and an optional size."""
    return [candidate.split()[0] for candidate in value.split(",") if candidate.split()]


def css_urls(css: str) -> list[tuple[str, str]]:
    """Every url(), @import target and URL-like string in a stylesheet, as (url, where) pairs.

    CSS escapes are decoded first, as the browser's tokenizer does (`\\75 rl(` is `url(`);
    a quoted string that starts like a URL counts too (`image-set("https://...")`).
    """
    css = CSS_COMMENT.sub("", CSS_ESCAPE.sub(_unescape, css))
    found = [(m.group(2).strip(), "CSS url()") for m in CSS_URL.finditer(css)]
    found += [(m.group(2).strip(), "CSS @import") for m in CSS_IMPORT.finditer(css)]
    quoted = {url for url, _ in found}
    found += [
        (m.group(2).strip(), "CSS string")
        for m in CSS_STRING.finditer(css)
        if URL_LIKE.match(m.group(2)) and m.group(2).strip() not in quoted
    ]
    return found


def _unescape(match: re.Match) -> str:
    hex_digits, other = match.group(1), match.group(2)
    if hex_digits:
        code = int(hex_digits, 16)
        return chr(code) if 0 < code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF else "\ufffd"
    return other


def html_references(markup: str) -> list[tuple[str, str]]:
    """Every fetched URL and every inline script or style in an HTML document."""
    collector = _ReferenceCollector()
    collector.feed(markup)
    collector.close()
    return collector.found


class _ReferenceCollector(HTMLParser):
    """Read references straight off html.parser's tokens, without building a tree.

    It is the tokenizer that BeautifulSoup's "html.parser" builder runs (with the same
    convert_charrefs=False), so it sees every tag and attribute the tree held, and more: every
    copy of a repeated attribute (the tree kept the last; browsers use the first), and a script
    left open at the end (html.parser drops its text; browsers run it).
    """

    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.found: list[tuple[str, str]] = []
        self._raw_tag: tuple[str, list] | None = None  # an open <script> or <style>
        self._raw_text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list) -> None:
        self.found += tag_references(tag, attrs)
        if tag in ("script", "style"):
            self._raw_tag, self._raw_text = (tag, attrs), []

    def handle_startendtag(self, tag: str, attrs: list) -> None:
        # Browsers ignore the slash: "<script/>" opens a script that runs the text after it.
        self.handle_starttag(tag, attrs)
        self._end_raw(None if tag == "style" else "…")

    def handle_data(self, data: str) -> None:
        if self._raw_tag:
            self._raw_text.append(data)

    def handle_endtag(self, tag: str) -> None:
        if self._raw_tag and self._raw_tag[0] == tag:
            self._end_raw("".join(self._raw_text))

    def close(self) -> None:
        super().close()
        if self._raw_tag:
            self._end_raw("".join(self._raw_text) + self.rawdata)

    def _end_raw(self, text: str | None) -> None:
        if self._raw_tag:
            self.found += raw_text_references(*self._raw_tag, text)
        self._raw_tag, self._raw_text = None, []


def tag_references(name: str, attrs: list[tuple[str, str | None]]) -> list[tuple[str, str]]:
    """The references in one start tag's attributes (html.parser's lowercased names)."""
    found: list[tuple[str, str]] = []
    for attr, value in attrs:
        value = value or ""
        if attr.startswith("on"):
            found.append((f"{attr}=…", "inline script in"))
        elif attr == "style":
            found.append((value[:60], "inline style attribute"))
            found += css_urls(value)
        elif attr == "ping" or (attr in FETCH_ATTRS and name not in NAVIGATION_TAGS):
            urls = srcset_urls(value) if attr.endswith("srcset") else [value]
            found += [(url, f"<{name} {attr}>") for url in urls]
        if value.strip().lower().startswith("javascript:"):
            found.append((value[:60], "inline script in"))
    if name == "meta" and any(
        attr == "http-equiv" and (value or "").strip().lower() == "refresh" for attr, value in attrs
    ):
        for attr, value in attrs:
            match = REFRESH_URL.search(value or "") if attr == "content" else None
            if match:
                found.append((match.group(1).strip(), "<meta refresh>"))
    return found


def raw_text_references(name: str, attrs: list, text: str | None) -> list[tuple[str, str]]:
    """An inline script (one with text and without a src) or style element, and its CSS URLs."""
    text = text or ""
    if name == "style":
        return [(text.strip()[:60], "inline style element"), *css_urls(text)]
    has_src = all(value for attr, value in attrs if attr == "src") and "src" in dict(attrs)
    if text.strip() and not has_src:
        return [(text.strip()[:60], "inline script")]
    return []


def xml_references(xml: str) -> list[tuple[str, str]]:
    """Fetched URLs in a feed: its stylesheet, icon and logo, and the HTML of its entries."""
    found = [(m.group(2), "<?xml-stylesheet>") for m in XML_STYLESHEET.finditer(xml)]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", XMLParsedAsHTMLWarning)
        soup = BeautifulSoup(xml, "html.parser")
    for element in soup.find_all(FEED_FETCH_ELEMENTS):
        found.append((element.get_text().strip(), f"<{element.name}>"))
    for element in soup.find_all(["enclosure", "media:content", "media:thumbnail"]):
        found.append((str(element.get("url", "")), f"<{element.name} url>"))
    for element in soup.find_all(FEED_HTML_ELEMENTS):
        found += html_references(html.unescape(element.decode_contents()))
    return found
