"""Folding keeps an exact map back to the original text."""

from __future__ import annotations

import html
import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st
from people_linker.text import fold_key, fold_with_map

PIECES = ["Łukašenku", "Ціханоўскай", "O’Neill", "&rsquo;", "&amp;", "&#1025;", "&nbsp;", " ", "\n", "Ёлкін", "ǅ", "İ", "x"]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=12), st.booleans())
def test_every_folded_character_maps_back_to_its_original(pieces: list[str], nfd: bool) -> None:
    text = "".join(pieces)
    if nfd:
        text = unicodedata.normalize("NFD", text)
    folded, offsets = fold_with_map(text)

    def at(index: int) -> int:
        return index if offsets is None else offsets[index]

    assert at(len(folded)) == len(text)
    for index, char in enumerate(folded):
        original = html.unescape(text[at(index) : at(index + 1)])
        assert (fold_key(original)[:1] or " ") == char


def test_references_are_read_as_characters() -> None:
    folded, _ = fold_with_map("Tsikhanouskaya&rsquo;s &amp; ЁЛКІН")
    assert folded == "tsikhanouskaya's & елкін"
