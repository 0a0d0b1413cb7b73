"""The forms' keys in one Aho-Corasick automaton (ahocorasick_rs): one leftmost-longest pass
over a folded fragment finds what may link.

Its matches come as key numbers with offsets in the string, in order and never overlapping, from
one call: no Python object per character or per step. The overlapping search, for the shorter
forms inside a match that failed a rule, is rare; its automaton is built when first needed.
"""

from __future__ import annotations

import ahocorasick_rs


class Automaton:
    """Keys numbered in the order given; a match is (number, start, stop)."""

    def __init__(self, keys: list[str]) -> None:
        self._keys = keys
        self._known = set(keys)
        self._longest = ahocorasick_rs.AhoCorasick(
            keys, matchkind=ahocorasick_rs.MatchKind.LeftmostLongest
        )
        self._overlapping: ahocorasick_rs.AhoCorasick | None = None

    def __len__(self) -> int:
        return len(self._keys)

    def __contains__(self, key: str) -> bool:
        return key in self._known

    def longest(self, text: str) -> list[tuple[int, int, int]]:
        """The leftmost-longest matches, in order, never overlapping."""
        return self._longest.find_matches_as_indexes(text)

    def inside(self, text: str, start: int, stop: int) -> list[tuple[int, int, int]]:
        """Every match inside `text[start:stop]`, overlapping ones too."""
        if self._overlapping is None:
            self._overlapping = ahocorasick_rs.AhoCorasick(self._keys)
        found = self._overlapping.find_matches_as_indexes(text[start:stop], overlapping=True)
        return [(number, start + begin, start + end) for number, begin, end in found]

    def __getstate__(self) -> list[str]:
        """The keys alone: the automata are rebuilt from them (in milliseconds) when loaded."""
        return self._keys

    def __setstate__(self, keys: list[str]) -> None:
        self.__init__(keys)
