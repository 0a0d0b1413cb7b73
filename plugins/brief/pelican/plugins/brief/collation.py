"""Names in the order of a language's alphabet, by ICU's collation for that language (CLDR).

Code-point order puts Ç and Ə after Z and Ў after Я; ICU knows that Azerbaijani puts Ç after C,
that Belarusian puts Ё after Е and that Russian files Ё with Е.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable
from functools import cache
from typing import TypeVar

import icu

T = TypeVar("T")


@cache
def collator(lang: str, primary: bool = False) -> icu.Collator:
    """ICU's collator for a language tag such as "be" or "be-Latn" (root order if unknown)."""
    found = icu.Collator.createInstance(icu.Locale(lang.replace("-", "_")))
    if primary:
        found.setStrength(icu.Collator.PRIMARY)
    return found


def sort_key(lang: str, text: str) -> bytes:
    return collator(lang).getSortKey(text)


def alphabetical(items: Iterable[T], lang: str, *keys: Callable[[T], str]) -> list[T]:
    """`items` sorted by each key in turn, as the language's alphabet orders them."""
    return sorted(items, key=lambda item: tuple(sort_key(lang, key(item)) for key in keys))


def by_letter(items: list[T], lang: str, key: Callable[[T], str]) -> list[tuple[str, list[T]]]:
    """Sorted items grouped under their initial letter; letters the language treats alike
    (Е and Ё in Russian) share one group."""
    primary = collator(lang, primary=True)
    groups: dict[bytes, tuple[str, list[T]]] = {}
    for item in items:
        initial = key(item)[:1].upper()
        letter = groups.setdefault(primary.getSortKey(initial), (heading(initial, primary), []))
        letter[1].append(item)
    return list(groups.values())


def heading(initial: str, primary: icu.Collator) -> str:
    """The letter a group is filed under: Е for Ё in Russian, which files them together, but
    Ё in Belarusian, where it is a letter of its own."""
    base = unicodedata.normalize("NFD", initial)[:1]
    return base if primary.compare(base, initial) == 0 else initial
