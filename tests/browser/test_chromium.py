"""Every page of the built site, in real headless Chromium: readable without JavaScript, no
request leaves the machine, no WCAG 2.2 AA violation, the skip link works from the keyboard,
and the text reflows at 320 px (a 1280 px window at 400% zoom)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from conftest import ServedSite, page_types
from site_tools import ROOT, html_files

pytestmark = pytest.mark.browser

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
LOOPBACK = "127.0.0.1"


def assert_every_page(site: ServedSite, check: Callable[[str], list[str]]) -> None:
    """Run `check` on every page; fail listing every problem, one line each, with its page."""
    pages = site.pages()
    assert len(pages) >= 3, pages
    problems = [f"{url.removeprefix(site.base_url)}: {p}" for url in pages for p in check(url)]
    assert not problems, f"{len(problems)} problem(s):\n" + "\n".join(problems)


def test_main_content_is_visible_with_javascript_off(chromium, served_site: ServedSite) -> None:
    context = chromium.new_context(java_script_enabled=False)
    page = context.new_page()

    def check(url: str) -> list[str]:
        page.goto(url)
        main = page.locator("main#main-content")
        heading = main.locator("h1")
        problems = []
        if not main.is_visible() or not heading.is_visible():
            problems.append("main content or its <h1> is not visible")
        elif len(main.inner_text().split()) < 5:
            problems.append(f"main content is nearly empty: {main.inner_text()!r}")
        return problems

    try:
        assert_every_page(served_site, check)
    finally:
        context.close()


@pytest.mark.parametrize("bypass_csp", [False, True], ids=["policy-on", "policy-bypassed"])
def test_no_request_leaves_loopback(chromium, served_site: ServedSite, bypass_csp: bool) -> None:
    """Record every request, in light, dark and print media; with the policy bypassed too, so a
    leak in the theme cannot hide behind the Content-Security-Policy that would block it."""
    context = chromium.new_context(bypass_csp=bypass_csp)
    requested: list[str] = []
    context.on("request", lambda request: requested.append(request.url))
    page = context.new_page()
    violations: list[str] = []
    page.on("console", lambda message: violations.append(message.text))

    def check(url: str) -> list[str]:
        requested.clear()
        violations.clear()
        for scheme in ("light", "dark"):
            page.emulate_media(media="screen", color_scheme=scheme)
            page.goto(url, wait_until="networkidle")
        page.emulate_media(media="print")
        page.wait_for_load_state("networkidle")
        page.emulate_media(media="screen")
        leaks = dict.fromkeys(r for r in requested if urlsplit(r).hostname != LOOPBACK)
        blocked = dict.fromkeys(v for v in violations if "Content Security Policy" in v)
        return [f"requested {leak}" for leak in leaks] + [f"policy violation: {v}" for v in blocked]

    try:
        assert_every_page(served_site, check)
        assert any(r.endswith("/theme/css/main.css") for r in requested), requested
    finally:
        context.close()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_no_wcag_violation(chromium, served_site: ServedSite, scheme: str) -> None:
    """axe-core needs JavaScript; it runs through the DevTools protocol, so the page's policy
    (no script at all) stays on."""
    if not AXE.is_file():
        pytest.fail(f"{AXE} is missing: run `npm ci` (make test does)")
    source = AXE.read_text(encoding="utf-8")
    context = chromium.new_context(color_scheme=scheme)
    page = context.new_page()

    def check(url: str) -> list[str]:
        page.goto(url)
        page.evaluate(source)
        result = page.evaluate(
            "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", AXE_TAGS
        )
        if not result["passes"]:
            return ["axe ran no rule"]
        return [
            f"{v['id']} ({v['impact']}): {v['help']} at "
            + json.dumps([node["target"] for node in v["nodes"]][:5])
            for v in result["violations"]
        ]

    try:
        assert_every_page(served_site, check)
    finally:
        context.close()


def test_first_tab_is_the_skip_link_and_enter_moves_focus_to_main(
    chromium, served_site: ServedSite
) -> None:
    context = chromium.new_context()
    page = context.new_page()

    def check(url: str) -> list[str]:
        page.goto(url)
        page.keyboard.press("Tab")
        focused = page.evaluate(
            "() => [document.activeElement.className, document.activeElement.textContent]"
        )
        if focused[0] != "app-skip-link":
            return [f"first Tab focuses {focused!r}, not the skip link"]
        if not page.locator(".app-skip-link").is_visible():
            return ["the focused skip link is not visible"]
        page.keyboard.press("Enter")
        target = page.evaluate("() => document.activeElement.id")
        return [] if target == "main-content" else [f"Enter on the skip link focuses {target!r}"]

    try:
        assert_every_page(served_site, check)
    finally:
        context.close()


# WCAG 1.4.12 Text Spacing: a reader's own stylesheet may set these; nothing may break.
TEXT_SPACING = (
    "* { line-height: 1.5 !important; letter-spacing: 0.12em !important;"
    " word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }"
)


@pytest.mark.parametrize(
    ("width", "spacing"),
    [(320, False), (390, False), (390, True)],
    ids=["320", "390", "390-spaced"],
)
def test_pages_reflow_without_horizontal_scrolling(
    chromium, served_site: ServedSite, width: int, spacing: bool
) -> None:
    """320 CSS px is a 1280 px window at 400% zoom (WCAG 1.4.10 Reflow); with the text spacing
    of WCAG 1.4.12 as well (added as a style, so the page's policy is bypassed for that run)."""
    context = chromium.new_context(viewport={"width": width, "height": 800}, bypass_csp=spacing)
    page = context.new_page()

    def check(url: str) -> list[str]:
        page.goto(url)
        if spacing:
            page.add_style_tag(content=TEXT_SPACING)
        scroll_width = page.evaluate("() => document.documentElement.scrollWidth")
        return [] if scroll_width <= width else [f"{scroll_width} px wide at {width} px"]

    try:
        assert_every_page(served_site, check)
    finally:
        context.close()


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("width", [390, 1280])
def test_screenshots_of_each_page_type(
    chromium, served_site: ServedSite, artifacts: Path, scheme: str, width: int
) -> None:
    """Screenshots to look at (test-artifacts/chromium/); the title must show without scrolling."""
    folder = artifacts / "chromium"
    folder.mkdir(exist_ok=True)
    context = chromium.new_context(
        viewport={"width": width, "height": 900}, color_scheme=scheme, java_script_enabled=False
    )
    page = context.new_page()
    try:
        for name, url in page_types(served_site).items():
            page.goto(url)
            box = page.locator("h1").bounding_box()
            assert box is not None and box["y"] + box["height"] <= 900, f"{url}: {box}"
            page.screenshot(path=folder / f"{name}-{width}-{scheme}.png", full_page=True)
    finally:
        context.close()


def test_print_drops_navigation_and_prints_link_targets(chromium, served_site: ServedSite) -> None:
    """In print, navigation goes and outbound links show their address, unless their text
    already is the address (a class ending in __url). The two links are added to the page
    here, so the check does not depend on what the content links to."""
    context = chromium.new_context()
    page = context.new_page()
    try:
        page.goto(f"{served_site.base_url}/index.html")
        page.evaluate(
            """() => document.querySelector('main').insertAdjacentHTML('beforeend',
            '<p><a id="plain" href="https://example.org/a">a source</a> '
            + '<a id="bare" class="app-source__url" href="https://example.org/b">'
            + 'https://example.org/b</a></p>')"""
        )
        after = "a => getComputedStyle(a, '::after').content"
        page.emulate_media(media="print")
        assert not page.locator(".app-nav").is_visible()
        assert not page.locator(".app-skip-link").is_visible()
        assert page.locator("main h1").is_visible()
        assert "https://example.org/a" in page.locator("#plain").evaluate(after)
        assert page.locator("#bare").evaluate(after) == "none"
        page.emulate_media(media="screen")
        assert page.locator(".app-nav").is_visible()
        assert page.locator("#plain").evaluate(after) == "none"
    finally:
        context.close()


def test_pages_are_styled_when_opened_from_disk(chromium, served_site: ServedSite) -> None:
    """A zip or a copied folder opened from disk: the policy's 'self' must still admit the CSS."""
    context = chromium.new_context(java_script_enabled=False)
    page = context.new_page()
    styled = "() => getComputedStyle(document.body).display === 'flex'"
    try:
        unstyled = []
        for path in html_files(served_site.root):
            page.goto(path.as_uri())
            if not page.evaluate(styled):
                unstyled.append(path.relative_to(served_site.root).as_posix())
        assert unstyled == []
    finally:
        context.close()
