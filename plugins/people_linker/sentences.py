"""The sentence around a mention, for the "Mentioned in" list on a profile."""

from __future__ import annotations

import re

# A full stop that ends a sentence: not after a lone capital (an initial such as "S.").
# A blank line (the linker writes one between blocks) ends one too; a single newline does not.
BOUNDARY = re.compile(r"(?<![\s.][A-ZА-ЯІЎЁ])[.!?…][\"'”’»)]*\s+|\n\s*\n")
MAX_LENGTH = 300


def sentence_at(text: str, offset: int) -> str:
    """The sentence of `text` that contains `offset`, whitespace collapsed, at most ~300 chars."""
    start = 0
    for match in BOUNDARY.finditer(text, 0, offset):
        start = match.end()
    end_match = BOUNDARY.search(text, offset)
    end = end_match.start() + 1 if end_match else len(text)
    sentence = " ".join(text[start:end].split())
    if len(sentence) > MAX_LENGTH:
        sentence = sentence[: MAX_LENGTH - 1].rsplit(" ", 1)[0] + " …"
    return sentence
