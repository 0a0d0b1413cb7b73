"""Hidden updates and translations are processed like published ones (issue 14, point 3)."""

import shutil
from pathlib import Path

import pytest
from site_tools import ROOT, build_in_process, parse

BODY = (
    "Ales Bialiatski was named in a hidden update [@ap-2024-07-02]. "
    "[A report](https://example.org/report).\n"
)
UPDATES = {
    "hidden.md": "Title: Hidden\nDate: 2024-07-05\nStatus: hidden\nSummary: S.\n\n",
    "hidden-ru.md": "Title: Скрытое\nDate: 2024-07-05\nStatus: hidden\nLang: ru\nSlug: hidden\n"
    "Save_as: updates/hidden-ru.html\nSummary: S.\n\n",
    "shown-ru.md": "Title: Показано\nDate: 2024-07-04\nLang: ru\nSlug: 2024-07-04-first-releases\n"
    "Save_as: updates/first-ru.html\nSummary: S.\n\n",
}
PAGES = {"hidden-page.md": "Title: Hidden page\nStatus: hidden\n\n"}


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("walk")
    content = folder / "content"
    shutil.copytree(ROOT / "content", content)
    # shown-ru.md is this test's own Russian edition of that update: the brief's gives way
    (content / "updates" / "2024-07-04-first-releases.ru.md").unlink(missing_ok=True)
    for name, head in UPDATES.items():
        (content / "updates" / name).write_text(head + BODY, encoding="utf-8")
    for name, head in PAGES.items():
        (content / "pages" / name).write_text(head + BODY, encoding="utf-8")
    build_in_process(content, folder / "output")
    return folder / "output"


@pytest.mark.parametrize(
    ("page", "person"),
    [
        ("updates/hidden.html", "../people/ales-bialiatski.html"),
        ("updates/hidden-ru.html", "../ru/people/ales-bialiatski.html"),  # a hidden translation
        ("updates/first-ru.html", "../ru/people/ales-bialiatski.html"),  # the Russian profile
        ("hidden-page.html", "./people/ales-bialiatski.html"),
    ],
)
def test_every_written_kind_gets_notes_person_links_and_rel(
    built: Path, page: str, person: str
) -> None:
    written = built / page
    assert written.is_file(), sorted(p.name for p in built.rglob("*.html"))
    main = parse(written).find("main")
    assert "[@" not in main.get_text()
    assert main.select('a[href*="#source-"], a[href*="#note-"]') or main.select("sup a")
    assert main.find("a", href=person) is not None
    outbound = main.find("a", href="https://example.org/report")
    assert {"noopener", "noreferrer"} <= set(outbound.get("rel", []))
