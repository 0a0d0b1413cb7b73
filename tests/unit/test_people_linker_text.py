"""Folding keeps an exact map back to the original text."""

from __future__ import annotations

import html
import itertools
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pelican.plugins.people_linker.text import fold_key, fold_with_map

PIECES = ["Łukašenku", "Ціханоўскай", "O’Neill", "&rsquo;", "&amp;", "&#1025;", "&nbsp;", " ", "\n", "Ёлкін", "ǅ", "İ", "x", "Çələbiyev", "ılıq", "देवनागरी", "مُحَمَّد", "q\u0307"]  # fmt: skip


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
    starts = sorted({at(index) for index in range(len(folded) + 1)})
    for start, stop in itertools.pairwise(starts):  # each piece of the original folds alone
        pieces = [i for i in range(len(folded)) if at(i) == start]
        original = html.unescape(text[start:stop])
        assert (fold_key(original) or " ") == folded[pieces[0] : pieces[-1] + 1]
    assert folded == fold_with_map(unicodedata.normalize("NFC", text))[0]


def test_references_are_read_as_characters() -> None:
    folded, _ = fold_with_map("Tsikhanouskaya&rsquo;s &amp; ЁЛКІН")
    assert folded == "tsikhanouskaya's & елкін"


FOLDS = [
    ("Çələbiyev", "celebiyev"),
    ("İLHAM ılıq", "ilham iliq"),
    ("Łukašenka", "lukasenka"),
    ("Ціханоўская", "ціханоўская"),  # ў is a Cyrillic letter, not у with a mark
    ("Йосиф", "йосиф"),
    ("मोदी", "मोदी"),
]


@pytest.mark.parametrize(("text", "key"), FOLDS)
def test_latin_diacritics_fold_and_other_scripts_keep_their_marks(text: str, key: str) -> None:
    assert fold_key(text) == key
    for form in ("NFC", "NFD"):
        assert fold_with_map(unicodedata.normalize(form, text))[0] == key


def test_a_long_page_drops_the_diacritics_a_short_one_does() -> None:
    """A page from about a thousand characters is searched for them another way (in UTF-8)."""
    latin = [chr(code) for code in range(0xC0, 0x2B0) if chr(code).lower() != "i\u0307"]
    pieces = [*latin, *"Ціханоўская Łukašenka Çələbiyev मोदी ", "\U0001f600"] * 3
    page = "".join(pieces)
    assert len(page) > 1500 and unicodedata.is_normalized("NFC", page)
    folded, offsets = fold_with_map(page)
    assert offsets is None  # one folded character for one, as in every short piece
    assert folded == "".join(fold_with_map(piece)[0] for piece in pieces)
    assert "l" in folded and "ł" not in folded and "ə" not in folded


def test_a_decomposed_page_folds_like_a_composed_one() -> None:
    composed = "<p>मोदी, Toğrul and मुहम्मद</p>"
    mixed = "<p>" + unicodedata.normalize("NFD", "मोदी, Toğrul") + " and मुहम्मद</p>"
    assert fold_with_map(mixed)[0] == fold_with_map(composed)[0]


def test_a_forms_key_is_its_case_key_lowered_as_folding_it_gives() -> None:
    """`fold_key` lowers `case_key`: every letter loses its diacritics the same in either order
    (the index folds each form once). The page's folding lowers first, letter by letter."""
    letters = "".join(chr(code) for code in range(0x20, 0x3000) if not 0xD800 <= code < 0xE000)
    assert [fold_key(letter) for letter in letters] == [fold_with_map(x)[0] for x in letters]
    names = [
        "Łukašenka",
        "ΛΟΥΚΑΣΕΝΚΟΣ",
        "Çələbiyev",
        "İlham",
        "Ёлкін",
        "O’Neill",
        "ǅokić",
        "Σίσυφος",
    ]
    assert [fold_key(name) for name in names] == [fold_with_map(name)[0] for name in names]
