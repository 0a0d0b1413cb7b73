"""A site builds in any language its editor names, with nothing else changed."""

import logging
import re
import shutil
from pathlib import Path

import pytest
from babel.messages.pofile import read_po
from site_tools import FIXTURES, ROOT, build_in_process, html_files, parse

# The languages issue 16 names: Cyrillic, Latin, Georgian and Armenian scripts, and the ones
# docutils has no localisation for.
LANGUAGES = ["be", "ru", "uk", "pl", "de", "az", "ka", "hy", "tr"]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_any_default_lang_builds_without_a_warning(
    lang: str, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    content = tmp_path / "content"
    shutil.copytree(FIXTURES / "tiny", content)
    output = tmp_path / "output"
    with caplog.at_level(logging.INFO):
        build_in_process(content, output, DEFAULT_LANG=lang)
    warnings = [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]
    assert warnings == []
    pages = list(html_files(output))
    assert len(pages) >= 6
    for page in pages:
        assert parse(page).html["lang"] == lang, page


def english_interface() -> list[str]:
    """The English catalog's plain msgids (no placeholder, no markup): what must not show."""
    path = ROOT / "theme" / "translations" / "en" / "LC_MESSAGES" / "messages.po"
    with path.open("rb") as file:
        ids = [m.id for m in read_po(file) if isinstance(m.id, str) and m.id]
    return [msgid for msgid in ids if "%(" not in msgid and "<" not in msgid]


def english_fragments() -> list[str]:
    """The English words of the msgids with placeholders or markup ("As of", "Checked"), each
    fragment between them that has four letters or more."""
    path = ROOT / "theme" / "translations" / "en" / "LC_MESSAGES" / "messages.po"
    with path.open("rb") as file:
        ids = [m.id for m in read_po(file) if m.id]
    texts = [text for msgid in ids for text in ([msgid] if isinstance(msgid, str) else msgid)]
    pieces = [re.split(r"%\(\w+\)s|<[^>]*>", text) for text in texts if "%(" in text or "<" in text]
    fragments = {piece.strip(" .:;,") for split in pieces for piece in split}
    return sorted(f for f in fragments if len(re.findall(r"[A-Za-z]", f)) >= 4)


def theme_text(page: Path, content_titles: set[str]) -> str:
    """The words the theme wrote on a page: without the content's prose and titles."""
    soup = parse(page)
    for element in soup.select(".app-prose, h1, title, .app-nav__link, .app-header"):
        if element.name != "a" or element.get_text() in content_titles:
            element.decompose()
    return " ".join(soup.stripped_strings)


def fixture_titles() -> set[str]:
    found = set()
    for path in (FIXTURES / "tiny").rglob("*.md"):
        for line in path.read_text(encoding="utf-8").splitlines():
            key, _, value = line.partition(":")
            if key in ("Title", "Nav_title"):
                found.add(value.strip())
    return found


@pytest.mark.parametrize(
    ("lang", "home", "updates"), [("be", "Галоўная", "Абнаўленні"), ("ru", "Главная", "Обновления")]
)
def test_the_interface_is_in_the_site_language(
    lang: str, home: str, updates: str, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    content = tmp_path / "content"
    shutil.copytree(FIXTURES / "tiny", content)
    with caplog.at_level(logging.INFO):
        build_in_process(content, tmp_path / "output", DEFAULT_LANG=lang)
    assert not [r for r in caplog.records if "no interface catalog" in r.getMessage()]
    english = english_interface()
    titles = fixture_titles()
    pages = list(html_files(tmp_path / "output"))
    for page in pages:
        text = theme_text(page, titles)
        left = [msgid for msgid in english if re.search(rf"(?<!\w){re.escape(msgid)}(?!\w)", text)]
        assert left == [], page
    about = parse(tmp_path / "output" / "about.html")
    assert about.select_one(".app-breadcrumbs__link").get_text() == home
    article = parse(tmp_path / "output" / "updates" / "first.html")
    assert lang == "be" or "4 июля 2024" in article.select_one(".app-page__meta").get_text()
    assert lang == "ru" or "4 ліпеня 2024" in article.select_one(".app-page__meta").get_text()
    assert parse(tmp_path / "output" / "updates.html").h1.get_text() == updates


def test_a_language_without_a_catalog_falls_back_to_english_and_says_so_once(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    # Portuguese, which no other test builds: Pelican shows a repeated message once per process.
    content = tmp_path / "content"
    shutil.copytree(FIXTURES / "tiny", content)
    with caplog.at_level(logging.INFO):
        build_in_process(content, tmp_path / "output", DEFAULT_LANG="pt")
    said = [r.getMessage() for r in caplog.records if "no interface catalog" in r.getMessage()]
    assert len(said) == 1
    assert "'pt'" in said[0]
    about = parse(tmp_path / "output" / "about.html")
    assert about.select_one(".app-breadcrumbs__link").get_text() == "Home"
    article = parse(tmp_path / "output" / "updates" / "first.html")
    assert "4 de julho de 2024" in article.select_one(".app-page__meta").get_text()
