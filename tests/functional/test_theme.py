"""The theme's structure holds on every page of the built site, whatever template made it."""

from pathlib import Path

from site_tools import html_files, local_target, parse


def test_every_page_has_one_of_each_landmark(real_site: Path) -> None:
    for page in html_files(real_site):
        body = parse(page).body
        assert [len(body.find_all(name)) for name in ("header", "main", "footer")] == [1, 1, 1], (
            page
        )
        main = body.select_one("nav.app-nav")  # labelled "Main" in the page's language
        assert main and main["aria-label"] in (
            "Main",
            "Асноўная навігацыя",
            "Основная навигация",
        ), page


def test_every_page_but_the_front_page_has_breadcrumbs_home(real_site: Path) -> None:
    pages = [p for p in html_files(real_site) if p != real_site / "index.html"]
    assert pages
    for page in pages:
        trail = parse(page).select_one("nav.app-breadcrumbs")
        assert trail is not None and trail["aria-label"], page
        first = trail.find("a")
        lang = parse(page).html["lang"]
        front = real_site / lang / "index.html"  # the front page in the page's language, if any
        home = front if front.is_file() else real_site / "index.html"
        assert local_target(page, first["href"]) == home, page
    assert parse(real_site / "index.html").find("nav", attrs={"aria-label": "Breadcrumb"}) is None


def test_the_current_page_is_marked_in_the_navigation(real_site: Path) -> None:
    marked = 0
    for page in html_files(real_site):
        for link in parse(page).select('nav.app-nav a[aria-current="page"]'):
            assert local_target(page, link["href"]) == page, page
            marked += 1
    assert marked >= 2


def test_the_favicon_is_local_and_the_only_icon(real_site: Path) -> None:
    for page in html_files(real_site):
        icons = parse(page).find_all("link", rel="icon")
        assert len(icons) == 1, page
        target = local_target(page, icons[0]["href"])
        assert target is not None and target.read_bytes().startswith(b"\x89PNG"), page
