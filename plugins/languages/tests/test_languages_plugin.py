"""Languages on a minimal site with Pelican's default theme."""

from pathlib import Path
from xml.etree import ElementTree

from bs4 import BeautifulSoup
from site_tools import build_plain_site

ATOM = "{http://www.w3.org/2005/Atom}"
SITE = {
    "pages/about.md": "Title: About\n\nSee [the people]({filename}people.md).\n",
    "pages/about.be.md": "Title: Пра нас\nLang: be\n\nГл. [людзі]({filename}people.md).\n",
    "pages/people.md": "Title: People\n\nPeople.\n",
    "pages/people.be.md": "Title: Людзі\nLang: be\n\nЛюдзі.\n",
}


def build(tmp_path: Path, files: dict[str, str], **settings: object) -> Path:
    """A plain site with this plugin, whose translations are named `about.be.md`."""
    translated = r"(?P<slug>[^.]+)\.(?P<lang>[a-z]{2,3})$"
    return build_plain_site(
        tmp_path, files, PLUGINS=["languages"], FILENAME_METADATA=translated, **settings
    )


def test_a_translation_links_to_the_page_in_its_own_language(tmp_path: Path) -> None:
    output = build(
        tmp_path,
        SITE,
        PAGE_LANG_SAVE_AS="{lang}/pages/{slug}.html",
        PAGE_LANG_URL="{lang}/pages/{slug}.html",
    )
    english = BeautifulSoup((output / "pages" / "about.html").read_text("utf-8"), "html.parser")
    belarusian = (output / "be" / "pages" / "about.html").read_text("utf-8")
    assert english.find("a", string="the people")["href"] == "/pages/people.html"
    link = BeautifulSoup(belarusian, "html.parser").find("a", string="людзі")
    assert link["href"] == "/be/pages/people.html"


UPDATES = {
    "first.md": "Title: First\nDate: 2024-07-04\n\nText.\n",
    "first.be.md": "Title: Першае\nDate: 2024-07-04\nLang: be\n\nТэкст.\n",
    "pages/index.md": "Title: Our brief\nSlug: index\n\nFront page.\n",
    "pages/index.be.md": "Title: Наш агляд\nSlug: index\nLang: be\n\nГалоўная.\n",
}


def test_each_language_feed_carries_the_site_name_in_its_language(tmp_path: Path) -> None:
    output = build(
        tmp_path,
        UPDATES,
        SITENAME="Our brief",
        SITENAMES={"be": ("Наш агляд", "Агляд з крыніцамі")},
        SITEURL="https://brief.example.org",
        FEED_DOMAIN="https://brief.example.org",
        LANGUAGES=["en", "be"],
    )
    belarusian = ElementTree.parse(output / "feeds" / "all-be.atom.xml").getroot()
    english = ElementTree.parse(output / "feeds" / "all-en.atom.xml").getroot()
    assert belarusian.findtext(f"{ATOM}title") == "Наш агляд"
    assert belarusian.findtext(f"{ATOM}subtitle") == "Агляд з крыніцамі"
    assert belarusian.get("{http://www.w3.org/XML/1998/namespace}lang") == "be"
    assert english.findtext(f"{ATOM}title") == "Our brief"
    # its page and Atom id: the updates list in Belarusian, not the site's root as every feed's
    assert belarusian.findtext(f"{ATOM}id") == "https://brief.example.org/be/index.html"
    assert english.findtext(f"{ATOM}id") == "https://brief.example.org/"
