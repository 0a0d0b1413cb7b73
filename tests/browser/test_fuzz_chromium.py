"""Hypothesis writes HTML fragments from pieces that trip parsers (comment and end-tag
spellings, raw-text elements, foreign content) and fetches spelled as the URL Standard allows;
Chromium loads them all with no policy: no page that the guard passes reaches another host.

Deterministic (derandomized, no database) and bounded: 5 examples of 40 fragments, 200 pages,
each batch loaded at once in Chromium (see test_payloads_chromium.chromium_leaks).
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import serve_folder
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pelican.plugins.site_guard.files import scan_folder
from test_payloads_chromium import chromium_leaks

pytestmark = pytest.mark.browser

URLS = st.sampled_from(
    [
        "https://evil.example/f",
        "//evil.example/f",
        "/\\evil.example/f",
        "ht&#9;tps://evil.example/f",
        "https:evil.example/f",
        "&#x2F;&#x2F;evil.example/f",
        " \x0c//evil.example/f",
        "a.png",
        "#top",
        "0; https://evil.example/f",
        "0;URL='//evil.example/f'",
        "a.png 1x, //evil.example/f 2x",
        "javascript:fetch('//evil.example/j')",
        "url(//evil.example/f)",
    ]
)
TAGS = st.sampled_from(
    [
        "img",
        "iframe",
        "video",
        "audio",
        "source",
        "track",
        "link",
        "meta",
        "object",
        "embed",
        "a",
        "form",
        "button",
        "input",
        "table",
        "base",
        "image",
        "use",
        "feImage",
        "p",
        "div",
        "script",
        "style",
        "textarea",
        "title",
        "noscript",
        "template",
        "svg",
        "math",
    ]
)
ATTRS = st.sampled_from(
    [
        "src",
        "href",
        "srcset",
        "poster",
        "data",
        "action",
        "formaction",
        "ping",
        "background",
        "xlink:href",
        "content",
        "http-equiv",
        "rel",
        "style",
        "onerror",
        "as",
    ]
)
JUNK = st.sampled_from(
    [
        "<!-->",
        "<!--",
        "-->",
        "--!>",
        "</script x>",
        "</style>",
        "</title >",
        "</textarea/>",
        "<![CDATA[",
        "]]>",
        "<?",
        "<svg>",
        "<math><mtext>",
        "</svg>",
        '"',
        "'",
        ">",
        "<",
        "&lt;",
        "<noscript>",
        "</noscript>",
        "<table>",
    ]
)
QUOTES = st.sampled_from(['"{}"', "'{}'", "{}"])


@st.composite
def elements(draw: st.DrawFn) -> str:
    tag = draw(TAGS)
    attrs = draw(st.lists(st.tuples(ATTRS, URLS, QUOTES), min_size=1, max_size=3))
    if tag == "meta" and draw(st.booleans()):
        attrs.append(("http-equiv", "refresh", '"{}"'))
    if tag == "link":
        attrs.append(("rel", draw(st.sampled_from(["stylesheet", "preload", "icon"])), "{}"))
    written = " ".join(f"{name}={quote.format(value)}" for name, value, quote in attrs)
    return f"<{tag} {written}>"


FRAGMENTS = st.lists(st.one_of(elements(), JUNK), min_size=1, max_size=5).map("".join)


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("fuzz")


@pytest.fixture(scope="module")
def served(folder: Path) -> Iterator[str]:
    with serve_folder(folder) as base_url:
        yield base_url


@settings(
    max_examples=5,
    derandomize=True,
    database=None,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(fragments=st.lists(FRAGMENTS, min_size=40, max_size=40))
def test_no_page_the_guard_passes_reaches_another_host(
    chromium, folder: Path, served: str, fragments: list[str]
) -> None:
    shutil.rmtree(folder)
    folder.mkdir()
    pages = [f"f{number:02d}.html" for number in range(len(fragments))]
    for page, fragment in zip(pages, fragments, strict=True):
        (folder / page).write_text(f"<!doctype html><title>f</title>{fragment}", "utf-8")
    flagged = {finding.path for finding in scan_folder(folder)}
    leaks = chromium_leaks(chromium, folder, served, pages)
    passed_but_leaked = {
        page: (fragments[pages.index(page)], hosts)
        for page, hosts in leaks.items()
        if page not in flagged
    }
    assert not passed_but_leaked
