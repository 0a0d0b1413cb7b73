"""Names in the order of a language's alphabet: the Unicode Collation Algorithm with CLDR's
tailoring for that language (tailoring.py), in pure Python.

Code-point order puts Ç and Ə after Z and Ў after Я; CLDR knows that Azerbaijani puts Ç after C,
that Belarusian puts Ё after Е and that Russian files Ё with Е.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable
from functools import lru_cache
from typing import TypeVar

from .tailoring import tailoring

T = TypeVar("T")
PRIMARY, TERTIARY = 1, 3  # the letter alone; the letter with its accents and case


@lru_cache(maxsize=65536)
def sort_key(lang: str, text: str, levels: int = TERTIARY) -> tuple[int, ...]:
    """Where `text` goes in the language's order ("be", "be-Latn"; the root order if unknown)."""
    return tailoring(lang).sort_key(text, levels)


def alphabetical(items: Iterable[T], lang: str, *keys: Callable[[T], str]) -> list[T]:
    """`items` sorted by each key in turn, as the language's alphabet orders them."""
    return sorted(items, key=lambda item: tuple(sort_key(lang, key(item)) for key in keys))


def by_letter(items: list[T], lang: str, key: Callable[[T], str]) -> list[tuple[str, list[T]]]:
    """Sorted items grouped under their initial letter; letters the language treats alike
    (Е and Ё in Russian) share one group."""
    groups: dict[tuple[int, ...], tuple[str, list[T]]] = {}
    for item in items:
        initial = key(item)[:1].upper()
        group = sort_key(lang, initial, PRIMARY)
        letter = groups.setdefault(group, (heading(initial, lang), []))
        letter[1].append(item)
    return list(groups.values())


def heading(initial: str, lang: str) -> str:
    """The letter a group is filed under: Е for Ё in Russian, which files them together, but
    Ё in Belarusian, where it is a letter of its own."""
    base = unicodedata.normalize("NFD", initial)[:1]
    same = sort_key(lang, base, PRIMARY) == sort_key(lang, initial, PRIMARY)
    return base if same else initial
