"""The cheap scan before parsing changes nothing: output is what parsing every fragment gave.

The reference is `mark_parsed`, which parses every fragment. (mark_outbound used to skip fragments
without "//", which left href="&#x2F;&#x2F;host" unmarked.)
"""

from pathlib import Path

import pytest
from pelican.plugins.outbound_links.rewrite import mark_outbound, mark_parsed, needs_marking

MARKED = '<a href="https://e.org" rel="noopener noreferrer">e</a>'

FRAGMENTS = [
    # (fragment, whether it needs the parse)
    (MARKED, False),
    (f"<p>{MARKED} and {MARKED}</p>", False),
    ('<a rel="external noreferrer noopener" href="//e.org">e</a>', False),
    ("<p>see https://e.org and //e.org, not links</p>", False),
    ('<a href="../people/a.html">a</a> <img src="//e.org/i.png">', False),
    ('<abbr title="https://e.org">x</abbr><aside data-x="//e.org"></aside>', False),
    (f'{MARKED}<a href="https://other.org">o</a>', True),
    ('<a href="https://e.org" rel="noopener">e</a>', True),
    ('<A HREF="HTTPS://E.ORG">e</A>', True),
    ('<a/href="https://e.org">e</a>', True),
    ('<a\nhref\n=\n"//e.org">e</a>', True),
    ("<a href=https://e.org>e</a>", True),
    ('<a href="&#x2F;&#x2F;e.org">e</a>', True),
    ('<a href="&#104;ttps://e.org">e</a>', True),
    ('<a title="a > b" href="https://e.org">e</a>', True),
    ('<a title="<a " href="https://e.org" rel="noopener noreferrer">e</a>', False),
    ('<a href="https://e.org" rel="noopener noreferrer" rel="x">e</a>', True),
    ('<a href="x.html" href="https://e.org">e</a>', True),
    ('<a href="https://e.org" href="x.html">e</a>', False),
    ('<a href="https://e.org" rel="noopener noreferrer"/>', False),
    ('<a href="https://e.org"/>', True),
    ('<!-- <a href="https://e.org">e</a> -->', True),  # looks like one; the parse leaves it
    ("<p title='<a href=\"https://e.org\">'>x</p>", True),  # likewise
    ('<a href="https://e.org" rel="noopener noreferrer"', False),
]


@pytest.mark.parametrize(("html", "needs_parse"), FRAGMENTS)
def test_scan_then_parse_equals_parsing_everything(html: str, needs_parse: bool) -> None:
    assert needs_marking(html) is needs_parse
    assert mark_outbound(html) == mark_parsed(html)


def test_marked_source_lists_are_not_parsed(real_site: Path) -> None:
    """The brief's source lists come marked: the real pages need no parse, and none changed."""
    pages = [p.read_text(encoding="utf-8") for p in sorted(real_site.rglob("*.html"))]
    with_links = [page for page in pages if 'rel="noopener noreferrer"' in page]
    assert with_links
    for page in with_links:
        body = page.split("<main", 1)[1]
        assert not needs_marking(body)
        assert mark_outbound(body) == mark_parsed(body) == body
