"""The theme's interface catalogs: complete for en, be and ru, checked, and read as they are."""

import logging
import runpy
from datetime import date
from pathlib import Path
from types import SimpleNamespace

import pytest
from babel.messages.pofile import read_po
from site_tools import ROOT
from translations import CATALOGS, extract, missing, write

I18N = runpy.run_path(str(ROOT / "theme" / "i18n.py"))
PO = """msgid ""
msgstr ""
"Content-Type: text/plain; charset=utf-8\\n"

msgid "Held since %(date)s"
msgstr "{held}"

msgid "Home"
msgstr "{home}"
"""


def write_catalog(folder: Path, lang: str, text: str) -> Path:
    path = folder / lang / "LC_MESSAGES" / "messages.po"
    path.parent.mkdir(parents=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_the_en_be_and_ru_catalogs_translate_every_interface_string(tmp_path: Path) -> None:
    template = tmp_path / "messages.pot"
    write(extract(), template, omit_header=True)
    report = missing(template, CATALOGS)
    assert {"en", "be", "ru"} <= set(report)
    assert {lang: report[lang] for lang in ("en", "be", "ru")} == {"en": [], "be": [], "ru": []}


def test_the_committed_template_is_what_the_templates_say() -> None:
    ids = {message.id for message in extract() if message.id}
    assert len(ids) >= 40
    with (CATALOGS / "messages.pot").open("rb") as file:
        committed = {message.id for message in read_po(file) if message.id}
    assert committed == ids, "run `make translations`"


def test_no_compiled_catalog_is_kept() -> None:
    assert list(CATALOGS.rglob("*.mo")) == []


@pytest.mark.parametrize(
    ("msgid", "msgstr", "bad"),
    [
        ("Held since %(date)s", "Пад вартай з %(date)s", False),
        ("Held since %(date)s", "Пад вартай з %(data)s", True),
        ("Held since %(date)s", "Пад вартай", True),
        ("Home", "Галоўная %(x)s", True),
        (("%(num)s page", "%(num)s pages"), ("%(num)s старонка", "%(num)s старонкі"), False),
        (("%(num)s page", "%(num)s pages"), ("%(num)s старонка", "старонак"), True),
    ],
)
def test_a_translation_keeps_the_placeholders_of_its_msgid(msgid, msgstr, bad: bool) -> None:
    assert bool(I18N["placeholder_problems"](msgid, msgstr)) is bad


def test_every_catalog_problem_is_named_at_once_with_its_line(tmp_path: Path) -> None:
    write_catalog(tmp_path, "be", PO.format(held="Пад вартай", home="Галоўная"))
    write_catalog(tmp_path, "ru", 'msgid "Home"\nbogus\nmsgstr "Главная"\n')
    with pytest.raises(I18N["CatalogError"]) as caught:
        I18N["Catalogs"](tmp_path).check()
    first, second = caught.value.problems
    assert first.startswith(f"{tmp_path.as_posix()}/be/LC_MESSAGES/messages.po:5: translation")
    assert "— use the msgid's placeholders exactly: %(date)s" in first
    assert second.startswith(f"{tmp_path.as_posix()}/ru/LC_MESSAGES/messages.po:2: malformed")


def test_a_language_without_a_catalog_shows_english_and_says_so_once(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    write_catalog(tmp_path, "be", PO.format(held="Пад вартай з %(date)s", home="Галоўная"))
    catalogs = I18N["Catalogs"](tmp_path)
    catalogs.check()
    with caplog.at_level(logging.INFO):
        assert catalogs.get("be").gettext("Home") == "Галоўная"
        assert catalogs.get("be-Latn").gettext("Home") == "Галоўная"
        assert catalogs.get("tr").gettext("Home") == "Home"
        assert catalogs.get("tr").gettext("Held since %(date)s") == "Held since %(date)s"
        assert catalogs.get("en").gettext("Home") == "Home"
    lines = [record.getMessage() for record in caplog.records]
    assert len(lines) == 1
    assert "no interface catalog for 'tr'" in lines[0]
    assert "interface in English" in lines[0]


@pytest.mark.parametrize(
    ("lang", "value", "text"),
    [
        ("en", date(2024, 7, 2), "2 July 2024"),
        ("be", date(2024, 7, 2), "2 ліпеня 2024\u202fг."),
        ("ru", date(2024, 7, 2), "2 июля 2024\u202fг."),
        ("en", SimpleNamespace(year=2024, month=7, day=0), "July 2024"),
        ("be", SimpleNamespace(year=2024, month=7, day=0), "ліпень 2024"),
        ("ru", SimpleNamespace(year=2024, month=7, day=0), "июль 2024\u202fг."),
        ("en", SimpleNamespace(year=2024, month=0, day=0), "2024"),
        ("tr", date(2024, 7, 2), "2 Temmuz 2024"),
    ],
)
def test_dates_are_written_in_the_page_language(lang: str, value: object, text: str) -> None:
    context = {"page": SimpleNamespace(lang=lang), "FORMAT_LOCALES": {"en": "en_GB"}}
    assert I18N["date_text"](context, value) == text


@pytest.mark.parametrize(("lang", "text"), [("en", "1,409"), ("be", "1\u00a0409"), ("de", "1.409")])
def test_numbers_are_written_in_the_page_language(lang: str, text: str) -> None:
    assert I18N["number_text"]({"lang": lang}, 1409) == text


BE_DATE = '<time datetime="2024-07-02">2 ліпеня 2024\u202fг.</time>'


@pytest.mark.parametrize(
    ("rendered", "shown"),
    [
        # CLDR's be and ru dates end with "г."; the sentence's own stop follows
        (f"Па стане на {BE_DATE}.", f"Па стане на {BE_DATE}"),
        ("Проверено 2 июля 2024\u202fг..", "Проверено 2 июля 2024\u202fг."),
        ("г.</time></span>.", "г.</time></span>"),
        ("<span>Checked <b>2 July 2024</b>.</span>", "<span>Checked <b>2 July 2024</b>.</span>"),
        ("As of 2 July 2024. Source: AP.", "As of 2 July 2024. Source: AP."),
        ("Wait... then.", "Wait... then."),  # an ellipsis is not a double stop
    ],
)
def test_a_sentence_ending_on_a_date_keeps_one_full_stop(rendered: str, shown: str) -> None:
    assert I18N["one_full_stop"](rendered) == shown
