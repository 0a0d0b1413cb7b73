"""The language tags a source may carry: each becomes a `lang` attribute, so it must be one.

The theme names each language in the reader's language (Babel); this table only says which tags
the brief knows. Add a line here for a new language.
"""

import difflib
import re

# BCP 47 as the brief writes it: a lower-case language, then an optional script and region.
TAG = re.compile(r"[a-z]{2,3}(?:-[A-Z][a-z]{3})?(?:-(?:[A-Z]{2}|[0-9]{3}))?")

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


def language_problem(tag: str) -> str | None:
    """Why `tag` cannot mark text as being in a language, with the fix; None when it can."""
    if not TAG.fullmatch(tag):
        fix = (
            "write a language tag such as `en`, `be`, `ru` or `be-Latn` (lower-case language first)"
        )
        return f"{tag!r} is not a language tag — {fix}"
    if tag not in LANGUAGES:
        close = difflib.get_close_matches(tag, list(LANGUAGES), n=3, cutoff=0.3) or ["(none close)"]
        fix = f"use a known tag (closest: {', '.join(close)}) or add it to the brief plugin's languages.py"
        return f"{tag!r} is not a language the brief knows — {fix}"
    return None
