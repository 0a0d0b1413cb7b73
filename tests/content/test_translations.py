"""The Belarusian and Russian editions keep the English facts: the same sources, data and links.

A translation is a sibling file with `Lang:`, `index.be.md` beside `index.md` (issue 16). Its
prose and human-readable fields are translated; its citations (paragraph by paragraph), links to
other files and, where it repeats them, data fields and the dates and sources of key dates are the
original's.
"""

import re
from pathlib import Path

import markdown
import pytest
from site_tools import ROOT

CONTENT = ROOT / "content"
LANGUAGES = ("be", "ru")
TRANSLATED_FOLDERS = ("pages", "people", "updates")
# Fields of prose: each the original has, its translation has, translated.
TEXT_FIELDS = ("title", "nav_title", "summary", "role", "custody_note")
# Fields that hold data, not prose: a translation that repeats one repeats it unchanged.
DATA_FIELDS = (
    *("template", "names", "unverified_names", "aliases", "misspellings", "custody"),
    *("custody_date", "custody_source", "backlinks", "autolink", "date"),
)
CITATION = re.compile(r"\[@([^\]]+)\]")
PARAGRAPH = re.compile(r"\n\s*\n|\n(?=- )")  # blank lines, and each list item
LINK = re.compile(r"\{filename\}[^)\s]+")


def originals() -> list[Path]:
    return [
        path
        for folder in TRANSLATED_FOLDERS
        for path in sorted((CONTENT / folder).glob("*.md"))
        if "." not in path.stem
    ]


def edition(original: Path, lang: str) -> Path:
    return original.with_name(f"{original.stem}.{lang}.md")


def read(path: Path) -> tuple[dict[str, str], str]:
    """(metadata, body) as Pelican's Markdown reader splits them: lowercased keys, lines joined."""
    reader = markdown.Markdown(extensions=["meta"])
    text = path.read_text(encoding="utf-8")
    reader.convert(text)
    meta = {key: "\n".join(lines) for key, lines in reader.Meta.items()}
    return meta, text.split("\n\n", 1)[1]


def citations(body: str) -> list[list[str]]:
    """The source ids each citing paragraph cites, in order."""
    cited = [
        [
            ident.strip().lstrip("@")
            for match in CITATION.findall(part)
            for ident in match.split(";")
        ]
        for part in PARAGRAPH.split(body)
    ]
    return [ids for ids in cited if ids]


def events(meta: dict[str, str]) -> list[tuple[str, str]]:
    """Each key date's date and sources; the description between them is prose."""
    rows = [line.split("|") for line in meta.get("events", "").splitlines() if line.strip()]
    return [(row[0].strip(), row[-1].strip()) for row in rows]


def test_every_page_and_profile_has_a_belarusian_and_a_russian_edition() -> None:
    assert len(originals()) >= 16, "the brief's pages and profiles were not found"
    editions = [edition(path, lang) for path in originals() for lang in LANGUAGES]
    missing = [path.relative_to(CONTENT).as_posix() for path in editions if not path.is_file()]
    assert not missing, f"translations missing: {missing}"


@pytest.mark.parametrize(
    ("original", "lang"),
    [(path, lang) for path in originals() for lang in LANGUAGES if edition(path, lang).is_file()],
    ids=lambda value: value.name if isinstance(value, Path) else value,
)
def test_a_translation_keeps_the_original_s_sources_data_and_links(
    original: Path, lang: str
) -> None:
    meta, body = read(edition(original, lang))
    english, english_body = read(original)
    assert meta.get("lang") == lang
    assert set(meta) - set(english) == {"lang"}, "fields the original does not have"
    assert [key for key in TEXT_FIELDS if key in english and not meta.get(key)] == []
    repeated = [key for key in DATA_FIELDS if key in meta]
    assert [meta[key] for key in repeated] == [english.get(key) for key in repeated]
    if "events" in meta:
        assert events(meta) == events(english), "key dates: same dates and sources, in order"
    assert citations(body) == citations(english_body), "citations differ paragraph by paragraph"
    assert sorted(LINK.findall(body)) == sorted(LINK.findall(english_body))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_translated_profile_is_titled_with_the_name_in_its_language(lang: str) -> None:
    wrong = []
    for original in sorted((CONTENT / "people").glob("*.md")):
        if "." in original.stem:
            continue
        meta, _ = read(edition(original, lang))
        english, _ = read(original)
        names = dict(
            line.split(": ", 1) for line in meta.get("names", english["names"]).splitlines()
        )
        if meta["title"] != names[lang]:
            wrong.append(f"{original.stem}: {meta['title']!r}, Names gives {names[lang]!r}")
    assert not wrong, "\n".join(wrong)
