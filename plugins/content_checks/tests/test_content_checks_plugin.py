"""Content checks on a minimal site with Pelican's default theme."""

from pathlib import Path

import pytest
from rights_brief_common.problems import ProblemError
from site_tools import build_plain_site

GOOD = "Title: About\nDate: 2024-07-01\n\nText.\n"


def test_every_problem_stops_the_build_with_its_line(tmp_path: Path) -> None:
    files = {"pages/a.md": "Title: A\nDate: 2024-02-30\n\nA.\n", "b.md": "Title: B\n\nB.\n"}
    with pytest.raises(ProblemError) as error:
        build_plain_site(tmp_path, files, PLUGINS=["content_checks"])
    message = str(error.value)
    assert "pages/a.md:2: the date '2024-02-30' is not a real date" in message
    assert "b.md:1: has no date" in message


def test_a_page_needs_no_date(tmp_path: Path) -> None:
    """Pelican's default ARTICLE_PATHS is [""], but pages/ (PAGE_PATHS) holds pages, not articles."""
    files = {"pages/about.md": "Title: About\n\nText.\n", "first.md": GOOD}
    output = build_plain_site(tmp_path, files, PLUGINS=["content_checks"])
    assert (output / "pages" / "about.html").is_file()


def test_a_slug_setting_names_a_missing_page(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    build_plain_site(
        tmp_path,
        {"pages/about.md": GOOD},
        PLUGINS=["content_checks"],
        MENU_SLUGS=["about", "abuot-us"],
        CONTENT_CHECKS={"slug_settings": ["MENU_SLUGS"]},
        SETTINGS_FILE_NAME="pelicanconf.py",
    )
    warnings = [record.getMessage() for record in caplog.records if record.levelname == "WARNING"]
    assert any("pelicanconf.py: MENU_SLUGS names 'abuot-us'" in w for w in warnings), warnings


def test_without_the_brief_plugin_profiles_are_pages(tmp_path: Path) -> None:
    """No plugin writes profiles elsewhere, so Pelican writes them at PAGE_SAVE_AS: a page saved
    at people/ana.html takes no profile's place."""
    files = {
        "people/ana.md": "Title: Ana\n\nA profile.\n",
        "pages/list.md": "Title: List\nSave_as: people/ana.html\n\nA list.\n",
    }
    output = build_plain_site(
        tmp_path, files, PLUGINS=["content_checks"], PAGE_PATHS=["pages", "people"]
    )
    assert (output / "pages" / "ana.html").is_file()
    assert (output / "people" / "ana.html").read_text("utf-8").count("A list.") == 1


def test_a_template_from_the_overrides_is_known(tmp_path: Path) -> None:
    overrides = tmp_path / "overrides"
    overrides.mkdir()
    (overrides / "special.html").write_text("SPECIAL {{ page.title }}", encoding="utf-8")
    files = {"pages/about.md": "Title: About\nTemplate: special\n\nText.\n"}
    output = build_plain_site(
        tmp_path, files, PLUGINS=["content_checks"], THEME_TEMPLATES_OVERRIDES=[str(overrides)]
    )
    assert (output / "pages" / "about.html").read_text("utf-8") == "SPECIAL About"


def test_settings_of_the_wrong_kind_are_named_all_at_once(tmp_path: Path) -> None:
    """A string where a list belongs would be read letter by letter."""
    conf = tmp_path / "pelicanconf.py"
    conf.write_text('CONTENT_CHECKS = {"extra_fields": "role"}\n', encoding="utf-8")
    with pytest.raises(ProblemError) as error:
        build_plain_site(
            tmp_path,
            {"pages/about.md": GOOD},
            PLUGINS=["content_checks"],
            CONTENT_CHECKS={"extra_fields": "role", "slug_settings": "MENU", "future_dates": 1},
            SETTINGS_FILE_NAME=str(conf),
        )
    assert error.value.problems == [
        f"{conf.as_posix()}:1: CONTENT_CHECKS['{key}'] is {value} — {fix}"
        for key, value, fix in [
            ("extra_fields", "'role'", "write a list of strings"),
            ("future_dates", "1", "write True or False"),
            ("slug_settings", "'MENU'", "write a list of strings"),
        ]
    ]


def test_a_file_pelican_does_not_read_is_not_checked(tmp_path: Path) -> None:
    """ARTICLE_EXCLUDES keeps notes/ out of Pelican's reading, so out of the checks too."""
    files = {"first.md": GOOD, "notes/todo.md": "just a note, no metadata\n"}
    output = build_plain_site(
        tmp_path, files, PLUGINS=["content_checks"], ARTICLE_EXCLUDES=["notes"]
    )
    assert (output / "about.html").is_file()  # GOOD's title
