"""Every output file a host could serve as a document, read as the browser would read it.

A host picks the type by extension, and serves unknown extensions (`.shtml`, none) as HTML or
lets the browser sniff; so every file is read as HTML unless its extension says it is a
stylesheet, an XML document, or a kind a browser never renders as a page.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from xml.etree import ElementTree

from rights_brief_common.urls import inert_data, scheme

from .browser import Reference, element_references, is_problem_kind, nested, page_references
from .scan import XML_STYLESHEET, css_urls, is_foreign, raw_text_references

CSS_SUFFIXES = frozenset({".css"})
XML_SUFFIXES = frozenset({".xml", ".atom", ".rss", ".xht", ".xhtml", ".svg", ".xsl", ".xslt"})
XML_SUFFIXES |= frozenset({".rdf", ".mml"})
# Served as images, fonts, media, archives, scripts or plain text: never parsed as a page.
NEVER_A_PAGE = frozenset(
    [
        ".png",
        ".jpg",
        ".jpeg",
        ".gif",
        ".webp",
        ".avif",
        ".ico",
        ".bmp",
        ".woff",
        ".woff2",
        ".ttf",
        ".otf",
        ".eot",
        ".pdf",
        ".zip",
        ".gz",
        ".br",
        ".mp3",
        ".mp4",
        ".webm",
        ".ogg",
        ".wav",
        ".js",
        ".mjs",
        ".json",
        ".txt",
        ".map",
        ".wasm",
    ]
)
FEED_ROOTS = frozenset({"feed", "rss", "rdf", "urlset", "sitemapindex"})
FEED_FETCHES = frozenset({"icon", "logo"})
FEED_URL_ATTRS = frozenset({"enclosure", "content", "thumbnail"})  # media:content, ...
NAMESPACED = re.compile(r"\{([^}]*)\}(.*)")
XLINK = "http://www.w3.org/1999/xlink"


@dataclass(frozen=True)
class Finding:
    """One offending reference: the output file, what it points at, and where it sits."""

    path: str
    url: str
    where: str


def file_references(path: Path) -> list[Reference]:
    """The references in one file, read by its kind: CSS, XML, not a page, or else HTML."""
    suffix = path.suffix.lower()
    if suffix in NEVER_A_PAGE:
        return []
    text = path.read_text(encoding="utf-8", errors="replace")
    if suffix in CSS_SUFFIXES:
        return css_urls(text)
    if suffix in XML_SUFFIXES:
        return xml_document_references(text)
    return page_references(text)


def xml_document_references(text: str) -> list[Reference]:
    """A feed's fetches and the HTML in its entries; or an XHTML or SVG document's references."""
    found = [(m.group(2), "<?xml-stylesheet>") for m in XML_STYLESHEET.finditer(text)]
    try:
        root = ElementTree.fromstring(text)
    except ElementTree.ParseError as error:
        # Chromium renders a broken XML document up to the error: read it whole or refuse it.
        return [*found, (str(error), "unsafe XML that is not well-formed:")]
    feed = _local(root.tag) in FEED_ROOTS
    for element in root.iter():
        name = _local(element.tag)
        attrs = {_attribute(key): value for key, value in element.attrib.items()}
        found += _feed_references(name, attrs, element.text) if feed else []
        if not feed:
            found += element_references(name, attrs)
            if name in ("script", "style"):
                found += raw_text_references(name, list(attrs.items()), "".join(element.itertext()))
    return found


def _feed_references(name: str, attrs: dict[str, str], text: str | None) -> list[Reference]:
    found: list[Reference] = []
    if name in FEED_FETCHES:
        found.append(((text or "").strip(), f"<{name}>"))
    if name in FEED_URL_ATTRS and "url" in attrs:
        found.append((attrs["url"], f"<{name} url>"))
    if text and "<" in text:  # HTML a feed reader renders, without the page's policy
        found += nested(page_references(text), f"<{name}>")
    return found


def _local(tag: str) -> str:
    match = NAMESPACED.match(tag)
    return (match.group(2) if match else tag).lower()


def _attribute(key: str) -> str:
    match = NAMESPACED.match(key)
    if not match:
        return key
    return f"xlink:{match.group(2)}" if match.group(1) == XLINK else match.group(2)


def offends(url: str, where: str, allowed_origins: list[str]) -> bool:
    """True for code and unsafe markup, a fetch from another origin, or a data: URL that is
    a stylesheet or document (it can fetch by itself)."""
    if is_problem_kind(where) or is_foreign(url, allowed_origins):
        return True
    return scheme(url) == "data" and not inert_data(url)


def output_files(folder: Path) -> Iterator[Path]:
    yield from sorted(path for path in folder.rglob("*") if path.is_file())


def scan_folder(folder: Path, allowed_origins: Iterable[str] = ()) -> list[Finding]:
    """Every offending reference under `folder`: foreign fetches, code, unsafe markup."""
    allowed = list(allowed_origins)
    findings = []
    for path in output_files(folder):
        shown = path.relative_to(folder).as_posix()
        for url, where in file_references(path):
            if offends(url, where, allowed):
                findings.append(Finding(shown, url, where))
    return findings
