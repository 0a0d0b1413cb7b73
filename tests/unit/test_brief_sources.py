"""Source records: a missing field or an unknown id stops the build with a useful message."""

import pytest
from bs4 import BeautifulSoup
from pelican.plugins.brief.errors import BriefError
from pelican.plugins.brief.settings import brief_settings
from pelican.plugins.brief.sources import load_sources, make_source, require_source
from theme_tools import render_macro

RECORD = {
    "publisher": "Example News",
    "title": "A story",
    "url": "https://example.org/story",
    "published": "2024-07-02",
    "checked": "2024-07-03",
    "language": "en",
}


@pytest.mark.parametrize("field", ["publisher", "title", "url", "published", "checked", "language"])
def test_a_missing_field_names_the_source_and_the_field(field: str) -> None:
    record = {key: value for key, value in RECORD.items() if key != field}
    with pytest.raises(
        BriefError,
        match=rf"sources.toml: source \[ap-1\]: missing field\(s\) {field} — add `{field} = ",
    ):
        make_source("ap-1", record, "sources.toml")


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"url": "example.org"}, "url 'example.org' is not a web address — give the full address"),
        ({"url": "not recorded"}, "without a note — add `note = "),
        ({"published": "July 2024"}, "published"),
        ({"checked": "not recorded"}, "checked"),
        ({"author": "X"}, "unknown field.* — remove or rename it; known fields: publisher"),
        ({"languge": "en"}, r"languge \(did you mean language\?\)"),
        # Language tags become `lang` attributes: malformed or unknown ones are refused.
        (
            {"language": "english"},
            "language 'english' is not a language tag — write a language tag",
        ),
        ({"language": "EN"}, "language 'EN' is not a language tag — "),
        ({"language": "ru_RU"}, "language 'ru_RU' is not a language tag — "),
        ({"title_language": "be latn"}, "title_language 'be latn' is not a language tag — "),
        (
            {"language": "bel"},
            r"language 'bel' is not a language the brief knows — use a known tag \(closest: be\b.*"
            r"\) or add it to the brief plugin.s languages.py",
        ),
        ({"title_language": "xx"}, "title_language 'xx' is not a language the brief knows — "),
    ],
)
def test_odd_values_are_refused(changes: dict, message: str) -> None:
    with pytest.raises(BriefError, match=message):
        make_source("ap-1", {**RECORD, **changes}, "sources.toml")


def test_unknown_id_names_the_file_the_id_and_the_closest_ids() -> None:
    sources = {
        key: make_source(key, RECORD, "s") for key in ["ap-2024-07-02", "ap-2024-07-04", "hrw"]
    }
    with pytest.raises(BriefError) as caught:
        require_source("ap-2024-07-03", sources, "pages/index.md")
    message = str(caught.value)
    assert message.startswith("pages/index.md: unknown source id 'ap-2024-07-03' — ")
    closest = message.split("closest known: ")[1].split(", ")
    assert sorted(closest) == ["ap-2024-07-02", "ap-2024-07-04"]
    assert "hrw" not in message


def test_load_sources_keeps_file_order(tmp_path) -> None:
    path = tmp_path / "sources.toml"
    body = "\n".join(f'{k} = "{v}"' for k, v in RECORD.items())
    path.write_text(f"[zeta]\n{body}\n\n[alpha]\n{body}\n", encoding="utf-8")
    assert list(load_sources(path)) == ["zeta", "alpha"]
    assert load_sources(tmp_path / "missing.toml") == {}
    path.write_text("[broken\n", encoding="utf-8")
    with pytest.raises(BriefError, match="not valid TOML"):
        load_sources(path)


def test_a_sources_file_not_in_utf8_names_the_file_and_line(tmp_path) -> None:
    path = tmp_path / "sources.toml"
    path.write_bytes(b'[a]\ntitle = "ok"\npublisher = "Caf\xe9"\n')
    with pytest.raises(BriefError, match=r"sources.toml:3: is not UTF-8 text — save the file"):
        load_sources(path)


def test_settings_refuse_unknown_keys() -> None:
    assert brief_settings({})["people_dir"] == "people"
    assert brief_settings({"PEOPLE_PATH": "who/"})["people_dir"] == "who"
    conf = {"SETTINGS_FILE_NAME": "pelican.conf.py"}
    with pytest.raises(
        BriefError,
        match=r"pelican.conf.py:\d+: .*unknown key.*sauces \(did you mean sources\?\) — .*known keys: sources",
    ):
        brief_settings({**conf, "BRIEF": {"sauces": "x"}})
    with pytest.raises(BriefError, match=r"^your Pelican settings: BRIEF\['people_dir'\] is now"):
        brief_settings({"BRIEF": {"people_dir": "who"}})


def test_every_bad_record_is_reported_with_its_line(tmp_path) -> None:
    path = tmp_path / "sources.toml"
    body = "\n".join(f'{k} = "{v}"' for k, v in RECORD.items())
    path.write_text(
        f'[good]\n{body}\n\n[one]\ntitle = "T"\n\n[two]\n{body}\nurl = 3\n', encoding="utf-8"
    )
    path.write_text(
        f'[good]\n{body}\n\n[one]\ntitle = "T"\n\n[two]\n{body.replace("https://", "")}\n',
        encoding="utf-8",
    )
    with pytest.raises(BriefError) as caught:
        load_sources(path)
    problems = caught.value.problems
    assert len(problems) == 2
    lines = path.read_text(encoding="utf-8").splitlines()
    assert problems[0].split(": source [one]")[0].endswith(f":{lines.index('[one]') + 1}")
    assert problems[1].split(": source [two]")[0].endswith(f":{lines.index('[two]') + 1}")


@pytest.mark.parametrize(
    ("changes", "own", "lang"),
    [
        # A headline is in the source's language; a [description] is in the brief's.
        ({"title": "Заголовок", "language": "ru"}, "en", "ru"),
        ({"title": "Загаловак", "language": "be"}, "en", "be"),
        ({"title": "[Report on an arrest]", "language": "be"}, "en", "en"),
        ({"title": "[Справаздача]", "language": "en"}, "ru", "ru"),
        ({"title": "A story", "language": "en"}, "ru", "en"),
        # title_language says so when the default is wrong (a translated headline, say).
        ({"title": "A headline in English", "language": "ru", "title_language": "en"}, "en", "en"),
        ({"title": "Naša Niva", "language": "be", "title_language": "be-Latn"}, "en", "be-Latn"),
    ],
)
def test_the_title_carries_its_language(changes: dict, own: str, lang: str) -> None:
    source = make_source("s", {**RECORD, **changes}, "sources.toml", own)
    assert source.title_language == lang
    entry = render_macro("partials/source_entry.html", "source_entry", source)
    cite = BeautifulSoup(entry, "html.parser").cite
    assert cite["lang"] == lang
    assert cite.get_text() == changes["title"]


def test_every_bad_language_tag_is_reported_at_once(tmp_path) -> None:
    path = tmp_path / "sources.toml"
    body = "\n".join(f'{k} = "{v}"' for k, v in RECORD.items() if k != "language")
    path.write_text(
        f'[one]\n{body}\nlanguage = "Russian"\n\n[two]\n{body}\nlanguage = "zz"\n', encoding="utf-8"
    )
    with pytest.raises(BriefError) as caught:
        load_sources(path)
    assert [problem.split(": ", 2)[:2] for problem in caught.value.problems] == [
        [f"{path.as_posix()}:1", "source [one]"],
        [f"{path.as_posix()}:9", "source [two]"],
    ]
