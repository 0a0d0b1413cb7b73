"""The theme's structure holds on every page of the built site, whatever template made it."""

from pathlib import Path

from site_tools import html_files, local_target, parse


def test_every_page_has_one_of_each_landmark(real_site: Path) -> None:
    for page in html_files(real_site):
        body = parse(page).body
        assert [len(body.find_all(name)) for name in ("header", "main", "footer")] == [1, 1, 1], (
            page
        )
        assert body.find("nav", attrs={"aria-label": "Main"}), page


def test_every_page_but_the_front_page_has_breadcrumbs_home(real_site: Path) -> None:
    pages = [p for p in html_files(real_site) if p != real_site / "index.html"]
    assert pages
    for page in pages:
        trail = parse(page).find("nav", attrs={"aria-label": "Breadcrumb"})
        assert trail is not None, page
        first = trail.find("a")
        assert local_target(page, first["href"]) == real_site / "index.html", page
    assert parse(real_site / "index.html").find("nav", attrs={"aria-label": "Breadcrumb"}) is None


def test_the_current_page_is_marked_in_the_navigation(real_site: Path) -> None:
    marked = 0
    for page in html_files(real_site):
        for link in parse(page).select('nav[aria-label="Main"] a[aria-current="page"]'):
            assert local_target(page, link["href"]) == page, page
            marked += 1
    assert marked >= 2


def test_the_favicon_is_local_and_the_only_icon(real_site: Path) -> None:
    for page in html_files(real_site):
        icons = parse(page).find_all("link", rel="icon")
        assert len(icons) == 1, page
        target = local_target(page, icons[0]["href"])
        assert target is not None and target.read_bytes().startswith(b"\x89PNG"), page
