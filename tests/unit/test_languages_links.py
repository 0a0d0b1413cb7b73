"""Links inside a translation go to the same language's page where one exists."""

import pytest
from pelican.plugins.languages.links import localize_links

EXISTING = {"pages/about.be.md", "people/ryhor-kastusiou.be.md", "pages/index.be.md"}


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        ('<a href="{filename}/pages/about.md">', '<a href="{filename}/pages/about.be.md">'),
        (
            '<a href="{filename}/pages/about.md#part">',
            '<a href="{filename}/pages/about.be.md#part">',
        ),
        (
            '<a href="|filename|/people/ryhor-kastusiou.md">',
            '<a href="|filename|/people/ryhor-kastusiou.be.md">',
        ),
        ('<a href="{filename}about.md">', '<a href="{filename}about.be.md">'),
        (
            '<a href="{filename}../people/ryhor-kastusiou.md">',
            '<a href="{filename}../people/ryhor-kastusiou.be.md">',
        ),
        ('<a href="{filename}/pages/figures.md">', '<a href="{filename}/pages/figures.md">'),
        ('<a href="https://example.org/about.md">', '<a href="https://example.org/about.md">'),
        (
            "<p>{filename}/pages/about.md in prose</p>",
            "<p>{filename}/pages/about.be.md in prose</p>",
        ),
        ('<a href="{static}/pages/about.md">', '<a href="{static}/pages/about.md">'),
    ],
)
def test_links_go_to_the_translation_when_there_is_one(html: str, expected: str) -> None:
    assert localize_links(html, "be", "pages/index.be.md", EXISTING.__contains__) == expected


def test_links_in_another_language_stay_where_they_were() -> None:
    html = '<a href="{filename}/pages/about.md">'
    assert localize_links(html, "ru", "pages/index.ru.md", EXISTING.__contains__) == html
