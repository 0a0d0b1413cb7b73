"""The automaton's overlapping search (the shorter keys inside a rejected match) finds what an
Aho-Corasick automaton built for overlapping matches finds."""

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
def test_inside_finds_every_overlapping_match_in_the_span(
    keys: list[str], text: str, data: st.DataObject
) -> None:
    start = data.draw(st.integers(0, len(text)))
    stop = data.draw(st.integers(start, len(text)))
    overlapping = ahocorasick_rs.AhoCorasick(keys)
    expected = {
        (number, start + begin, start + end)
        for number, begin, end in overlapping.find_matches_as_indexes(
            text[start:stop], overlapping=True
        )
    }
    found = Automaton(keys).inside(text, start, stop)
    assert len(found) == len(set(found))
    assert set(found) == expected


def test_inside_of_a_name_finds_the_names_inside_it() -> None:
    automaton = Automaton(["ales", "bialiatski", "ales bialiatski", "les"])
    text = "x ales bialiatskii"
    assert sorted(automaton.inside(text, 2, 18)) == [(0, 2, 6), (1, 7, 17), (2, 2, 17), (3, 3, 6)]
