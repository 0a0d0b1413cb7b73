"""Translations: sibling files with Lang, each translating one page, once per language."""

from pathlib import PurePosixPath

from pelican.plugins.content_checks.translations import Edition, check_translations

PATTERN = r"(?P<slug>[^.]+)\.(?P<lang>[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)$"


def edition(path: str, dated: bool = False, **fields: str) -> Edition:
    metadata = {"title": (1, "T")}
    metadata.update({key: (line, value) for line, (key, value) in enumerate(fields.items(), 2)})
    return Edition(f"content/{path}", PurePosixPath(path), metadata, dated)


def problems(*files: Edition) -> list[str]:
    return [str(p) for p in check_translations(list(files), ["en", "be", "ru"], "en", PATTERN)]


def test_good_translations_pass() -> None:
    assert (
        problems(
            edition("pages/about.md"),
            edition("pages/about.be.md", lang="be"),
            edition("pages/about.ru.md", lang="ru"),
            edition("updates/2024-07-04-x.md", dated=True),
            edition("updates/2024-07-04-x.be.md", dated=True, lang="be"),
        )
        == []
    )


def test_a_translation_of_nothing_names_the_closest_slugs() -> None:
    [problem] = problems(
        edition("pages/about.md"),
        edition("pages/abuot.be.md", lang="be"),
        edition("pages/index.md"),
    )
    assert problem.startswith(
        "content/pages/abuot.be.md:1: translates no page: none is named 'abuot'"
    )
    assert problem.endswith("closest: about")


def test_two_translations_into_one_language_name_both_files() -> None:
    [problem] = problems(
        edition("pages/about.md"),
        edition("pages/about.be.md", lang="be"),
        edition("pages/about-be.md", lang="be", slug="about"),
    )
    assert problem.startswith("content/pages/about-be.md: translates the same page into 'be'")
    assert "as content/pages/about.be.md" in problem


def test_a_language_the_site_does_not_have_lists_the_languages() -> None:
    [problem] = problems(edition("pages/about.md"), edition("pages/about.pl.md", lang="pl"))
    assert problem.startswith(
        "content/pages/about.pl.md:2: Lang 'pl' is not one of the site's languages"
    )
    assert "use one of en, be, ru, or add it to LANGUAGES" in problem


def test_a_translation_says_its_language_as_its_name_does() -> None:
    missing, wrong, twice = problems(
        edition("pages/about.md"),
        edition("pages/about.be.md"),
        edition("pages/about.ru.md", lang="be"),
    )
    assert missing.startswith(
        "content/pages/about.be.md:1: is named as a translation into 'be' but has no Lang"
    )
    assert "add a line `Lang: be`" in missing
    assert wrong.startswith("content/pages/about.ru.md:2: says Lang 'be' but its name says 'ru'")
    assert twice.startswith("content/pages/about.be.md: translates the same page into 'be'")
