"""The theme's Jinja filters (theme/filters.py), loaded by path as pelican.conf.py loads them."""

import runpy
from datetime import date, datetime
from types import SimpleNamespace

import pytest
from pelican.settings import read_settings
from pelican.utils import SafeDatetime
from site_tools import ROOT

FILTERS = runpy.run_path(str(ROOT / "theme" / "filters.py"))
pages_in_order = FILTERS["pages_in_order"]
nav_pages = FILTERS["nav_pages"]


def pages(*slugs: str) -> list[SimpleNamespace]:
    return [SimpleNamespace(slug=slug, n=n) for n, slug in enumerate(slugs)]


@pytest.mark.parametrize(
    ("have", "wanted", "expected"),
    [
        (("a", "b", "c"), ["c", "a"], [("c", 2), ("a", 0)]),  # the listed order, not the pages'
        (("a", "b"), ["a", "missing", "b"], [("a", 0), ("b", 1)]),  # unknown slugs left out
        (("a", "a", "b"), ["a"], [("a", 0), ("a", 1)]),  # two pages with one slug: both, in order
        (("a", "b"), ["b", "b"], [("b", 1), ("b", 1)]),  # listed twice: shown twice
        (("a", "b"), [], []),
        ((), ["a"], []),
    ],
)
def test_pages_in_order(have: tuple, wanted: list, expected: list) -> None:
    assert [(p.slug, p.n) for p in pages_in_order(pages(*have), wanted)] == expected


def test_nav_pages_resolves_once_per_pages_list() -> None:
    site = pages("about", "index", "person")
    first = nav_pages(site, ["index", "about"])
    assert [p.slug for p in first] == ["index", "about"]
    assert nav_pages(site, ["index", "about"]) is first  # cached: no second scan


@pytest.mark.parametrize(
    "change",
    [
        lambda site, slugs: (pages("about", "index", "person"), slugs),  # the next build's list
        lambda site, slugs: (site + pages("index"), slugs),  # another list, same id impossible
        lambda site, slugs: (site.append(pages("index")[0]) or site, slugs),  # grown in place
        lambda site, slugs: (site, ["about"]),  # other slugs
    ],
    ids=["new list", "longer list", "appended", "other slugs"],
)
def test_nav_pages_resolves_again_when_pages_or_slugs_change(change) -> None:
    site, slugs = pages("about", "index", "person"), ["index", "about"]
    first = nav_pages(site, slugs)
    site, slugs = change(site, slugs)
    again = nav_pages(site, slugs)
    assert again is not first
    assert again == pages_in_order(site, slugs)


def test_update_languages_counts_translations_and_follows_a_new_list() -> None:
    update_languages = FILTERS["update_languages"]

    def update(lang: str, *translated: str) -> SimpleNamespace:
        return SimpleNamespace(
            lang=lang, translations=[SimpleNamespace(lang=t) for t in translated]
        )

    articles = [update("en", "be"), update("en")]
    assert update_languages(articles) == {"en", "be"}
    assert update_languages([update("en")]) == {"en"}  # another list: not the last one's answer
    assert update_languages([]) == frozenset()


def test_undefined_nav_pages_gives_no_links() -> None:
    from jinja2 import Undefined

    assert nav_pages(pages("index"), Undefined()) == []


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        (SafeDatetime(2024, 7, 2, 23, 59), "2024-07-02"),  # Pelican's dates, time left out
        (datetime(999, 1, 5), "0999-01-05"),  # four digits, as <time datetime> wants
        (date(2024, 12, 31), "2024-12-31"),
    ],
)
def test_iso_date_writes_the_date_for_time_elements(value: date, shown: str) -> None:
    assert FILTERS["iso_date"](value) == shown


@pytest.mark.parametrize("conf", ["pelican.conf.py", "publish.conf.py"])
def test_settings_register_the_filters(conf: str) -> None:
    registered = read_settings(str(ROOT / conf))["JINJA_FILTERS"]
    assert set(registered) == {
        "iso_date",
        "nav_pages",
        "update_languages",
        "editions",
        "site_languages",
        "front_pages",
        "front_url",
        "from_root",
    }
    assert [p.slug for p in registered["nav_pages"](pages("b", "a"), ["a", "b"])] == ["a", "b"]


@pytest.mark.parametrize(
    ("html", "siteurl", "shown"),
    [
        ('<a href="be/people/x.html">X</a>', "..", '<a href="../be/people/x.html">X</a>'),
        ("<img src='a.png'>", "../..", "<img src='../../a.png'>"),
        ('<a href="people/x.html">X</a>', ".", '<a href="people/x.html">X</a>'),  # at the root
        ('<a href="https://e.org/p">p</a>', "..", '<a href="https://e.org/p">p</a>'),
        ('<a href="#n1">1</a> <a href="../x.html">x</a>', "..", None),
        ('<a href="/x.html">x</a> <a href="mailto:a@e.org">a</a>', "..", None),
        ('<a href="x.html">x</a>', "https://brief.example.org", None),  # published: absolute
    ],
)
def test_summary_links_from_the_root_work_on_a_list_below_it(
    html: str, siteurl: str, shown: str | None
) -> None:
    assert FILTERS["from_root"](html, siteurl) == (html if shown is None else shown)
