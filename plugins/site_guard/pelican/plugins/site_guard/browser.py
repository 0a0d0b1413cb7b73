"""The page as a browser parses it: every fetch, navigation and piece of code in the DOM.

The HTML is parsed by Lexbor (selectolax), which implements the WHATWG parsing algorithm that
browsers use, with scripting off as Tor Browser's "Safest" reads it. Python's html.parser (the
older view in scan.py, kept as an oracle) reads some markup differently from a browser: a
`<!-->` comment, a `</script foo>` end tag, entities inside a scheme (issue 14).

Each reference is (url, where). `where` starting with "inline" or "unsafe" is a problem
whatever the URL; the others are problems when the URL reaches another origin.
"""

from __future__ import annotations

from rights_brief_common.urls import leaves_site, refresh_url, runs_script, scheme
from selectolax.lexbor import LexborHTMLParser

from .scan import FETCH_ATTRS, NAVIGATION_TAGS, css_urls, raw_text_references, srcset_urls

# More attributes that fetch: Chromium's Attribution Reporting, and obsolete loaders.
MORE_FETCH_ATTRS = ("attributionsrc", "codebase", "archive", "lowsrc", "dynsrc")
FETCHES = frozenset(FETCH_ATTRS + MORE_FETCH_ATTRS)
EMBEDDERS = frozenset({"iframe", "frame", "object", "embed"})
# Elements whose content browsers read differently with scripting on and off, or keep aside
# and attach later (declarative shadow roots): a page needs neither.
SPLIT_VIEW = frozenset({"noscript", "template"})
ANIMATIONS = frozenset({"set", "animate", "animatemotion", "animatetransform"})
REL = ("noopener", "noreferrer")

Reference = tuple[str, str]


def is_problem_kind(where: str) -> bool:
    """True for references that are problems whatever their URL (code, split views)."""
    return where.startswith(("inline", "unsafe"))


def nested(references: list[Reference], container: str) -> list[Reference]:
    """References found inside another element's attribute or text, saying which."""
    return [(url, f"{where} in {container}") for url, where in references]


def page_references(markup: str) -> list[Reference]:
    """Every reference in an HTML document, as a browser's DOM holds it."""
    tree = LexborHTMLParser(markup)
    found: list[Reference] = []
    for node in tree.root.traverse() if tree.root else ():
        name = node.tag.lower()
        if name.startswith("-"):  # "-text", "-comment", "-doctype"
            continue
        attrs = node.attributes
        if attrs:
            found += element_references(name, attrs)
        if name in ("script", "style"):
            found += raw_text_references(name, list(attrs.items()), node.text(deep=True))
        elif name in SPLIT_VIEW:
            found.append((f"<{name}>", "unsafe element"))
    return found


def element_references(name: str, attrs: dict[str, str | None]) -> list[Reference]:
    """The references in one element's attributes."""
    found: list[Reference] = []
    for attr, raw in attrs.items():
        _attribute_references(found, name, attr.lower(), raw or "")
    if name == "meta" and (attrs.get("http-equiv") or "").strip().lower() == "refresh":
        url = refresh_url(attrs.get("content") or "")
        if url is not None:
            found.append((url, "<meta refresh>"))
            if runs_script(url):
                found.append((url[:60], "inline script in <meta refresh>"))
    if name in ANIMATIONS and (attrs.get("attributeName") or "").lower().endswith("href"):
        found.append((f"<{name} attributeName>", "unsafe animation of a link:"))
    if name in NAVIGATION_TAGS:
        found += _unmarked_outbound(name, attrs)
    return found


def _attribute_references(found: list[Reference], name: str, attr: str, value: str) -> None:
    """Add the references in one attribute to `found` (it runs for every attribute of a page)."""
    if attr.startswith("on"):
        found.append((f"{attr}=…", f"inline script in <{name} {attr}>"))
    elif attr == "style":
        found.append((value[:60], "inline style attribute"))
        found += css_urls(value)
    elif attr == "srcdoc":
        found += nested(page_references(value), f"<{name} srcdoc>")
    elif attr == "ping" or (attr in FETCHES and name not in NAVIGATION_TAGS):
        urls = srcset_urls(value) if attr.endswith("srcset") else [value]
        found += [(url, f"<{name} {attr}>") for url in urls]
        if name in EMBEDDERS and scheme(value) == "data":
            found.append((value[:60], f"unsafe <{name} {attr}> data: document"))
    elif "(" in value and "url(" in value.lower():  # SVG's fill="url(...)", filter, mask
        found += nested(css_urls(value), f"<{name} {attr}>")
    if ":" in value and runs_script(value):
        found.append((value[:60], f"inline script in <{name} {attr}>"))


def _unmarked_outbound(name: str, attrs: dict[str, str | None]) -> list[Reference]:
    """A link that may leave the site without rel="noopener noreferrer" (a problem when it
    reaches another origin: outbound_links adds the rel to content, a theme writes it)."""
    href = attrs.get("href") or attrs.get("xlink:href") or ""
    rel = (attrs.get("rel") or "").lower().split()
    if leaves_site(href) and not all(value in rel for value in REL):
        return [(href, f"<{name} href> without rel")]
    return []
