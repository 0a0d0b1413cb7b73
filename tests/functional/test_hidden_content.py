"""Hidden updates and translations are processed like published ones (issue 14, point 3).

Built on the fixture brief, so the test holds in any brief made from this setup.
"""

import posixpath
import shutil
from pathlib import Path

import pytest
from site_tools import FIXTURES, build_in_process, parse

BODY = "Bo Sample was named here [@example-update]. [A report](https://example.org/report).\n"
FILES = {
    "updates/hidden.md": "Title: Hidden\nDate: 2024-06-12\nStatus: hidden\nSummary: S.\n\n",
    "updates/hidden.ru.md": "Title: Скрытое\nLang: ru\nDate: 2024-06-12\nStatus: hidden\nSummary: S.\n\n",
    "updates/2024-06-10-bo-sample-released.ru.md": "Title: Показано\nLang: ru\nDate: 2024-06-10\nSummary: S.\n\n",
    "pages/hidden-page.md": "Title: Hidden page\nStatus: hidden\n\n",
}
RUSSIAN_PROFILE = "Title: Бо Сэмпл\nLang: ru\n\nБо Сэмпл — выдуманный редактор [@example-update].\n"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("walk")
    content = folder / "content"
    shutil.copytree(FIXTURES / "brief_site", content)
    for name, head in FILES.items():
        (content / name).write_text(head + BODY, encoding="utf-8")
    (content / "people" / "bo-sample.ru.md").write_text(RUSSIAN_PROFILE, encoding="utf-8")
    build_in_process(content, folder / "output", LANGUAGES=["en", "be", "ru"])
    return folder / "output"


@pytest.mark.parametrize(
    ("page", "person"),
    [
        ("updates/hidden.html", "people/bo-sample.html"),
        ("ru/updates/hidden.html", "ru/people/bo-sample.html"),  # a hidden translation
        ("ru/updates/2024-06-10-bo-sample-released.html", "ru/people/bo-sample.html"),
        ("hidden-page.html", "people/bo-sample.html"),
    ],
)
def test_every_written_kind_gets_notes_person_links_and_rel(
    built: Path, page: str, person: str
) -> None:
    written = built / page
    assert written.is_file(), sorted(str(p.relative_to(built)) for p in built.rglob("*.html"))
    main = parse(written).find("main")
    assert "[@" not in main.get_text()
    assert main.select('a[href*="#source-"], a[href*="#note-"]') or main.select("sup a")
    targets = {
        posixpath.normpath(posixpath.join(posixpath.dirname(page), a["href"]))
        for a in main.select("a.app-person-link")
    }
    assert person in targets, main.select("a")
    outbound = main.find("a", href="https://example.org/report")
    assert {"noopener", "noreferrer"} <= set(outbound.get("rel", []))
