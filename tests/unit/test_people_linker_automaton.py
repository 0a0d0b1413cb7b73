"""The automaton's second look (the keys that begin inside a rejected match, wherever they end)
finds what an Aho-Corasick automaton built for overlapping matches finds there."""

from __future__ import annotations

import ahocorasick_rs
from hypothesis import given, settings
from hypothesis import strategies as st
from pelican.plugins.people_linker.automaton import Automaton

LETTERS = "abə ї"  # few letters, so that keys overlap and nest often


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.text(LETTERS, min_size=1, max_size=5), min_size=1, max_size=8, unique=True),
    st.text(LETTERS, max_size=24),
    st.data(),
)
def test_starting_in_finds_every_overlapping_match_that_begins_in_the_span(
    keys: list[str], text: str, data: st.DataObject
) -> None:
    start = data.draw(st.integers(0, len(text)))
    stop = data.draw(st.integers(start, len(text)))
    overlapping = ahocorasick_rs.AhoCorasick(keys)
    expected = {
        (number, begin, end)
        for number, begin, end in overlapping.find_matches_as_indexes(text, overlapping=True)
        if start <= begin < stop
    }
    found = Automaton(keys).starting_in(text, start, stop)
    assert len(found) == len(set(found))
    assert set(found) == expected


def test_a_case_form_that_begins_inside_a_typed_full_name_is_found() -> None:
    automaton = Automaton(["энтони блинкен", "блинкен", "блинкеном", "кен"])
    text = "с энтони блинкеном."
    assert sorted(automaton.starting_in(text, 2, 16)) == [
        (0, 2, 16),
        (1, 9, 16),
        (2, 9, 18),
        (3, 13, 16),
    ]
