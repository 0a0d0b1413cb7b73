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


def test_with_content_checks_the_index_is_built_once(tmp_path: Path, monkeypatch) -> None:
    """content_checks runs the linker's file checks, which build the index; linking reuses it."""
    from pelican.plugins.people_linker import index, pipeline, precheck

    built = []

    def counted(people: list, config: object) -> index.Index:
        built.append(sorted(person.id for person in people))
        return index.build_index(people, config)

    monkeypatch.setattr(precheck, "build_index", counted)
    monkeypatch.setattr(pipeline, "build_index", counted)
    dated = {path: text.replace("\n\n", "\nDate: 2024-07-02\n\n", 1) for path, text in SITE.items()}
    output = build_plain_site(
        tmp_path, dated, PLUGINS=["content_checks", "people_linker"], PAGE_PATHS=["pages", "people"]
    )
    assert built == [["people/ada-lovelace.md"]]
    about = BeautifulSoup((output / "pages" / "about.html").read_text("utf-8"), "html.parser")
    assert [a.get_text() for a in about.select("a.app-person-link")] == ["Ada Lovelace"]


def test_a_kept_index_serves_only_the_same_people_and_settings() -> None:
    from pelican.plugins.people_linker.index import build_index, keep_for_linking, kept_index
    from pelican.plugins.people_linker.names import person_from_metadata
    from pelican.plugins.people_linker.settings import linker_config

    ada = person_from_metadata("people/ada.md", {"title": "Ada Lovelace"})
    renamed = person_from_metadata("people/ada.md", {"title": "Ada King"})
    config = linker_config({"PATH": "content"})
    other = linker_config({"PATH": "content", "PEOPLE_LINKER": {"mode": "all"}})
    kept = build_index([ada], config)
    for people, settings in (([renamed], config), ([ada], other)):
        keep_for_linking(kept, [ada], config)
        assert kept_index(people, settings) is None
    keep_for_linking(kept, [ada], config)
    assert kept_index([ada], config) is kept
    assert kept_index([ada], config) is None  # taken once: never kept past one build


def test_the_collector_is_paused_while_linking_and_restored_after(monkeypatch) -> None:
    import gc

    from pelican.plugins.people_linker import people_linker

    seen = []

    def run(generators: list) -> None:
        seen.append(gc.isenabled())
        if generators:
            raise ValueError("a stopped build")

    monkeypatch.setattr(people_linker, "run", run)
    assert gc.isenabled()
    people_linker.link_all([])
    with pytest.raises(ValueError):
        people_linker.link_all(["generator"])
    assert seen == [False, False] and gc.isenabled()
    gc.disable()  # a caller that had paused it keeps it paused
    try:
        people_linker.link_all([])
        assert not gc.isenabled()
    finally:
        gc.enable()


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
