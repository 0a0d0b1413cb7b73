import pytest
from pelican.plugins.outbound_links.rewrite import mark_outbound

CASES = [
    # (html in, html out)
    (
        '<a href="https://example.org">x</a>',
        '<a href="https://example.org" rel="noopener noreferrer">x</a>',
    ),
    (
        '<a href="HTTP://example.org">x</a>',
        '<a href="HTTP://example.org" rel="noopener noreferrer">x</a>',
    ),
    (
        '<a href="//example.org/a">x</a>',
        '<a href="//example.org/a" rel="noopener noreferrer">x</a>',
    ),
    (
        '<a href="https://e.org" rel="external">x</a>',
        '<a href="https://e.org" rel="external noopener noreferrer">x</a>',
    ),
    (
        '<a href="./about.html">x</a> see https://e.org',
        '<a href="./about.html">x</a> see https://e.org',
    ),
    ('<a href="#note-1">1</a>', '<a href="#note-1">1</a>'),
    # Read as the URL Standard reads them, these reach a host too (issue 14).
    *(
        (f'<a href="{href}">x</a>', f'<a href="{href}" rel="noopener noreferrer">x</a>')
        for href in ("https:evil.example", "http:\\\\evil.example", "https:/evil.example")
    ),
    (
        '<a href="ht&#9;tps:evil.example">x</a>',
        '<a href="ht\ttps:evil.example" rel="noopener noreferrer">x</a>',
    ),
    ('<a href="mailto:a@example.org">x</a>', '<a href="mailto:a@example.org">x</a>'),
    ("<p>no links at all</p>", "<p>no links at all</p>"),
]


@pytest.mark.parametrize(("html", "expected"), CASES)
def test_mark_outbound(html: str, expected: str) -> None:
    assert mark_outbound(html) == expected


def test_marking_twice_equals_marking_once() -> None:
    once = mark_outbound('<p><a href="https://e.org">x</a></p>')
    assert mark_outbound(once) == once
