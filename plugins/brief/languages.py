"""Readable names for the language tags that sources and names carry."""

LANGUAGES = {
    "en": "English",
    "be": "Belarusian",
    "be-Latn": "Belarusian, Łacinka",
    "ru": "Russian",
    "ru-Latn": "Russian, romanized",
    "uk": "Ukrainian",
    "pl": "Polish",
    "lt": "Lithuanian",
    "de": "German",
    "fr": "French",
}


def language_name(tag: str) -> str:
    """The language's English name, or the tag itself when the table does not know it."""
    return LANGUAGES.get(tag, tag)
