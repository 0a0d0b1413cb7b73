"""Find who is mentioned where: one automaton pass over a folded fragment, then the rules
(word boundaries, capitalisation, leftmost-longest, the word before a surname)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .index import Entry, Index
from .names import SURNAME
from .text import case_key, fold_with_map, is_word_char, visible

PREVIOUS_WORD = re.compile(r"(\w+)(\.?) +$")


@dataclass(slots=True)
class Candidate:
    """A match in original coordinates; `person` is None (and `reason` says why) if unlinkable."""

    start: int
    stop: int
    person: str | None
    reason: str = ""


class Folded:
    """A fragment folded for matching, with the map back to the original."""

    def __init__(self, html: str) -> None:
        self.html = html
        self.text, self.offsets = fold_with_map(html)

    def at(self, index: int) -> int:
        return index if self.offsets is None else self.offsets[index]

    def original(self, start: int, stop: int) -> str:
        return visible(self.html[self.at(start) : self.at(stop)])


def on_boundaries(folded: str, start: int, stop: int) -> bool:
    before = folded[start - 1] if start else " "
    after = folded[stop] if stop < len(folded) else " "
    return not is_word_char(before) and not is_word_char(after)


def capitalised_as(text: str, form: str, alone: bool) -> bool:
    """Same spelling up to the case of word starts, or ALL CAPS; a lone surname needs a capital."""
    if text == form or (text.isupper() and len(text) > 1):
        return True
    words, expected = re.split(r"([ -])", text), re.split(r"([ -])", form)
    if len(words) != len(expected):
        return False
    if alone and not words[0][:1].isupper():
        return False  # "путина" is a word; "Путина" is the name
    return all(
        w[1:] == e[1:] and w[:1].lower() == e[:1].lower()
        for w, e in zip(words, expected, strict=True)
    )


def candidates(folded: Folded, index: Index) -> list[Candidate]:
    """Leftmost-longest matches with an acceptable capitalisation, each resolved to a person.

    The automaton's own leftmost-longest scan runs in C; only where its match fails a rule
    (a word goes on, a wrong capital) are the shorter matches inside it tried.
    """
    found, entries = [], index.entries
    for end, number in index.automaton.iter_long(folded.text):
        entry = entries[number]
        start, stop = end + 1 - entry.length, end + 1
        if _acceptable(folded, index, number, start, stop):
            found.append((start, stop, entry))
        else:
            found.extend(_shorter(folded, index, start, stop))
    found.sort(key=lambda match: (match[0], -match[1]))
    chosen, last = [], 0
    for start, stop, entry in found:
        if start >= last:
            chosen.append(_resolve(start, stop, entry, folded, index))
            last = stop
    return chosen


def _acceptable(folded: Folded, index: Index, number: int, start: int, stop: int) -> bool:
    entry = index.entries[number]
    if not on_boundaries(folded.text, start, stop):
        return False
    original = case_key(folded.original(start, stop))
    return capitalised_as(original, entry.form, alone=entry.kind == SURNAME)


def _shorter(folded: Folded, index: Index, start: int, stop: int) -> list[tuple]:
    """Acceptable matches inside a rejected longest one."""
    inside = []
    for end, number in index.automaton.iter(folded.text, start, stop):
        begin = end + 1 - index.entries[number].length
        if (begin, end + 1) != (start, stop) and _acceptable(folded, index, number, begin, end + 1):
            inside.append((begin, end + 1, index.entries[number]))
    return inside


def _resolve(start: int, stop: int, entry: Entry, folded: Folded, index: Index) -> Candidate:
    """Pick the person for a match; a surname alone looks at the word before it."""
    persons = entry.persons
    alone = Candidate(folded.at(start), folded.at(stop), persons[0] if entry.alone else None)
    if alone.person is None:
        alone.reason = "ambiguous form"
    if entry.kind != SURNAME:
        return alone
    before = _previous_word(folded.text, start)
    if not before:
        return alone
    word = before.group(1)
    shown = folded.original(before.start(1), before.end(1))
    if len(word) == 1 and shown.isupper() and before.group(2):  # "D." (not "І", "and")
        owners = [p for p in persons if word in index.initials.get(p, ())]
        return Candidate(alone.start, alone.stop, *_one(owners, "different initial"))
    owners = [p for p in persons if word in index.given.get(p, ())]
    if len(owners) == 1:
        return Candidate(folded.at(before.start(1)), alone.stop, owners[0])
    if not owners and word in index.known_given and shown[:1].isupper():
        return Candidate(alone.start, alone.stop, None, "different given name")
    return alone


def _previous_word(text: str, start: int) -> re.Match | None:
    """The word (and full stop) before `start`, within 40 characters; one anchored try first,
    since a search for a pattern ending in `$` tries every position of the window."""
    window = max(0, start - 40)
    spaces = len(text[window:start]) - len(text[window:start].rstrip(" "))
    begin = text.rfind(" ", window, start - spaces) + 1 or window
    found = PREVIOUS_WORD.match(text, begin, start)
    return found or PREVIOUS_WORD.search(text, window, start)


def _one(owners: list[str], reason: str) -> tuple[str | None, str]:
    return (owners[0], "") if len(owners) == 1 else (None, reason)
