"""The guard reads html.parser's tokens without a tree: it must catch all the tree caught, and more.

`tree_references` is the guard as it was (BeautifulSoup's tree over html.parser), kept here as
the oracle: on every page below, and on every page of the real site, the token reader must find
each reference the tree found.
"""

from collections import Counter
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from pelican.plugins.site_guard.scan import (
    FETCH_ATTRS,
    NAVIGATION_TAGS,
    REFRESH_URL,
    css_urls,
    html_references,
    is_foreign,
    srcset_urls,
    xml_references,
)

SITE = "https://brief.example.org"


def tree_references(markup: str) -> list[tuple[str, str]]:
    """The references as the BeautifulSoup-tree guard found them (the code before the token reader)."""
    found: list[tuple[str, str]] = []
    for tag in BeautifulSoup(markup, "html.parser").find_all(True):
        name = tag.name.lower()
        for attr, value in tag.attrs.items():
            value = " ".join(value) if isinstance(value, list) else str(value)
            attr = attr.lower()
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
        if name == "script" and not tag.get("src") and tag.string and tag.string.strip():
            found.append((tag.string.strip()[:60], "inline script"))
        if name == "style":
            found.append(((tag.string or "").strip()[:60], "inline style element"))
            found += css_urls(tag.string or "")
        if name == "meta" and str(tag.get("http-equiv", "")).lower() == "refresh":
            match = REFRESH_URL.search(str(tag.get("content", "")))
            if match:
                found.append((match.group(1).strip(), "<meta refresh>"))
    return found


def offending(references: list[tuple[str, str]]) -> list[tuple[str, str]]:
    return [(u, w) for u, w in references if w.startswith("inline") or is_foreign(u, [SITE])]


def assert_at_least_as_strict(markup: str) -> list[tuple[str, str]]:
    """The token reader's findings include every finding of the tree, as many times."""
    tokens, tree = html_references(markup), tree_references(markup)
    assert not Counter(tree) - Counter(tokens), (markup, tree, tokens)
    return offending(tokens)


# Pages a naive text filter (say, "no https:// in the file") would pass, and that must fail.
TRICKY = [
    ('<img src="//evil.example/p.gif" alt="">', "//evil.example/p.gif"),
    ('<img src="/\\evil.example/p.gif" alt="">', "/\\evil.example/p.gif"),
    ('<img src="HTTPS://EVIL.EXAMPLE/p.gif" alt="">', "HTTPS://EVIL.EXAMPLE/p.gif"),
    ('<img src="&#x2F;&#x2F;evil.example/p.gif" alt="">', "//evil.example/p.gif"),
    ('<img src="&sol;&sol;evil.example/p.gif" alt="">', "//evil.example/p.gif"),
    ('<img src="h&#116;tps://evil.example/p.gif" alt="">', "https://evil.example/p.gif"),
    ('<IMG SRC="//evil.example/p.gif">', "//evil.example/p.gif"),
    ("<img src=//evil.example/p.gif>", "//evil.example/p.gif"),
    ('<img/src="//evil.example/p.gif">', "//evil.example/p.gif"),
    ('<img\nsrc\n=\n"//evil.example/p.gif">', "//evil.example/p.gif"),
    ('<img alt="a > b" src="//evil.example/p.gif">', "//evil.example/p.gif"),
    ('<img srcset="a.png 1x,//evil.example/b.png 2x" alt="">', "//evil.example/b.png"),
    ('<img srcset="a.png 480w, /\\evil.example/b.png 800w" alt="">', "/\\evil.example/b.png"),
    (
        '<link rel="preload" as="image" imagesrcset="//evil.example/i.png 1x">',
        "//evil.example/i.png",
    ),
    ('<p style="background:url(//evil.example/bg.png)">x</p>', "//evil.example/bg.png"),
    ("<p style=\"background:URL( '//evil.example/bg.png' )\">x</p>", "//evil.example/bg.png"),
    ('<meta http-equiv="Refresh" content="0;URL=//evil.example/">', "//evil.example/"),
    ('<meta content="5; url=https://evil.example/" http-equiv="refresh">', "https://evil.example/"),
    ('<base href="//evil.example/">', "//evil.example/"),
    ('<svg><use xlink:href="//evil.example/s.svg#i"/></svg>', "//evil.example/s.svg#i"),
    ('<svg><image href="//evil.example/i.png"/></svg>', "//evil.example/i.png"),
    ('<body background="//evil.example/bg.png">', "//evil.example/bg.png"),
    ('<html manifest="//evil.example/m.appcache">', "//evil.example/m.appcache"),
    ('<button formaction="//evil.example/f">x</button>', "//evil.example/f"),
    ('<a href="x.html" ping="//evil.example/t">x</a>', "//evil.example/t"),
    ("<style>p{background:url(//evil.example/bg.png)}</style>", "//evil.example/bg.png"),
    ("<style>@import '//evil.example/s.css';</style>", "//evil.example/s.css"),
    ("<!-- a comment --><img src=//evil.example/p.gif>", "//evil.example/p.gif"),
]

# Inline code in spellings a text filter would miss.
TRICKY_INLINE = [
    ('<p OnMouseOver="go()">x</p>', "inline script in"),
    ('<a href=" JavaScript:go()">x</a>', "inline script in"),
    ('<a href="&#106;avascript:go()">x</a>', "inline script in"),
    ('<p style="">x</p>', "inline style attribute"),
    ("<SCRIPT>go()</SCRIPT>", "inline script"),
    ('<script src="">go()</script>', "inline script"),
    ("<style></style>", "inline style element"),
    ("<svg><style>circle{fill:red}</style></svg>", "inline style element"),
]


@pytest.mark.parametrize(("markup", "url"), TRICKY)
def test_disguised_foreign_fetches_are_found(markup: str, url: str) -> None:
    assert url in [found for found, _ in assert_at_least_as_strict(markup)]


@pytest.mark.parametrize(("markup", "where"), TRICKY_INLINE)
def test_disguised_inline_code_is_found(markup: str, where: str) -> None:
    assert where in [found for _, found in assert_at_least_as_strict(markup)]


# What the tree missed and a browser would still do: the token reader catches these.
BEYOND_THE_TREE = [
    # Browsers use the first of two same-named attributes; the tree kept the last.
    ('<img src="//evil.example/p.gif" src="local.png" alt="">', "//evil.example/p.gif"),
    (
        '<meta http-equiv="refresh" http-equiv="x" content="0;url=//evil.example/">',
        "//evil.example/",
    ),
    # html.parser drops the text of a script left open; a browser runs it.
    ("<p>x</p><script>go()", "inline script"),
    # Browsers ignore the slash: the script runs the text after it.
    ("<script/>go()</script>", "inline script"),
    ('<script src="" src="x.js">go()</script>', "inline script"),
]


@pytest.mark.parametrize(("markup", "expected"), BEYOND_THE_TREE)
def test_token_reader_catches_what_the_tree_missed(markup: str, expected: str) -> None:
    assert expected not in [item for pair in offending(tree_references(markup)) for item in pair]
    assert expected in [item for pair in assert_at_least_as_strict(markup) for item in pair]


def test_local_page_still_passes() -> None:
    page = (
        '<!doctype html><html lang="en"><head><meta charset="utf-8">'
        '<meta http-equiv="Content-Security-Policy" content="default-src \'self\'">'
        '<link rel="stylesheet" href="theme/css/main.css"><script src="js/a.js"></script></head>'
        '<body><a href="https://spring96.org/" rel="noopener noreferrer">Viasna</a>'
        '<img src="img/a.png" srcset="img/a.png 1x, img/a@2x.png 2x" alt=""></body></html>'
    )
    assert assert_at_least_as_strict(page) == []


def test_feed_html_is_read_by_the_token_reader() -> None:
    feed = (
        "<feed><entry><content type=\"html\">&lt;p onclick='go()'&gt;x&lt;/p&gt;"
        "&lt;img src=&quot;&amp;#x2F;&amp;#x2F;evil.example/i.png&quot;&gt;</content></entry></feed>"
    )
    found = offending(xml_references(feed))
    assert ("onclick=…", "inline script in") in found
    assert ("//evil.example/i.png", "<img src>") in found


def test_real_site_pages_read_the_same_as_with_the_tree(real_site: Path) -> None:
    pages = sorted(real_site.rglob("*.html"))
    assert len(pages) >= 8  # every brief: the six pages of the navigation, updates, 404
    for page in pages:
        markup = page.read_text(encoding="utf-8")
        assert html_references(markup) == tree_references(markup), page
