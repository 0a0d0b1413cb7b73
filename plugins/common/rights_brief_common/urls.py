"""URLs read as the URL Standard reads them, and meta refresh as the HTML Standard reads it.

Pure functions over strings. Entities are already decoded by the HTML parser; what is left is
what a browser strips before it looks at a URL: C0 controls and spaces at either end, and every
tab and newline anywhere (so "java\tscript:" is "javascript:").
"""

from __future__ import annotations

import re

C0_OR_SPACE = "".join(chr(code) for code in range(0x21))
TAB_OR_NEWLINE = re.compile(r"[\t\n\r]")
SCHEME = re.compile(r"([a-zA-Z][a-zA-Z0-9+.\-]*):")
# Schemes the URL Standard calls special: "https:host" and "http:\\host" reach a host.
SPECIAL_SCHEMES = ("http", "https", "ws", "wss", "ftp")
# Schemes that run code or build a document in place, rather than fetch one.
SCRIPT_SCHEMES = ("javascript", "vbscript")
INERT_MEDIA = ("image/", "font/", "audio/", "video/")
DIGITS_AND_DOTS = re.compile(r"[0-9.]*")
URL_LABEL = re.compile(r"url\s*=\s*", re.I)


def clean(url: str) -> str:
    """The URL as the parser starts on it: ends stripped, tabs and newlines gone, \\ as /."""
    return TAB_OR_NEWLINE.sub("", url.strip(C0_OR_SPACE)).replace("\\", "/")


def scheme(url: str) -> str:
    """The scheme in lower case, or "" for a relative URL."""
    if ":" not in url:  # most attribute values: no need to clean them
        return ""
    match = SCHEME.match(clean(url))
    return match.group(1).lower() if match else ""


def runs_script(url: str) -> bool:
    """True for javascript: and vbscript: URLs, however spaced or cased."""
    return scheme(url) in SCRIPT_SCHEMES


def leaves_site(url: str) -> bool:
    """True when following `url` may reach another host: a special scheme or "//"."""
    if ":" not in url and "/" not in url and "\\" not in url:
        return False
    return scheme(url) in SPECIAL_SCHEMES or clean(url).startswith("//")


def refresh_url(content: str) -> str | None:
    """The URL a `<meta http-equiv=refresh content=...>` navigates to, or None for a reload.

    The HTML Standard's "shared declarative refresh steps": a time, then `;` or `,`, then an
    optional `url=`, then the URL, quoted or not. Stricter than browsers on purpose: content
    without a time (which the Standard ignores) is read as a URL too.
    """
    rest = content.lstrip(" \t\n\f\r")
    time = DIGITS_AND_DOTS.match(rest).group(0)
    rest = rest[len(time) :].lstrip(" \t\n\f\r")
    if rest[:1] in (";", ","):
        rest = rest[1:].lstrip(" \t\n\f\r")
    if not rest:
        return None
    label = URL_LABEL.match(rest)
    if label:
        rest = rest[label.end() :]
    if rest[:1] in ("'", '"'):
        quote, rest = rest[0], rest[1:]
        rest = rest.split(quote, 1)[0]
    return rest.strip(C0_OR_SPACE) or None


def inert_data(url: str) -> bool:
    """True for a data: URL of an image, font or media, which can make no request of its own;
    a data: stylesheet, document or script can (`data:text/css,@import url(https://...)`)."""
    media_type = clean(url)[len("data:") :].split(",", 1)[0].split(";", 1)[0].strip().lower()
    return media_type.startswith(INERT_MEDIA)
