"""Lexbor (the guard's parser) builds the same elements and attributes as html5lib, the
reference implementation of the WHATWG parsing algorithm, on every hostile table and on every
page of the real site. The one difference is by design: Lexbor keeps a <template>'s content
apart, as browsers do, and the guard stops any <template>."""

from pathlib import Path

import html5lib
import pytest
from payloads import PAYLOADS
from selectolax.lexbor import LexborHTMLParser
from test_site_guard_browser import ALSO_STOPPED, DIFFERENTIALS, FETCHES
from test_site_guard_tokens import BEYOND_THE_TREE, TRICKY, TRICKY_INLINE

Elements = list[tuple[str, list[tuple[str, str]]]]
XLINK = "{http://www.w3.org/1999/xlink}"


def lexbor_elements(markup: str) -> Elements:
    tree = LexborHTMLParser(markup)
    return [
        (node.tag.lower(), sorted((k.lower(), v or "") for k, v in node.attributes.items()))
        for node in tree.root.traverse()
        if not node.tag.startswith(("-", "_"))
    ]


def html5lib_elements(markup: str) -> Elements:
    found: Elements = []
    inside_template: set[int] = set()
    for element in html5lib.parse(markup, namespaceHTMLElements=False).iter():
        if not isinstance(element.tag, str) or id(element) in inside_template:
            continue
        name = element.tag.rsplit("}", 1)[-1].lower()
        attrs = [(_attribute(key).lower(), value) for key, value in element.attrib.items()]
        found.append((name, sorted(attrs)))
        if name == "template":
            inside_template.update(id(child) for child in element.iter() if child is not element)
    return found


def _attribute(key: str) -> str:
    if key.startswith(XLINK):
        return "xlink:" + key.removeprefix(XLINK)
    return key.rsplit("}", 1)[-1]


TABLES = [m for m, _ in PAYLOADS + TRICKY + TRICKY_INLINE + BEYOND_THE_TREE + DIFFERENTIALS]
TABLES += [m for m, _ in ALSO_STOPPED] + FETCHES


@pytest.mark.parametrize("markup", TABLES)
def test_lexbor_parses_each_hostile_page_as_html5lib(markup: str) -> None:
    assert lexbor_elements(markup) == html5lib_elements(markup)


def test_lexbor_parses_the_real_site_as_html5lib(real_site: Path) -> None:
    pages = sorted(real_site.rglob("*.html"))
    assert len(pages) >= 6  # front page, About, people, sources, figures, timeline: any brief
    for page in pages:
        markup = page.read_text(encoding="utf-8")
        assert lexbor_elements(markup) == html5lib_elements(markup), page
