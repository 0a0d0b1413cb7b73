"""A word put back to the nominative by the case endings a language pack's press gives a foreign
name (Putino, Lukašenkos, Blinkenowi), and the entries it then stands for.

Both the scan (a capitalised word no form matched) and the resolver (a form of one person that
is another's case: Slovene "Tihanovski", his name and her dative) read words this way."""

from __future__ import annotations

from collections.abc import Iterator

from .index import Entry, Index
from .names import SURNAME
from .spelling import nominatives, other_press_keys, spelling_key
from .text import fold_key


def by_ending(word: str, index: Index) -> Iterator[int]:
    """The entries a case ending puts `word` back to, in the order of the pack's endings: a
    surname's by its spelling key, or a form the automaton holds (Hungarian "Lukasenkót":
    Lukašenko, its marks dropped); only forms that link on this page, and a man's ending never
    a woman's."""
    if not index.endings:
        return
    for pair, stem in nominatives(word, index.endings):
        numbers = [
            index.loose.get(key, -1) for key in (spelling_key(stem), *other_press_keys(stem))
        ]
        found = index.automaton.number(fold_key(stem))
        if found is not None and index.entries[found].kind == SURNAME:
            numbers.append(found)
        for number in numbers:
            entry = index.entries[number] if number >= 0 else None
            if (
                entry is not None
                and entry.alone
                and read_here(entry, index)
                and not (pair in index.men_endings and entry.persons[0] in index.women)
            ):
                yield number


def read_here(entry: Entry, index: Index) -> bool:
    """Whether an entry's form links on the pages `index` is the view for (`Index.for_lang`)."""
    return entry.langs is None or index.read is None or not entry.langs.isdisjoint(index.read)


def another_by_ending(word: str, person: str, index: Index) -> str:
    """Another person whose surname `word` is in a case this page's language gives it, besides
    being `person`'s own form: Slovene "Tihanovski" is his name and her dative, Latvian
    "Tihanovska" her name and his genitive. "" if none."""
    for number in by_ending(word, index):
        other = index.entries[number].persons[0]
        if other != person:
            return other
    return ""
