"""This brief's Belarusian and Russian editions, page by page (issue 16): the setup's tests of the
same rules run on a fixture in tests/functional/test_editions.py."""

from pathlib import Path

from edition_tools import alternates, english_fragments, english_interface, theme_text
from site_tools import html_files, local_target, parse

MONTHS = "January February March April May June July August September October November December"


def test_every_belarusian_and_russian_page_of_the_brief_is_whole(real_site: Path) -> None:
    """The real site's editions: language, switcher, alternates, interface text and dates."""
    english = english_interface() + english_fragments()
    titles = {a.get_text() for a in parse(real_site / "index.html").select(".app-nav__link")}
    pages = [p for p in html_files(real_site) if parse(p).html["lang"] in ("be", "ru")]
    assert len(pages) >= 2
    dated = 0
    for page in pages:
        soup = parse(page)
        lang = soup.html["lang"]
        assert soup.select_one(".app-languages [aria-current]")["lang"] == lang, page
        for link in soup.select(".app-languages a"):
            assert link["hreflang"] == link["lang"] and local_target(page, link["href"]).is_file()
        for hreflang, target in alternates(page).items():
            assert target.is_file(), (page, hreflang)
            assert hreflang == "x-default" or alternates(target)[lang] == page.resolve()
        text = theme_text(page, titles)
        assert [msgid for msgid in english if f" {msgid} " in f" {text} "] == [], page
        for quoted in soup.select(".app-source__title, .app-source__note"):
            quoted.decompose()  # the sources' own words
        dates = " ".join(e.get_text() for e in soup.select("time, .app-source"))
        dated += "2024" in dates  # an index of people may carry no date; the brief does
        assert not any(month in dates for month in MONTHS.split()), page
    assert dated >= 2
