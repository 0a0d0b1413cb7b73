"""Which feed is a language's feed of updates, and the name it then carries."""

import pytest
from pelican.plugins.languages.feeds import feed_language, named_feed

SETTINGS = {
    "SITENAMES": {"be": ("Наш агляд", "Агляд"), "ru": "Наш обзор"},
    "TRANSLATION_FEED_ATOM": "feeds/updates.{lang}.atom.xml",
    "TRANSLATION_FEED_RSS": None,
}


@pytest.mark.parametrize(
    ("url", "settings", "lang"),
    [
        ("https://x.org/feeds/updates.be.atom.xml", SETTINGS, "be"),
        ("https://x.org/feeds/updates.en.atom.xml", SETTINGS, None),  # no SITENAMES entry
        ("https://x.org/feeds/updates.atom.xml", SETTINGS, None),  # the feed of every update
        ("https://x.org/feeds/xupdates.be.atom.xml", SETTINGS, None),
        ("/feeds/updates.ru.atom.xml", SETTINGS, "ru"),
        (
            "https://x.org/be.rss",
            {
                **SETTINGS,
                "TRANSLATION_FEED_RSS": "f/{lang}.xml",
                "TRANSLATION_FEED_RSS_URL": "{lang}.rss",
            },
            "be",
        ),
        ("https://x.org/feeds/updates.be.atom.xml", {**SETTINGS, "SITENAMES": None}, None),
    ],
)
def test_the_language_of_a_feed(url: str, settings: dict, lang: str | None) -> None:
    assert feed_language(url, settings) == lang


def test_a_feed_takes_the_name_and_subtitle_of_its_language() -> None:
    be = named_feed({"feed_url": "https://x.org/feeds/updates.be.atom.xml"}, SETTINGS)
    ru = named_feed({"feed_url": "https://x.org/feeds/updates.ru.atom.xml"}, SETTINGS)
    assert be == {
        "title": "Наш агляд",
        "subtitle": "Агляд",
        "description": "Агляд",
        "language": "be",
    }
    assert ru["title"] == "Наш обзор" and ru["subtitle"] == ""
    assert named_feed({"feed_url": "https://x.org/feeds/updates.atom.xml"}, SETTINGS) == {}
