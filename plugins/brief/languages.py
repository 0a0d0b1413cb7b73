"""Readable names for the language tags that sources and names carry.

A tag the table does not know is shown as the tag itself; add a line here for a new language.
"""

LANGUAGES = {
    "ar": "Arabic",
    "az": "Azerbaijani",
    "be": "Belarusian",
    "be-Latn": "Belarusian, Łacinka",
    "de": "German",
    "en": "English",
    "es": "Spanish",
    "fa": "Persian",
    "fr": "French",
    "hy": "Armenian",
    "ka": "Georgian",
    "kk": "Kazakh",
    "ky": "Kyrgyz",
    "lt": "Lithuanian",
    "pl": "Polish",
    "ru": "Russian",
    "ru-Latn": "Russian, romanized",
    "tg": "Tajik",
    "tk": "Turkmen",
    "tr": "Turkish",
    "uk": "Ukrainian",
    "uz": "Uzbek",
    "zh": "Chinese",
}


def language_name(tag: str) -> str:
    """The language's English name, or the tag itself when the table does not know it."""
    return LANGUAGES.get(tag, tag)
