"""A brief from another region (fictional Azerbaijani and Georgian people): every link goes to
the right person, a title for one gender says which of a brother and sister is meant, and `make
links` names every namesake it left unlinked."""

from __future__ import annotations

from pathlib import Path

import pytest
from linker_tools import make_links, write_settings
from site_tools import FIXTURES, build_in_process, parse

SITE = FIXTURES / "region_site"
LINKER = {"ambiguous": ["Beridze", "ბერიძე", "Беридзе"], "mode": "all"}
SETTINGS = {
    "PAGE_PATHS": ["pages", "people"],
    "PLUGINS": ["people_linker"],
    "THEME_TEMPLATES_OVERRIDES": [str(FIXTURES / "people_site_templates")],
    "PEOPLE_LINKER": LINKER,
}
TOGRUL, NINO, LEVAN = "togrul-celebiyev.html", "nino-beridze.html", "levan-beridze.html"


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    output = tmp_path_factory.mktemp("region") / "output"
    build_in_process(SITE, output, **SETTINGS)
    return output


def links(page: Path) -> list[tuple[str, str]]:
    return [
        (" ".join(a.get_text().split()), a["href"].removeprefix("./"))
        for a in parse(page).select("main a.app-person-link")
    ]


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        (
            "index.html",
            [
                ("Toğrul Çələbiyev", TOGRUL),
                ("Çələbiyev", TOGRUL),
                ("Togrul Celebiyev", TOGRUL),
                ("Nino Beridze", NINO),
                ("Levan Beridze", LEVAN),
                ("Beridze", NINO),  # "Ms Beridze": of the two, the woman (`Gender:`)
            ],
        ),
        ("ru.html", [("Тогрула Челебиева", TOGRUL), ("Нино Беридзе", NINO)]),
        ("az.html", [("Toğrul Çələbiyev", TOGRUL)]),
        ("ka.html", [("ნინო ბერიძე", NINO), ("ლევან ბერიძე", LEVAN), ("ბერიძე", NINO)]),
    ],
)
def test_every_link_goes_to_the_right_person(site: Path, page: str, expected: list) -> None:
    assert links(site / page) == expected


def test_make_links_names_every_namesake(tmp_path: Path) -> None:
    result = make_links(SITE, write_settings(tmp_path, LINKER), tmp_path)
    assert result.returncode == 0, result.stderr
    misses = [line.split("  ")[2:4] for line in result.stdout.splitlines() if "MISS" in line]
    togrul = "-> people/togrul-celebiyev.md?"
    assert misses == [  # pages in source order: az, index, ka, ru
        [f"'Çələbiyev' {togrul}", "left unlinked: preceded by 'Vaqif'"],
        [f"'Çələbiyev' {togrul}", "left unlinked: preceded by 'Vaqif'"],
        [f"'Çələbiyev' {togrul}", "left unlinked: different given name"],
        ["'Beridze'", "left unlinked: different given name"],
        ["'Beridze'", "left unlinked: preceded by 'Tamta'"],
        ["'Beridze'", "left unlinked: ambiguous form"],
        [f"'Çələbiyev' {togrul}", "left unlinked: preceded by 'Mrs'"],
        ["'ბერიძე'", "left unlinked: different given name"],
        [f"'Челебиев' {togrul}", "left unlinked: different given name"],
        [f"'Челебиев' {togrul}", "left unlinked: preceded by 'Вагиф'"],
    ]
