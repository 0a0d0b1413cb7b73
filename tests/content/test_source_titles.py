"""Source titles in another language carry their `lang`: a Cyrillic title is marked as such."""

import re
from pathlib import Path

from site_tools import html_files, parse

CYRILLIC = re.compile(r"[\u0400-\u04ff]")
LETTER = re.compile(r"[^\W\d_]")
# Languages written in Cyrillic unless the tag names another script (be-Latn is Łacinka).
CYRILLIC_LANGUAGES = {"be", "bg", "kk", "ky", "mk", "mn", "ru", "sr", "tg", "uk"}


def writes_cyrillic(lang: str) -> bool:
    language, _, script = lang.partition("-")
    return language in CYRILLIC_LANGUAGES and not script.startswith("Latn")


def test_every_source_title_is_marked_with_the_language_of_its_script(real_site: Path) -> None:
    titles = [
        (page.relative_to(real_site).as_posix(), cite)
        for page in html_files(real_site)
        for cite in parse(page).select("cite.app-source__title")
    ]
    assert len({cite.get_text() for _, cite in titles}) >= 10, "the source lists were not found"
    wrong = []
    for page, cite in titles:
        text, lang = cite.get_text(), cite.get("lang", "")
        letters = LETTER.findall(text)
        cyrillic = len(CYRILLIC.findall(text)) > len(letters) / 2
        if not lang or cyrillic != writes_cyrillic(lang):
            wrong.append(f"{page}: <cite lang={lang!r}>{text}</cite>")
    assert not wrong, "titles marked with the wrong language or none:\n" + "\n".join(wrong)
