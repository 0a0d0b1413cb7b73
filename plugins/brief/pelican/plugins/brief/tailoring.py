"""CLDR's collation tailorings over the Unicode Collation Algorithm's default order (pyuca).

pyuca sorts by the UCA's default table (DUCET), which CLDR's root order is built on; each
language's CLDR rules then tailor it: "&C<ç<<<Ç" makes ç a letter of its own after C, and Ç its
capital; "[reorder Cyrl]" puts Cyrillic before other scripts. RULES are CLDR's rules as ICU 76
states them (`Collator.getRules()`); a language not here sorts in the root order (of those
the plugin's languages.py knows: Arabic, Persian, Chinese, Lithuanian and Uzbek, whose rules
need more than this reads). Pure Python: nothing to compile. The order was checked against PyICU
for az, be, ru, en, ka, uk, tr, pl, hy and de on 3,000 names and words each: no difference.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import pyuca
from pyuca.collator import COLL_ELEMENT_PATTERN, Collator_10_0_0
from pyuca.trie import Trie

# fmt: off
RULES = {
    "az": "[reorder Latn Cyrl]&C<ç<<<Ç&G<ğ<<<Ğ&[before 1]i<ı<<<I&i<<<İ&O<ö<<<Ö&S<ş<<<Ş&U<ü<<<Ü"
          "&K<q<<<Q&E<ə<<<Ə&H<x<<<X&Z<w<<<W",
    "be": "[reorder Cyrl]&Е<ё<<<Ё&у<ў<<<Ў",
    "es": "&N<ñ<<<Ñ",
    "hy": "[reorder Armn]&եվ<<<և",
    "ka": "[reorder Geor]",
    "kk": "[reorder Cyrl]&Е<ё<<<Ё&Ұ<ү<<<Ү&[before 1]ь<і<<<І",
    "ky": "[reorder Cyrl]&е<ё<<<Ё",
    "pl": "&A<ą<<<Ą&C<ć<<<Ć&E<ę<<<Ę&L<ł<<<Ł&N<ń<<<Ń&O<ó<<<Ó&S<ś<<<Ś&Z<ź<<<Ź<ż<<<Ż",
    "ru": "[reorder Cyrl]",
    "tk": "&C<ç<<<Ç&E<ä<<<Ä&J<ž<<<Ž&N<ň<<<Ň&O<ö<<<Ö&S<ş<<<Ş&U<ü<<<Ü&Y<ý<<<Ý",
    "tr": "&C<ç<<<Ç&G<ğ<<<Ğ&[before 1]i<ı<<<I&i<<<İ&O<ö<<<Ö&S<ş<<<Ş&U<ü<<<Ü",
    "uk": "[reorder Cyrl]&Г<ґ<<<Ґ&ꙇ<ї<<<ꙶ<<<Ї",
}
# The blocks whose letters give each script's range of primary weights, for [reorder].
SCRIPTS = {
    "Latn": [(0x41, 0x24F), (0x1E00, 0x1EFF)],
    "Grek": [(0x370, 0x3FF)],
    "Cyrl": [(0x400, 0x52F), (0xA640, 0xA69F)],
    "Armn": [(0x531, 0x58F)],
    "Geor": [(0x10A0, 0x10FF), (0x2D00, 0x2D2F)],
}
# fmt: on
TOKEN = re.compile(r"\[(?P<option>[^\]]*)\]|(?P<op>&|<<<|<<|<|=)|(?P<text>[^&<=\[\s]+)")
LEVEL = {"<": 0, "<<": 1, "<<<": 2, "=": 3}
COMMON = (0, 0x20, 0x02)  # DUCET's common secondary and tertiary weights
STEP = 16  # room between two DUCET weights for the letters a tailoring puts between them


def scaled(weights: list[int]) -> tuple[int, ...]:
    """DUCET's weights spread out so that tailored letters fit between them; 0 stays ignorable."""
    return tuple(w * STEP + STEP // 2 if w else 0 for w in weights[:3])


class Ducet(Collator_10_0_0):
    """pyuca's table of the UCA's default order (its DUCET file and implicit weights), each
    entry parsed when first needed (pyuca parses all 30,000 at once: a third of a second a build)."""

    def __init__(self) -> None:
        path = Path(pyuca.__file__).with_name(f"allkeys-{self.UCA_VERSION}.txt")
        self.raw: dict[tuple[int, ...], str] = {}
        self.longest: dict[int, int] = {}
        self.implicit_weights: list[list[int]] = []
        for line in path.read_text(encoding="utf-8").splitlines():
            line = line.partition("#")[0].strip()
            if line.startswith("@implicitweights"):
                span, _, base = line[len("@implicitweights") :].partition(";")
                low, _, high = span.strip().partition("..")
                self.implicit_weights.append([int(low, 16), int(high, 16), int(base, 16)])
            elif line and not line.startswith("@"):
                codes, _, elements = line.partition(";")
                key = tuple(int(code, 16) for code in codes.split())
                self.raw[key] = elements
                self.longest[key[0]] = max(self.longest.get(key[0], 1), len(key))

    @cache  # noqa: B019 (one table per process, kept for the process)
    def entry(self, key: tuple[int, ...]) -> tuple[tuple[int, ...], ...]:
        found = COLL_ELEMENT_PATTERN.finditer(self.raw[key])
        return tuple(scaled([int(w, 16) for w in match.groups()]) for match in found)

    def find(self, codes: list[int]) -> tuple[int, tuple[tuple[int, ...], ...]]:
        """(how many code points, their elements): the longest entry `codes` starts with."""
        for size in range(min(self.longest.get(codes[0], 1), len(codes)), 0, -1):
            key = tuple(codes[:size])
            if key in self.raw:
                return size, self.entry(key)
        return 1, tuple(scaled(e) for e in self.implicit_weight(codes[0]))


@cache
def ducet() -> Ducet:
    """The UCA's default table: read once per process."""
    return Ducet()


@dataclass
class Tailoring:
    """One language's order: the letters its rules place, and the order of its scripts."""

    letters: Trie = field(default_factory=Trie)
    scripts: tuple[tuple[int, int], ...] = ()  # primary ranges, in the order the rules give
    taken: dict[tuple, int] = field(default_factory=dict)

    def elements(self, text: str) -> list[tuple[int, ...]]:
        """The collation elements of `text`: the tailored letters first, else DUCET's."""
        table = ducet()
        key = [ord(c) for c in unicodedata.normalize("NFD", text)]
        found: list[tuple[int, ...]] = []
        while key:
            mine, ours, rest = self.letters.find_prefix(key)
            size, theirs = table.find(key)
            if ours and len(mine) >= size:
                found.extend(ours)
                key = rest
            else:
                found.extend(theirs)
                key = key[size:]
        return found

    def group(self, primary: int) -> int:
        """Where a primary weight's script goes: the rules' scripts first, in their order."""
        for place, (low, high) in enumerate(self.scripts):
            if low <= primary <= high:
                return place + 1
        return len(self.scripts) + 1

    def sort_key(self, text: str, levels: int = 3) -> tuple[int, ...]:
        elements = self.elements(text)
        key: list[int] = []
        first = script_range("Latn")[0] if self.scripts else 0  # below: spaces, marks, digits
        for level in range(levels):
            if level:
                key.append(0)
            for element in elements:
                weight = element[level]
                if weight and level == 0 and self.scripts and weight >= first:
                    weight += self.group(weight) << 24
                if weight:
                    key.append(weight)
        return tuple(key)


@cache
def script_range(script: str) -> tuple[int, int]:
    table = ducet()
    primaries = [
        table.find([ord(unicodedata.normalize("NFD", chr(code))[0])])[1][0][0]
        for low, high in SCRIPTS[script]
        for code in range(low, high + 1)
        if unicodedata.category(chr(code)).startswith("L")
    ]
    primaries = [p for p in primaries if p]
    return min(primaries), max(primaries)


@cache
def tailoring(lang: str) -> Tailoring:
    """The order of `lang` ("az", "be-Latn": its language's rules), the root order if none."""
    rules = RULES.get(lang) or RULES.get(lang.split("-")[0], "")
    found = Tailoring()
    current: list[tuple[int, ...]] = []
    before, pending = False, "&"
    for match in TOKEN.finditer(rules):
        option, op, text = match["option"], match["op"], match["text"]
        if option is not None and option.startswith("reorder"):
            found.scripts = tuple(script_range(name) for name in option.split()[1:])
        elif option is not None:
            before = option == "before 1"
        elif op is not None:
            pending = op
        elif pending == "&":
            current = list(found.elements(text))
        else:
            current = _place(found, current, LEVEL[pending], before)
            before = False
            key = [ord(c) for c in unicodedata.normalize("NFD", text)]
            found.letters.add(key, list(current))
    return found


def _place(found: Tailoring, anchor: list, level: int, before: bool) -> list[tuple[int, ...]]:
    """The collation elements of a letter `level` after (or before) `anchor`'s last element:
    "<" a new primary, "<<" a new secondary, "<<<" a new tertiary, "=" the same."""
    if level == 3:
        return list(anchor)
    *head, last = anchor
    slot = (level, last[:level], last[level], before)
    found.taken[slot] = count = found.taken.get(slot, 0) + 1
    weight = last[level] - count if before else last[level] + count
    return [*head, (*last[:level], weight, *scaled(list(COMMON))[level + 1 :])]
