"""The forms' keys in one Aho-Corasick automaton (ahocorasick_rs): one leftmost-longest pass
over a folded fragment finds what may link.

Its matches come as key numbers with offsets in the string, in order and never overlapping, from
one call: no Python object per character or per step. The keys that begin inside a match that
failed a rule are rare (73 matches on 5,000 updates): they are looked up by slicing, not by a
second automaton, whose construction would cost more than every lookup of a build together.
"""

from __future__ import annotations

import ahocorasick_rs


class Automaton:
    """Keys numbered in the order given; a match is (number, start, stop)."""

    def __init__(self, keys: list[str]) -> None:
        self._keys = keys
        self._numbers = dict(zip(keys, range(len(keys)), strict=True))  # the keys are unique
        self._widest = max(map(len, keys), default=0)
        self._longest = ahocorasick_rs.AhoCorasick(
            keys, matchkind=ahocorasick_rs.MatchKind.LeftmostLongest
        )

    def __len__(self) -> int:
        return len(self._keys)

    def __contains__(self, key: str) -> bool:
        return key in self._numbers

    def number(self, key: str) -> int | None:
        """The key's number, or None if it is no key."""
        return self._numbers.get(key)

    def longest(self, text: str) -> list[tuple[int, int, int]]:
        """The leftmost-longest matches, in order, never overlapping."""
        return self._longest.find_matches_as_indexes(text)

    def starting_in(self, text: str, start: int, stop: int) -> list[tuple[int, int, int]]:
        """Every match that begins in `text[start:stop]`, overlapping ones too, wherever it ends."""
        found = []
        for begin in range(start, stop):
            for end in range(begin + 1, min(len(text), begin + self._widest) + 1):
                number = self._numbers.get(text[begin:end])
                if number is not None:
                    found.append((number, begin, end))
        return found

    def __getstate__(self) -> list[str]:
        """The keys alone: the rest is rebuilt from them (in milliseconds) when loaded."""
        return self._keys

    def __setstate__(self, keys: list[str]) -> None:
        self.__init__(keys)
