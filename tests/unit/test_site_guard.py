"""The build guard finds every reference that would fetch from another origin, and no other.

Each table runs through both views: the first guard's html.parser scanner (the oracle) and
the browser-grade view the guard now uses (Lexbor, the WHATWG parsing algorithm).
"""

from pathlib import Path

import pytest
from pelican.plugins.site_guard.browser import page_references
from pelican.plugins.site_guard.files import scan_folder, xml_document_references
from pelican.plugins.site_guard.report import to_problem
from pelican.plugins.site_guard.scan import css_urls, html_references, is_foreign, xml_references
from pelican.plugins.site_guard.site_guard import SiteGuardError, guard_settings

SITE = "https://brief.example.org"
VIEWS = pytest.mark.parametrize(
    "view", [html_references, page_references], ids=["oracle", "browser"]
)

FOREIGN_HTML = [
    (
        '<link rel="stylesheet" href="https://fonts.googleapis.com/css?family=Roboto">',
        "https://fonts.googleapis.com/css?family=Roboto",
    ),
    ('<link rel="preconnect" href="//cdn.example.com">', "//cdn.example.com"),
    ('<script src="https://cdn.example.com/x.js"></script>', "https://cdn.example.com/x.js"),
    ('<img src="http://tracker.example.com/p.gif" alt="">', "http://tracker.example.com/p.gif"),
    (
        '<img srcset="a.png 1x, https://cdn.example.com/b.png 2x" alt="">',
        "https://cdn.example.com/b.png",
    ),
    (
        '<picture><source srcset="https://cdn.example.com/c.webp"></picture>',
        "https://cdn.example.com/c.webp",
    ),
    ('<video poster="https://cdn.example.com/p.jpg"></video>', "https://cdn.example.com/p.jpg"),
    ('<object data="https://cdn.example.com/o.pdf"></object>', "https://cdn.example.com/o.pdf"),
    ('<iframe src="https://www.youtube.com/embed/x"></iframe>', "https://www.youtube.com/embed/x"),
    ('<audio><track src="//cdn.example.com/t.vtt"></audio>', "//cdn.example.com/t.vtt"),
    ('<form action="https://forms.example.com/"></form>', "https://forms.example.com/"),
    ('<base href="https://elsewhere.example.com/">', "https://elsewhere.example.com/"),
    (
        '<svg><image xlink:href="https://cdn.example.com/i.png"/></svg>',
        "https://cdn.example.com/i.png",
    ),
    (
        '<a href="https://ok.example.com" ping="https://track.example.com/">x</a>',
        "https://track.example.com/",
    ),
    (
        '<meta http-equiv="refresh" content="0; url=https://elsewhere.example.com/">',
        "https://elsewhere.example.com/",
    ),
    (
        '<p style="background: url(https://cdn.example.com/bg.png)">x</p>',
        "https://cdn.example.com/bg.png",
    ),
    ("<style>@import 'https://cdn.example.com/s.css';</style>", "https://cdn.example.com/s.css"),
]

LOCAL_HTML = [
    '<link rel="stylesheet" href="theme/css/main.css">',
    '<link rel="icon" href="../theme/favicon.png" type="image/png">',
    '<a href="https://spring96.org/en/news/115675" rel="noopener noreferrer">Viasna</a>',
    '<a href="//news.example.com/story">a story</a>',
    '<area href="https://example.com/map" alt="map">',
    '<img src="images/photo.jpg" srcset="images/photo.jpg 1x, images/photo@2x.jpg 2x" alt="">',
    '<img src="data:image/png;base64,iVBORw0KGgo=" alt="">',
    f'<link rel="stylesheet" href="{SITE}/theme/css/main.css">',
    '<blockquote cite="https://example.com/source">quoted</blockquote>',
    '<script src="js/local.js"></script>',
    '<a href="mailto:editors@example.org">write</a>',
]

INLINE_HTML = [
    ("<script>alert(1)</script>", "inline script"),
    ('<button onclick="go()">x</button>', "inline script in"),
    ('<a href="javascript:void(0)">x</a>', "inline script in"),
    ('<p style="color: red">x</p>', "inline style attribute"),
    ("<style>p { color: red }</style>", "inline style element"),
]


def foreign(references: list[tuple[str, str]]) -> list[str]:
    """The foreign fetches (links without rel are a separate check of the browser view)."""
    return [
        url for url, where in references if "without rel" not in where and is_foreign(url, [SITE])
    ]


@VIEWS
@pytest.mark.parametrize(("markup", "url"), FOREIGN_HTML)
def test_foreign_fetches_in_html_are_found(view, markup: str, url: str) -> None:
    assert url in foreign(view(markup))


@VIEWS
@pytest.mark.parametrize("markup", LOCAL_HTML)
def test_local_fetches_and_outbound_links_pass(view, markup: str) -> None:
    references = view(markup)
    assert foreign(references) == []
    assert not [where for _, where in references if where.startswith(("inline", "unsafe"))]


@VIEWS
@pytest.mark.parametrize(("markup", "where"), INLINE_HTML)
def test_inline_code_is_found(view, markup: str, where: str) -> None:
    assert any(found.startswith(where) for _, found in view(markup))


@pytest.mark.parametrize(
    ("css", "urls"),
    [
        (
            "body { background: url('https://cdn.example.com/a.png') }",
            ["https://cdn.example.com/a.png"],
        ),
        ('@font-face { src: url("//fonts.example.com/f.woff2") }', ["//fonts.example.com/f.woff2"]),
        ("@import url(https://cdn.example.com/x.css);", ["https://cdn.example.com/x.css"]),
        ('@import "https://cdn.example.com/y.css";', ["https://cdn.example.com/y.css"]),
        ("a { background: url(../img/local.png) }", []),
        ("/* url(https://cdn.example.com/commented.png) */ p { color: red }", []),
        ("p::after { content: ' (' attr(href) ')' }", []),
    ],
)
def test_css_urls(css: str, urls: list[str]) -> None:
    assert [url for url, _ in css_urls(css) if is_foreign(url)] == urls


@pytest.mark.parametrize(
    ("xml", "urls"),
    [
        (
            '<feed><entry><content type="html">&lt;img src="https://cdn.example.com/i.png"&gt;</content></entry></feed>',
            ["https://cdn.example.com/i.png"],
        ),
        (
            "<feed><icon>https://cdn.example.com/icon.png</icon></feed>",
            ["https://cdn.example.com/icon.png"],
        ),
        (
            '<?xml-stylesheet type="text/xsl" href="https://cdn.example.com/f.xsl"?><feed/>',
            ["https://cdn.example.com/f.xsl"],
        ),
        (
            f'<feed><link href="{SITE}/" rel="alternate"/><entry><link href="https://other.example.com/x"/>'
            '<summary type="html">&lt;a href="https://spring96.org/"&gt;Viasna&lt;/a&gt;</summary></entry></feed>',
            [],
        ),
    ],
)
@pytest.mark.parametrize("view", [xml_references, xml_document_references], ids=["oracle", "xml"])
def test_feed_references(view, xml: str, urls: list[str]) -> None:
    assert foreign(view(xml)) == urls


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://cdn.example.com/x", True),
        ("//cdn.example.com/x", True),
        ("HTTP://CDN.EXAMPLE.COM/x", True),
        (f"{SITE}/theme/css/main.css", False),
        ("https://brief.example.org.evil.example/x", True),
        ("theme/css/main.css", False),
        ("/theme/css/main.css", False),
        ("#main-content", False),
        ("data:,", False),
        ("/\\cdn.example.com/x", True),
        ("\\\\cdn.example.com/x", True),
        ("https:\\\\cdn.example.com/x", True),
        ("ht\ttps://cdn.example.com/x", True),
        (" //cdn.example.com/x", True),
    ],
)
def test_is_foreign(url: str, expected: bool) -> None:
    assert is_foreign(url, [SITE]) is expected


def test_scan_folder_names_file_and_url(tmp_path: Path) -> None:
    (tmp_path / "people").mkdir()
    (tmp_path / "index.html").write_text('<link rel="stylesheet" href="theme/css/main.css">')
    (tmp_path / "people" / "a.html").write_text(
        '<img src="https://cdn.example.com/face.jpg" alt="">'
    )
    (tmp_path / "theme.css").write_text("@import url(//fonts.example.com/css);")
    (tmp_path / "notes.txt").write_text("https://cdn.example.com/not-loaded")
    findings = [str(to_problem(finding, tmp_path, {})) for finding in scan_folder(tmp_path)]
    assert len(findings) == 2
    assert findings[0].startswith(
        "people/a.html:1: <img src> loads https://cdn.example.com/face.jpg from another website — "
    )
    assert findings[1].startswith("theme.css:1: CSS url() loads //fonts.example.com/css")


def test_settings_reject_unknown_keys() -> None:
    assert guard_settings({})["enabled"] is True
    with pytest.raises(SiteGuardError, match="allowed_orgins"):
        guard_settings({"SITE_GUARD": {"allowed_orgins": []}})
