"""Languages on a minimal site with Pelican's default theme."""

from pathlib import Path

from bs4 import BeautifulSoup
from site_tools import build_plain_site

SITE = {
    "pages/about.md": "Title: About\n\nSee [the people]({filename}people.md).\n",
    "pages/about.be.md": "Title: Пра нас\nLang: be\n\nГл. [людзі]({filename}people.md).\n",
    "pages/people.md": "Title: People\n\nPeople.\n",
    "pages/people.be.md": "Title: Людзі\nLang: be\n\nЛюдзі.\n",
}


def test_a_translation_links_to_the_page_in_its_own_language(tmp_path: Path) -> None:
    output = build_plain_site(
        tmp_path,
        SITE,
        PLUGINS=["languages"],
        FILENAME_METADATA=r"(?P<slug>[^.]+)\.(?P<lang>[a-z]{2,3})$",
        PAGE_LANG_SAVE_AS="{lang}/pages/{slug}.html",
        PAGE_LANG_URL="{lang}/pages/{slug}.html",
    )
    english = BeautifulSoup((output / "pages" / "about.html").read_text("utf-8"), "html.parser")
    belarusian = (output / "be" / "pages" / "about.html").read_text("utf-8")
    assert english.find("a", string="the people")["href"] == "/pages/people.html"
    link = BeautifulSoup(belarusian, "html.parser").find("a", string="людзі")
    assert link["href"] == "/be/pages/people.html"
