"""The people linker on a minimal site with Pelican's default theme."""

from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from pelican.plugins.people_linker.cli import report_settings
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


@pytest.mark.parametrize(
    ("plugins", "expected"),
    [
        (None, None),  # Pelican's default: every installed plugin, the linker too
        ([], ["people_linker"]),
        (["pelican.plugins.people_linker"], ["pelican.plugins.people_linker"]),
    ],
)
def test_the_report_turns_the_linker_on_once(
    tmp_path: Path, plugins: list[str] | None, expected: list[str] | None
) -> None:
    conf = tmp_path / "pelicanconf.py"
    conf.write_text(f"PLUGINS = {plugins!r}\nTIMEZONE = 'UTC'\n", encoding="utf-8")
    settings = report_settings(str(conf), str(tmp_path), tmp_path / "scratch")
    assert settings["PLUGINS"] == expected
    assert "people" in settings["PAGE_PATHS"]
