"""The sentence around a mention, for the "Mentioned in" list on a profile."""

from __future__ import annotations

MAX_LENGTH = 300
ENDS = (". ", "! ", "? ", "… ", ".\n", "!\n", "?\n", ".” ", ".» ", '." ', "\n\n")
ABBREVIATIONS = {
    "mr",
    "mrs",
    "ms",
    "dr",
    "prof",
    "st",
    "gen",
    "col",
    "lt",
    "sgt",
    "no",
    "vs",
    "etc",
}


def _is_sentence_end(text: str, index: int) -> bool:
    """A full stop after an initial ("S.") or an abbreviation ("Mr.") ends no sentence."""
    if text[index] != ".":
        return True
    word = text[max(0, index - 5) : index].split()
    if not word:
        return True
    last = word[-1]
    return not ((len(last) == 1 and last.isupper()) or last.lower() in ABBREVIATIONS)


def _start(text: str, offset: int) -> int:
    floor = max(0, offset - MAX_LENGTH * 2)
    limit = offset
    while True:
        found = max(text.rfind(end, floor, limit) for end in ENDS)
        if found < 0:
            return floor
        if _is_sentence_end(text, found):
            return found + 1
        limit = found


def _end(text: str, offset: int) -> int:
    ceiling = min(len(text), offset + MAX_LENGTH * 2)
    start = offset
    while True:
        found = [i for i in (text.find(end, start, ceiling) for end in ENDS) if i >= 0]
        if not found:
            return ceiling
        first = min(found)
        if _is_sentence_end(text, first):
            return first + 1
        start = first + 1


def sentence_at(text: str, offset: int) -> str:
    """The sentence of `text` that contains `offset`, whitespace collapsed, at most ~300 chars."""
    sentence = " ".join(text[_start(text, offset) : _end(text, offset)].split())
    if len(sentence) > MAX_LENGTH:
        sentence = sentence[: MAX_LENGTH - 1].rsplit(" ", 1)[0] + " …"
    return sentence
