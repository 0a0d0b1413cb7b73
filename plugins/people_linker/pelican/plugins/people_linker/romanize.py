"""Romanize Belarusian and Russian Cyrillic names the ways the press and passports spell them.

Each scheme is a function from one Cyrillic word to one Latin word. An editor types the names in
Cyrillic once; these schemes produce the spellings readers meet in English, German and
Belarusian-Latin (Łacinka) reporting, so that the editor does not have to list them.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

VOWELS = set("аеёіиоуыэюяАЕЁІИОУЫЭЮЯ")
SOFTENERS = set("ьъ'’ʼ")


def _table(cyrillic: str, latin: str) -> dict[str, str]:
    """Pair each Cyrillic letter with its space-separated Latin spelling."""
    return dict(zip(cyrillic, latin.split(), strict=True))


# Letters whose romanization does not depend on their neighbours, per scheme.
_BE_PASSPORT = _table(
    "абвгґджзійклмнопрстуўфхцчшыэ",
    "a b v h g d zh z i i k l m n o p r s t u u f kh ts ch sh y e",
)
_RU_BGN = _table(
    "абвгджзийклмнопрстуфхцчшщыэ",
    "a b v g d zh z i y k l m n o p r s t u f kh ts ch sh shch y e",
)
_LACINKA = _table(
    "абвгґджзійкмнопрстуўфхцчшыэ",
    "a b v h g d ž z i j k m n o p r s t u ŭ f ch c č š y e",
)
_GERMAN = _table(
    "абвгґджзийіклмнопрстуўфхцчшщыэ",
    "a b w g g d sch s i j i k l m n o p r s t u u f ch z tsch sch schtsch y e",
)
_CZECH = _table(
    "абвгґджзійклмнопрстуўфхцчшыэ",
    "a b v h g d ž z i j k l m n o p r s t u u f ch c č š y e",
)
_IOTATED = {"е": "e", "ё": "o", "ю": "u", "я": "a"}
_VOWEL = "[" + "".join(sorted(VOWELS)) + "]"
# Each pattern starts with the letter it spells and looks behind from there: re then skips to
# that letter instead of trying the pattern at every position of the word.
_CONSONANT = "[^" + "".join(sorted(VOWELS | SOFTENERS)) + "]"
_E_AFTER_CONSONANT = f"е(?<={_CONSONANT}е)"  # not first either
_IOTATED_FIRST_OR_AFTER_VOWEL = f"[еёюя](?<!{_CONSONANT}[еёюя])"


class _Letters:
    """How one scheme spells letters: a table for those spelt alike everywhere, and patterns for
    the few that depend on their neighbours, replaced first. Two passes in C for a word cost a
    fraction of a loop in Python over its letters."""

    def __init__(self, table: dict[str, str], context: list[tuple[str, dict[str, str]]]) -> None:
        self.table = str.maketrans(table)
        self.context = re.compile("|".join(pattern for pattern, _ in context)) if context else None
        self.spelled = {text: latin for _, spelled in context for text, latin in spelled.items()}
        # One spelling for every match (most schemes): re puts it in without calling back.
        only = set(self.spelled.values())
        self.replacement = only.pop() if len(only) == 1 else self._in_context

    def spell(self, lower: str) -> str:
        if self.context:
            lower = self.context.sub(self.replacement, lower)
        return lower.translate(self.table)

    def _in_context(self, match: re.Match) -> str:
        return self.spelled[match[0]]


def _letters(
    table: dict[str, str],
    iotated: str,
    e_after_consonant: str = "e",
    context: tuple[tuple[str, dict[str, str]], ...] = (),
) -> _Letters:
    """A scheme that writes я ё ю (and е first or after a vowel) as `iotated` + vowel, е after a
    consonant as `e_after_consonant`, and drops the soft and hard signs and apostrophes."""
    plain = {**table, **{char: iotated + vowel for char, vowel in _IOTATED.items()}}
    plain |= dict.fromkeys(SOFTENERS, "")
    if e_after_consonant == plain["е"]:  # е is spelt alike everywhere (passport: ie)
        return _Letters(plain, list(context))
    return _Letters(plain, [(_E_AFTER_CONSONANT, {"е": e_after_consonant}), *context])


def _cap(word: str, original: str) -> str:
    return word[:1].upper() + word[1:] if original[:1].isupper() else word


def _with_endings(word: str, endings: tuple, convert: Callable[[str], str]) -> str | None:
    """Adjectival endings the press spells as a unit (-ский -> -sky / -ski)."""
    lower = word.lower()
    for ending, latin in endings:
        if lower.endswith(ending) and len(lower) > len(ending):
            return _cap(convert(lower[: -len(ending)]) + latin, word)
    return None


_BE_PASSPORT_IE = _letters(_BE_PASSPORT, "i", "ie")
_BE_PASSPORT_E = _letters(_BE_PASSPORT, "i")


def be_passport(word: str) -> str:
    """Belarusian passport style (Viasna, the wires): Кастусёў -> Kastusiou."""
    return _cap(_BE_PASSPORT_IE.spell(word.lower()), word)


def be_passport_plain_e(word: str) -> str:
    """The wires' variant: е as e after consonants, -ая as -aya (Pavel Sapelka, Tsikhanouskaya)."""
    return _with_endings(word, (("ая", "aya"),), _plain_e) or _plain_e(word)


def _plain_e(word: str) -> str:
    return _cap(_BE_PASSPORT_E.spell(word.lower()), word)


# Łacinka: л is ł unless a soft vowel or sign follows; я ё ю е are ja jo ju je first or after a
# vowel, a after л, ia elsewhere; a soft sign marks the consonant before it (сь -> ś).
_LACINKA_LETTERS = _Letters(
    {**_LACINKA, "л": "ł", **{char: "i" + vowel for char, vowel in _IOTATED.items()}}
    | {"ь": "", "'": "", "’": "", "ʼ": ""},
    [
        ("л[еёюя]", {"л" + char: "l" + vowel for char, vowel in _IOTATED.items()}),
        ("л(?=[іь])", {"л": "l"}),
        (_IOTATED_FIRST_OR_AFTER_VOWEL, {char: "j" + vowel for char, vowel in _IOTATED.items()}),
        ("[сзнц]ь", {"сь": "ś", "зь": "ź", "нь": "ń", "ць": "ć"}),
    ],
)


@functools.lru_cache(maxsize=1 << 16)  # Polish spells from it: each word twice
def lacinka(word: str) -> str:
    """Belarusian Łacinka: Ціханоўскага -> Cichanoŭskaha, Лукашэнку -> Łukašenku."""
    return _cap(_LACINKA_LETTERS.spell(word.lower()), word)


_POLISH = str.maketrans(
    {"č": "cz", "š": "sz", "ž": "ż", "ŭ": "u", "v": "w", "Č": "Cz", "Š": "Sz", "Ž": "Ż", "V": "W"}
)


def polish(word: str) -> str:
    """Polish press, from Belarusian: Ціханоўская -> Cichanouska, Лукашэнка -> Łukaszenka."""
    spelled = lacinka(word).translate(_POLISH)
    for ending, short in (("skaja", "ska"), ("ckaja", "cka")):
        if spelled.endswith(ending):
            return spelled[: -len(ending)] + short
    return spelled


_RU_BGN_LETTERS = _letters(_RU_BGN, "y")


def ru_bgn(word: str) -> str:
    """Russian BGN/PCGN without apostrophes: Тихановский -> Tikhanovskiy."""
    return _cap(_RU_BGN_LETTERS.spell(word.lower()), word)


_PRESS_ENDINGS = (("ский", "sky"), ("цкий", "tsky"), ("ий", "y"), ("ый", "y"))
_GERMAN_ENDINGS = (("ский", "ski"), ("цкий", "zki"), ("ий", "i"), ("ый", "y"))
_AFTER_I = (("я(?<=ия)", {"я": "a"}),)  # Ксения -> Ksenia
_RU_PRESS = _letters({**_RU_BGN, "й": "i"}, "y", context=_AFTER_I)
_RU_PRESS_Y = _letters({**_RU_BGN, "й": "y"}, "y", context=_AFTER_I)


def ru_press(word: str, letters: _Letters = _RU_PRESS) -> str:
    """English-press style: Тихановский -> Tikhanovsky, Сергей -> Sergei, Ксения -> Ksenia."""
    spelled = _with_endings(word, _PRESS_ENDINGS, lambda stem: ru_press(stem, letters))
    if spelled:
        return spelled
    return _cap(letters.spell(word.lower()), word)


def ru_press_y(word: str) -> str:
    """English-press style with й as y: Сергей -> Sergey."""
    return ru_press(word, _RU_PRESS_Y)


_BETWEEN_VOWELS = ((f"с(?<={_VOWEL}с)(?={_VOWEL})", {"с": "ss"}),)  # Vassili, Lukaschenko
_GERMAN_LETTERS = _letters(_GERMAN, "j", context=_BETWEEN_VOWELS)
_GERMAN_BE_LETTERS = _letters({**_GERMAN, "г": "h"}, "j", context=_BETWEEN_VOWELS)


def german(word: str, letters: _Letters = _GERMAN_LETTERS) -> str:
    """German press (Duden): Лукашенко -> Lukaschenko, Сергей Тихановский -> Sergej Tichanowski."""
    spelled = _with_endings(word, _GERMAN_ENDINGS, lambda stem: german(stem, letters))
    if spelled:
        return spelled
    return _cap(letters.spell(word.lower()), word)


def german_be(word: str) -> str:
    """German press from Belarusian: Сяргей Ціханоўскі -> Sjarhej Zichanouski."""
    return german(word, _GERMAN_BE_LETTERS)


_CZECH_FEMININE = (("ская", "ská"), ("цкая", "cká"), ("ая", "á"))
_CZECH_LETTERS = _letters(_CZECH, "j")


def czech(word: str) -> str:
    """Czech press (ČTK) from Belarusian: Кастусёў -> Kastusjou, Ціханоўская -> Cichanouská."""
    spelled = _with_endings(word, _CZECH_FEMININE, czech)
    if spelled:
        return spelled
    return _cap(_CZECH_LETTERS.spell(word.lower()), word)


# The Polish and Czech press spell a Russian name from the Russian (Władimir Putin, Siergiej
# Tichanowski, Aleksiej Nawalny; Vladimir Putin, Alexej Navalnyj, Julija Navalná), and decline it.
_POLISH_RU = _table(
    "абвгджзийклмнопрстуфхцчшщыэ",
    "a b w g d ż z i j k ł m n o p r s t u f ch c cz sz szcz y e",
)
_POLISH_RU_LETTERS = _letters(
    _POLISH_RU,
    "i",
    "ie",
    context=(
        ("л[еёюяь]", {"ле": "le", "лё": "lo", "лю": "lu", "ля": "la", "ль": "l"}),
        ("л(?=и)", {"л": "l"}),
        ("[жшцчщ]е", {"же": "że", "ше": "sze", "це": "ce", "че": "cze", "ще": "szcze"}),
        ("[жшц]и", {"жи": "ży", "ши": "szy", "ци": "cy"}),
        ("ия", {"ия": "ia"}),  # Юлия -> Julia
        (_IOTATED_FIRST_OR_AFTER_VOWEL, {char: "j" + vowel for char, vowel in _IOTATED.items()}),
    ),
)
# A feminine -ая other than -ская keeps its -aja: Polish declines Nawalna as an adjective, which
# its declension of nouns in -a cannot tell (it would give Nawalny, the husband's nominative).
_POLISH_RU_ENDINGS = (
    ("ский", "ski"), ("цкий", "cki"), ("ская", "ska"), ("цкая", "cka"), ("ый", "y"),
)  # fmt: skip
_CZECH_RU_LETTERS = _letters({**_CZECH, "г": "g", "и": "i", "щ": "šč"}, "j")


def polish_ru(word: str) -> str:
    """Polish press, from Russian: Сергей Тихановский -> Siergiej Tichanowski."""
    spelled = _with_endings(word, _POLISH_RU_ENDINGS, polish_ru)
    if spelled:
        return spelled
    return _cap(_POLISH_RU_LETTERS.spell(word.lower()), word)


def czech_ru(word: str) -> str:
    """Czech press, from Russian: Навальный -> Navalnyj, Навальная -> Navalná."""
    spelled = _with_endings(word, _CZECH_FEMININE, czech_ru)
    if spelled:
        return spelled
    return _cap(_CZECH_RU_LETTERS.spell(word.lower()), word)


# French press (AFP, Le Monde, RFI): у is ou (ў, after a vowel, u), ш ch, ч tch, ж j, х kh,
# й ï; г is gu before е and и (Sergueï, Evgueni), с ss between vowels (Kostoussev), я ia (a
# after и, і), ю iou, ё io.
_FRENCH = _table(
    "абвгґджзийіклмнопрстуўфхцчшщыэ",
    "a b v g g d j z i ï i k l m n o p r s t ou u f kh ts tch ch chtch y e",
)
_FRENCH_VOWELS = {"е": "e", "ё": "io", "ю": "iou", "я": "ia"} | dict.fromkeys(SOFTENERS, "")
_FRENCH_CONTEXT = [*_BETWEEN_VOWELS, ("я(?<=[иі]я)", {"я": "a"})]
_FRENCH_LETTERS = _Letters(
    _FRENCH | _FRENCH_VOWELS, [("г(?=[еиэ])", {"г": "gu"}), *_FRENCH_CONTEXT]
)
_FRENCH_BE_LETTERS = _Letters({**_FRENCH, "г": "h"} | _FRENCH_VOWELS, _FRENCH_CONTEXT)
# A final -ин is -ine, so that French does not read it as a nasal vowel: Poutine, Eltsine.
_FRENCH_ENDINGS = (("ский", "ski"), ("цкий", "tski"), ("ий", "i"), ("ый", "y"), ("ин", "ine"))


def french(word: str, letters: _Letters = _FRENCH_LETTERS) -> str:
    """French press, from Russian: Лукашенко -> Loukachenko, Сергей Тихановский -> Sergueï
    Tikhanovski, Светлана Тихановская -> Svetlana Tikhanovskaïa (as ïa folds to ia), Путин ->
    Poutine."""
    spelled = _with_endings(word, _FRENCH_ENDINGS, lambda stem: french(stem, letters))
    if spelled:
        return spelled
    return _cap(letters.spell(word.lower()), word)


def french_be(word: str) -> str:
    """French press, from Belarusian: Лукашэнка -> Loukachenka, Ціханоўская -> Tsikhanouskaia."""
    return _cap(_FRENCH_BE_LETTERS.spell(word.lower()), word)


# Spanish press (EFE, El País), from Russian: х is j (Tijanovski), г gu before е and и
# (Serguéi), й i, ш sh, ж zh, ч ch; я ya, ю yu, ё yo (a name's stress accent folds away).
_SPANISH_LETTERS = _letters(
    {**_RU_BGN, "х": "j", "й": "i"}, "y", context=(("г(?=[еи])", {"г": "gu"}), *_AFTER_I)
)
_SPANISH_ENDINGS = (("ский", "ski"), ("цкий", "tski"), ("ий", "i"), ("ый", "i"), ("ая", "aya"))


def spanish(word: str) -> str:
    """Spanish press, from Russian: Тихановская -> Tijanovskaya, Сергей -> Serguei."""
    spelled = _with_endings(word, _SPANISH_ENDINGS, spanish)
    if spelled:
        return spelled
    return _cap(_SPANISH_LETTERS.spell(word.lower()), word)


# Which schemes apply to which language tag of a Cyrillic name.
SCHEMES: dict[str, dict[str, Callable[[str], str]]] = {
    "be": {
        "be-passport": be_passport,
        "be-passport-e": be_passport_plain_e,
        "be-latn": lacinka,
        "cs-press": czech,
        "de-press": german_be,
        "fr-press": french_be,
        "pl-press": polish,
    },
    "ru": {
        "ru-bgn": ru_bgn,
        "ru-press": ru_press,
        "ru-press-y": ru_press_y,
        "de-press": german,
        "fr-press": french,
        "es-press": spanish,
        "cs-press": czech_ru,
        "pl-press": polish_ru,
    },
}
ALL_SCHEMES = sorted({name for schemes in SCHEMES.values() for name in schemes})
