"""Romanize Belarusian and Russian Cyrillic names the ways the press and passports spell them.

Each scheme is a function from one Cyrillic word to one Latin word. An editor types the names in
Cyrillic once; these schemes produce the spellings readers meet in English, German and
Belarusian-Latin (Łacinka) reporting, so that the editor does not have to list them.
"""

from __future__ import annotations

import functools
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
_GERMAN_BE = {**_GERMAN, "г": "h"}
_CZECH = _table(
    "абвгґджзійклмнопрстуўфхцчшыэ",
    "a b v h g d ž z i j k l m n o p r s t u u f ch c č š y e",
)
_LACINKA_SOFT = {"л": "l", "с": "ś", "з": "ź", "н": "ń", "ц": "ć", "дз": "dź"}
_IOTATED = {"е": "e", "ё": "o", "ю": "u", "я": "a"}


def _cap(word: str, original: str) -> str:
    return word[:1].upper() + word[1:] if original[:1].isupper() else word


def _after_vowel_or_start(lower: str, index: int) -> bool:
    return index == 0 or lower[index - 1] in VOWELS or lower[index - 1] in SOFTENERS


def _spell(
    lower: str,
    table: dict[str, str],
    iotated: Callable[[str], str],
    e_after_consonant: str = "e",
    special: Callable[[str, int], str | None] | None = None,
) -> str:
    """Romanize letter by letter; я, е, ё, ю depend on what precedes them."""
    out = []
    for index, char in enumerate(lower):
        extra = special(lower, index) if special else None
        if extra is not None:
            out.append(extra)
        elif char in _IOTATED:
            if char == "е" and not _after_vowel_or_start(lower, index):
                out.append(e_after_consonant)
            else:
                out.append(iotated(char))
        elif char not in SOFTENERS:
            out.append(table.get(char, char))
    return "".join(out)


def _with_endings(word: str, endings: tuple, convert: Callable[[str], str]) -> str | None:
    """Adjectival endings the press spells as a unit (-ский -> -sky / -ski)."""
    lower = word.lower()
    for ending, latin in endings:
        if lower.endswith(ending) and len(lower) > len(ending):
            return _cap(convert(lower[: -len(ending)]) + latin, word)
    return None


def be_passport(word: str, e_after_consonant: str = "ie", final_ya: str = "ia") -> str:
    """Belarusian passport style (Viasna, the wires): Кастусёў -> Kastusiou."""
    if final_ya != "ia":
        spelled = _with_endings(
            word, (("ая", "aya"),), lambda stem: be_passport(stem, e_after_consonant)
        )
        if spelled:
            return spelled
    iotated = lambda char: "i" + _IOTATED[char]  # noqa: E731
    return _cap(_spell(word.lower(), _BE_PASSPORT, iotated, e_after_consonant), word)


def be_passport_plain_e(word: str) -> str:
    """The wires' variant: е as e after consonants, -ая as -aya (Pavel Sapelka, Tsikhanouskaya)."""
    return be_passport(word, e_after_consonant="e", final_ya="ya")


@functools.lru_cache(maxsize=1 << 16)  # Polish spells from it: each word twice
def lacinka(word: str) -> str:
    """Belarusian Łacinka: Ціханоўскага -> Cichanoŭskaha, Лукашэнку -> Łukašenku."""
    lower = word.lower()
    out = []
    index = 0
    while index < len(lower):
        char = lower[index]
        nxt = lower[index + 1] if index + 1 < len(lower) else ""
        if char == "д" and nxt in ("з", "ж"):
            pair = char + nxt
            after = lower[index + 2] if index + 2 < len(lower) else ""
            if pair == "дз" and after == "ь":
                out.append("dź")
                index += 3
                continue
            out.append("dz" if nxt == "з" else "dž")
            index += 2
            continue
        if char == "л":
            out.append("l" if nxt and nxt in "еёюяіь" else "ł")
        elif char in _IOTATED:
            if _after_vowel_or_start(lower, index):
                out.append("j" + _IOTATED[char])
            elif lower[index - 1] == "л":
                out.append(_IOTATED[char])
            else:
                out.append("i" + _IOTATED[char])
        elif char == "ь":
            previous = lower[index - 1] if index else ""
            if previous in _LACINKA_SOFT and previous != "л" and out:
                out[-1] = out[-1][:-1] + _LACINKA_SOFT[previous][-1]
        elif char in "'’ʼ":
            pass
        else:
            out.append(_LACINKA.get(char, char))
        index += 1
    return _cap("".join(out), word)


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


def ru_bgn(word: str) -> str:
    """Russian BGN/PCGN without apostrophes: Тихановский -> Tikhanovskiy."""
    iotated = lambda char: "yo" if char == "ё" else "y" + _IOTATED[char]  # noqa: E731
    return _cap(_spell(word.lower(), _RU_BGN, iotated), word)


_PRESS_ENDINGS = (("ский", "sky"), ("цкий", "tsky"), ("ий", "y"), ("ый", "y"))
_GERMAN_ENDINGS = (("ский", "ski"), ("цкий", "zki"), ("ий", "i"), ("ый", "y"))


def ru_press(word: str, short_i: str = "i") -> str:
    """English-press style: Тихановский -> Tikhanovsky, Сергей -> Sergei, Ксения -> Ksenia."""
    spelled = _with_endings(word, _PRESS_ENDINGS, lambda stem: ru_press(stem, short_i))
    if spelled:
        return spelled

    def special(lower: str, index: int) -> str | None:
        if lower[index] == "я" and index and lower[index - 1] == "и":
            return "a"
        return short_i if lower[index] == "й" else None

    iotated = lambda char: "y" + _IOTATED[char]  # noqa: E731
    return _cap(_spell(word.lower(), _RU_BGN, iotated, special=special), word)


def ru_press_y(word: str) -> str:
    """English-press style with й as y: Сергей -> Sergey."""
    return ru_press(word, short_i="y")


def german(word: str, table: dict[str, str] = _GERMAN) -> str:
    """German press (Duden): Лукашенко -> Lukaschenko, Сергей Тихановский -> Sergej Tichanowski."""
    spelled = _with_endings(word, _GERMAN_ENDINGS, lambda stem: german(stem, table))
    if spelled:
        return spelled

    def special(lower: str, index: int) -> str | None:
        if lower[index] != "с" or not 0 < index < len(lower) - 1:
            return None
        return "ss" if lower[index - 1] in VOWELS and lower[index + 1] in VOWELS else "s"

    iotated = lambda char: "j" + _IOTATED[char]  # noqa: E731
    return _cap(_spell(word.lower(), table, iotated, special=special), word)


def german_be(word: str) -> str:
    """German press from Belarusian: Сяргей Ціханоўскі -> Sjarhej Zichanouski."""
    return german(word, _GERMAN_BE)


_CZECH_FEMININE = (("ская", "ská"), ("цкая", "cká"), ("ая", "á"))


def czech(word: str) -> str:
    """Czech press (ČTK) from Belarusian: Кастусёў -> Kastusjou, Ціханоўская -> Cichanouská."""
    spelled = _with_endings(word, _CZECH_FEMININE, czech)
    if spelled:
        return spelled
    iotated = lambda char: "j" + _IOTATED[char]  # noqa: E731
    return _cap(_spell(word.lower(), _CZECH, iotated, e_after_consonant="e"), word)


# Which schemes apply to which language tag of a Cyrillic name.
SCHEMES: dict[str, dict[str, Callable[[str], str]]] = {
    "be": {
        "be-passport": be_passport,
        "be-passport-e": be_passport_plain_e,
        "be-latn": lacinka,
        "cs-press": czech,
        "de-press": german_be,
        "pl-press": polish,
    },
    "ru": {
        "ru-bgn": ru_bgn,
        "ru-press": ru_press,
        "ru-press-y": ru_press_y,
        "de-press": german,
    },
}
ALL_SCHEMES = sorted({name for schemes in SCHEMES.values() for name in schemes})
