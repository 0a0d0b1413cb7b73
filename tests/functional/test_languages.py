"""A site builds in any language its editor names, with nothing else changed."""

import logging
import re
import shutil
from pathlib import Path

import pytest
from edition_tools import english_interface, theme_text
from site_tools import FIXTURES, build_in_process, html_files, parse

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
