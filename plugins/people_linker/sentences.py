"""The sentence around a mention, for the "Mentioned in" list on a profile."""

from __future__ import annotations

import re

# A full stop that ends a sentence: not after a lone capital (an initial such as "S.").
# A blank line (the linker writes one between blocks) ends one too; a single newline does not.
BOUNDARY = re.compile(r"(?<![\s.][A-ZА-ЯІЎЁ])[.!?…][\"'”’»)]*\s+|\n\s*\n")
MAX_LENGTH = 300
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


def _boundaries(text: str, start: int, end: int):
    """Sentence ends in text[start:end], skipping the full stop of "Mr." and the like."""
    for match in BOUNDARY.finditer(text, start, end):
        word = text[max(0, match.start() - 5) : match.start()].split()
        if text[match.start()] == "." and word and word[-1].lower() in ABBREVIATIONS:
            continue
        yield match


def sentence_at(text: str, offset: int) -> str:
    """The sentence of `text` that contains `offset`, whitespace collapsed, at most ~300 chars."""
    start = 0
    for match in _boundaries(text, 0, offset):
        start = match.end()
    end_match = next(_boundaries(text, offset, len(text)), None)
    end = end_match.start() + 1 if end_match else len(text)
    sentence = " ".join(text[start:end].split())
    if len(sentence) > MAX_LENGTH:
        sentence = sentence[: MAX_LENGTH - 1].rsplit(" ", 1)[0] + " …"
    return sentence
