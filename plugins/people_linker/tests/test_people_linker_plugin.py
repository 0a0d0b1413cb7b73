"""The people linker on a minimal site with Pelican's default theme."""

from pathlib import Path

from bs4 import BeautifulSoup
from site_tools import build_plain_site

SITE = {
    "people/ada-lovelace.md": "Title: Ada Lovelace\n\nA mathematician.\n",
    "pages/about.md": "Title: About\n\nThis site remembers Ada Lovelace. Lovelace wrote notes.\n",
}


def test_names_link_to_profiles_and_profiles_list_the_pages(tmp_path: Path) -> None:
    output = build_plain_site(
        tmp_path,
        SITE,
        PLUGINS=["people_linker"],
        PAGE_PATHS=["pages", "people"],
        PEOPLE_LINKER={"backlinks_in_content": True},
    )
    about = BeautifulSoup((output / "pages" / "about.html").read_text("utf-8"), "html.parser")
    links = [a for a in about.select("a.app-person-link")]
    assert [(a.get_text(), a["href"]) for a in links] == [
        ("Ada Lovelace", "/pages/ada-lovelace.html")
    ]
    profile = (output / "pages" / "ada-lovelace.html").read_text("utf-8")
    listed = BeautifulSoup(profile, "html.parser").select(".people-linker-backlinks li a")
    assert [(a.get_text(), a["href"]) for a in listed] == [("About", "/pages/about.html")]
