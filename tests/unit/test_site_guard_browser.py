"""The guard reads pages as browsers do (issue 14): every case the first guard's html.parser
scanner caught, and the parser differentials, hidden fetches and schemes it let through."""

from collections import Counter
from pathlib import Path

import pytest
from pelican.plugins.site_guard.browser import is_problem_kind, page_references
from pelican.plugins.site_guard.files import xml_document_references
from pelican.plugins.site_guard.scan import (
    CSS_COMMENT,
    CSS_IMPORT,
    CSS_URL,
    css_urls,
    html_references,
    is_foreign,
)
from rights_brief_common.urls import inert_data, leaves_site, refresh_url, runs_script
from test_site_guard_tokens import BEYOND_THE_TREE, TRICKY, TRICKY_INLINE

SITE = "https://brief.example.org"
EVIL = "https://evil.example/x"


def offending(references: list[tuple[str, str]]) -> list[tuple[str, str]]:
    return [(u, w) for u, w in references if is_problem_kind(w) or is_foreign(u, [SITE])]


@pytest.mark.parametrize(("markup", "expected"), TRICKY + TRICKY_INLINE + BEYOND_THE_TREE)
def test_the_browser_view_catches_all_the_oracle_catches(markup: str, expected: str) -> None:
    found = offending(page_references(markup))
    assert any(url == expected or where.startswith(expected) for url, where in found), found


def test_on_the_real_site_both_views_find_the_same_references(real_site: Path) -> None:
    pages = sorted(real_site.rglob("*.html"))
    assert len(pages) >= 6  # front page, About, people, sources, figures, timeline: any brief
    for page in pages:
        markup = page.read_text(encoding="utf-8")
        oracle, browser = Counter(html_references(markup)), Counter(page_references(markup))
        assert oracle == browser, page
        assert offending(page_references(markup)) == [], page


# Markup a browser reads differently from html.parser, or fetches the first guard ignored:
# each passed the first guard (checked below) and each is stopped now.
DIFFERENTIALS = [
    (f'<!--> <img src="{EVIL}"> -->', EVIL),
    (f'<iframe srcdoc="&lt;img src={EVIL}&gt;"></iframe>', EVIL),
    (f"<iframe srcdoc=\"&lt;iframe srcdoc='&amp;lt;img src={EVIL}&amp;gt;'&gt;\"></iframe>", EVIL),
    ('<a href="java&#9;script:go()">x</a>', "inline script in"),
    ('<a href="java&#x0A;script:go()">x</a>', "inline script in"),
    ('<a href="\x01javascript:go()">x</a>', "inline script in"),
    ('<iframe src="vbscript:go"></iframe>', "inline script in"),
    (f'<meta http-equiv="refresh" content="0; {EVIL}">', EVIL),
    (f'<meta http-equiv="refresh" content="0,{EVIL}">', EVIL),
    (f'<meta http-equiv="refresh" content="{EVIL}">', EVIL),
    (
        '<meta http-equiv="refresh" content="0;url=javascript:go()">',
        "inline script in <meta refresh>",
    ),
    (f'<svg><rect fill="url({EVIL}#p)"/></svg>', EVIL),
    (f'<svg><g filter="url(&quot;{EVIL}#f&quot;)"/></svg>', EVIL),
    ('<svg><a><set attributeName="href" to="javascript:go()"/></a></svg>', "unsafe animation"),
    (f'<noscript><p title="</noscript><img src={EVIL}>"></noscript>', "unsafe element"),
    (f'<div><template shadowrootmode="open"><img src="{EVIL}"></template></div>', "unsafe element"),
    ('<iframe src="data:text/html,&lt;img src=//evil.example/&gt;"></iframe>', "data: document"),
    (f'<img attributionsrc="{EVIL}" src="a.png" alt="">', EVIL),
    ('<a href="https:evil.example">x</a>', "https:evil.example"),
    ('<a href="http:\\\\evil.example">x</a>', "http:\\\\evil.example"),
    ('<a href="https:/evil.example">x</a>', "https:/evil.example"),
]


@pytest.mark.parametrize(("markup", "expected"), DIFFERENTIALS)
def test_differentials_the_first_guard_missed_are_stopped(markup: str, expected: str) -> None:
    before = [item for pair in offending(html_references(markup)) for item in pair]
    after = offending(page_references(markup))
    assert not any(expected in item for item in before), before
    assert any(expected in url or expected in where for url, where in after), after


# Stopped by both views (the first guard too), kept so that the browser view stays as strict.
ALSO_STOPPED = [
    (f'</script foo="bar"><img src="{EVIL}">', EVIL),
    ('<a href="&#1;javascript:go()">x</a>', "inline script in"),
    (f"<meta http-equiv=refresh content=\"0; URL = '{EVIL}'\">", EVIL),
    (f'<meta http-equiv=" Refresh " content="1.5;url={EVIL}">', EVIL),
    (f'<p style="background: \\75 rl({EVIL})">x</p>', EVIL),
    (f"<style>@\\69mport '{EVIL}';</style>", EVIL),
    (f'<p style="background-image: image-set(&quot;{EVIL}&quot; 1x)">x</p>', EVIL),
]


@pytest.mark.parametrize(("markup", "expected"), ALSO_STOPPED)
def test_spellings_both_views_stop(markup: str, expected: str) -> None:
    after = offending(page_references(markup))
    assert any(expected in url or expected in where for url, where in after), after


# Every fetch the issue lists, in the spelling of its point 2.
FETCHES = [
    f'<img srcset="a.png 1x, {EVIL} 2x" alt="">',
    f'<video poster="{EVIL}"></video>',
    f'<object data="{EVIL}"></object>',
    f'<svg><image href="{EVIL}"/></svg>',
    f'<svg><image xlink:href="{EVIL}"/></svg>',
    *(f'<link rel="{rel}" href="{EVIL}">' for rel in ("preload", "prefetch", "dns-prefetch")),
    f'<link rel="preconnect" href="{EVIL}">',
    f'<form action="{EVIL}"><button>x</button></form>',
    f'<form><button formaction="{EVIL}">x</button></form>',
    f'<a href="a.html" ping="{EVIL}">x</a>',
    f'<p style="background:url({EVIL})">x</p>',
    f"<style>@import url({EVIL});</style>",
    f'<img src="{EVIL.replace("https", "ht&#9;tps")}" alt="">',
]


@pytest.mark.parametrize("markup", FETCHES)
def test_every_listed_fetch_is_found(markup: str) -> None:
    assert EVIL in [url.replace("\t", "") for url, _ in offending(page_references(markup))]


@pytest.mark.parametrize(
    ("css", "url"),
    [
        (f"p {{ background: \\75 rl({EVIL}) }}", EVIL),
        (f"@\\69mport '{EVIL}';", EVIL),
        (f'p {{ background-image: image-set("{EVIL}" 1x) }}', EVIL),
        (f"p {{ background: url(\\{EVIL}) }}", EVIL),
    ],
)
def test_css_is_read_after_its_escapes(css: str, url: str) -> None:
    assert url in [found for found, _ in css_urls(css)]
    assert url not in [found for found, _ in css_urls_before(css)]


def css_urls_before(css: str) -> list[tuple[str, str]]:
    """The first guard's CSS reader: two regular expressions, no escapes, no strings."""
    css = CSS_COMMENT.sub("", css)
    found = [(m.group(2).strip(), "CSS url()") for m in CSS_URL.finditer(css)]
    return found + [(m.group(2).strip(), "CSS @import") for m in CSS_IMPORT.finditer(css)]


def test_feeds_xhtml_and_svg_are_read_as_xml() -> None:
    feed = f'<feed xmlns="http://www.w3.org/2005/Atom"><title type="html">&lt;img src="{EVIL}"&gt;</title></feed>'
    xhtml = f'<html xmlns="http://www.w3.org/1999/xhtml"><body><textarea><img src="{EVIL}"/></textarea></body></html>'
    svg = f'<svg xmlns="http://www.w3.org/2000/svg" xmlns:x="http://www.w3.org/1999/xlink"><image x:href="{EVIL}"/></svg>'
    for document in (feed, xhtml, svg):
        assert EVIL in [url for url, _ in offending(xml_document_references(document))], document
    broken = offending(xml_document_references("<html><p>unclosed</html>"))
    assert [where for _, where in broken] == ["unsafe XML that is not well-formed:"]


@pytest.mark.parametrize(
    ("content", "url"),
    [
        ("0", None),
        ("5;", None),
        ("0; url=a.html", "a.html"),
        ("0;URL='a b.html'", "a b.html"),
        ('0 , "a.html" trailing', "a.html"),
        ("0;url=", None),
        ("a.html", "a.html"),
    ],
)
def test_refresh_url(content: str, url: str | None) -> None:
    assert refresh_url(content) == url


@pytest.mark.parametrize(
    ("href", "leaves", "script"),
    [
        ("https:evil", True, False),
        ("HTTP:\\\\evil", True, False),
        ("\x00 https:/evil", True, False),
        ("/\\evil", True, False),
        ("people/a.html", False, False),
        ("#x", False, False),
        ("mailto:a@b", False, False),
        ("java\tscript:x", False, True),
        ("  JAVASCRIPT:x", False, True),
    ],
)
def test_urls_read_as_the_url_standard(href: str, leaves: bool, script: bool) -> None:
    assert (leaves_site(href), runs_script(href)) == (leaves, script)


@pytest.mark.parametrize(
    ("url", "inert"),
    [
        ("data:image/png;base64,iVBORw0KGgo=", True),
        ("DATA:Font/woff2;base64,AAAA", True),
        ("data:text/css,@import url(//evil.example/)", False),
        ("data:text/html,<img src=//evil.example/>", False),
        ("data:,fetch(1)", False),
    ],
)
def test_only_data_urls_of_images_fonts_and_media_are_inert(url: str, inert: bool) -> None:
    assert inert_data(url) is inert
