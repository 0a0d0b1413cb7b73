"""Fold text for matching, keeping a map back to the original so links wrap the original text.

Folding lower-cases, composes Unicode (NFD input matches NFC names), turns typographic
apostrophes into ASCII ones, reads ё as е, drops the diacritics of Latin letters (Çələbiyev,
Celebiyev; Azerbaijani and Turkish ı and İ are i) and decodes HTML character references. Every
step keeps one folded character per character, so offsets map back to the original.
"""

from __future__ import annotations

import bisect
import functools
import html
import re
import unicodedata

# Length-preserving: typographic apostrophes, ё, and the spaces Markdown leaves inside a name.
_REPLACEMENTS = {"’": "'", "ʼ": "'", "‘": "'", "`": "'", "ё": "е", "Ё": "Е", "İ": "I"}
_REPLACEMENTS |= dict.fromkeys("\n\r\t\xa0\u202f\u2009", " ")
_TO_REPLACE = re.compile("[" + "".join(_REPLACEMENTS) + "]")


def _latin_bases() -> dict[str, str]:
    """Each precomposed Latin letter -> its base letter (ç -> c, ł -> l, ə -> e, ı -> i)."""
    table = {"ł": "l", "Ł": "L", "ı": "i", "ə": "e", "Ə": "E", "ø": "o", "Ø": "O", "đ": "d"}
    table |= {"Đ": "D", "ħ": "h", "Ħ": "H", "ŀ": "l", "Ŀ": "L", "ŧ": "t", "Ŧ": "T"}
    for code in range(0xC0, 0x250):
        char = chr(code)
        base = unicodedata.normalize("NFD", char)[0]
        if char not in table and base != char and base.isascii() and base.isalpha():
            table[char] = base
    return table


_LATIN_BASES = _latin_bases()
# One range holding every key of the table: the engine tests a range faster than a long class.
_LATIN_RANGE = re.compile(f"[{min(_LATIN_BASES)}-{max(_LATIN_BASES)}]")
# Every letter of the table is two bytes in UTF-8, led by one of a few bytes (0xC3-0xC9).
_LATIN_LEADS = sorted({char.encode()[:1] for char in _LATIN_BASES})
_LONG = 1024  # from about this length a text is searched faster in UTF-8 (`_latin_in_page`)


_REFERENCE = re.compile(r"&(#\d+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);")


def _plain_apostrophes(text: str) -> str:
    """str.translate with a dict is slow on long non-ASCII text; a few replace() calls are not,
    and most names need none (one scan tells)."""
    if not _TO_REPLACE.search(text):
        return text
    for char, replacement in _REPLACEMENTS.items():
        if char in text:
            text = text.replace(char, replacement)
    return text


def plain_latin(text: str) -> str:
    """Latin letters without their diacritics, case kept; one character for one."""
    if text.isascii():
        return text
    # A page has a few distinct ones, if any.
    found = _latin_in_page(text) if len(text) >= _LONG else set(_LATIN_RANGE.findall(text))
    for char in found:
        base = _LATIN_BASES.get(char)
        if base:
            text = text.replace(char, base)
    return text


def _latin_in_page(text: str) -> set[str]:
    """Every character of `text` whose UTF-8 begins with a lead byte of the table's letters (the
    caller looks each up), found with bytes.find (memchr): over a page of Cyrillic text the
    range's pass costs about twice as much as the encoding and these searches; over a name,
    these searches cost more."""
    encoded = text.encode("utf-8", "surrogatepass")
    pairs = set()
    for lead in _LATIN_LEADS:
        at = encoded.find(lead)
        while at >= 0:
            pairs.add(encoded[at : at + 2])
            at = encoded.find(lead, at + 2)
    return {pair.decode() for pair in pairs}


@functools.lru_cache(maxsize=1 << 16)
def fold_key(text: str) -> str:
    """The matching key of a name form: NFC, lower case, plain apostrophes, е for ё, Latin
    letters without diacritics. (Lower case and the diacritics' removal commute, letter by
    letter: so the index, which needs both keys of each form, folds each form once.)"""
    return case_key(text).lower()


@functools.lru_cache(maxsize=1 << 16)
def mark_key(text: str) -> str:
    """Like fold_key but keeping the diacritics: Šałaprakuk and Salaprakuk differ."""
    return _plain_apostrophes(unicodedata.normalize("NFC", text)).lower()


@functools.lru_cache(maxsize=1 << 16)
def case_key(text: str) -> str:
    """Like fold_key but keeping case, to check how a match was capitalised."""
    if text.isascii() and text.isalpha():  # most romanized forms: nothing to compose or replace
        return text
    return plain_latin(_plain_apostrophes(unicodedata.normalize("NFC", text)))


def starts_lower(text: str) -> bool:
    """Whether `text` starts with a lower-case letter; Georgian, which Unicode gives capitals
    that running text never uses, counts as having no case."""
    first = text[:1]
    return first.islower() and not "\u10d0" <= first <= "\u10ff"


def is_regex_word_char(char: str) -> bool:
    """What a regular expression's `\\w` matches (`is_word_char` takes marks too)."""
    return char.isalnum() or char == "_"


def is_word_char(char: str) -> bool:
    """Letters, digits and combining marks continue a word in every script."""
    if char.isalnum():
        return True
    return char >= "\u0300" and unicodedata.category(char).startswith("M")


class _Shifts:
    """Folded index -> original index when only character references changed the length."""

    def __init__(self, positions: list[int], extra: list[int]) -> None:
        self.positions, self.extra = positions, extra  # extra[k]: length saved before positions[k]

    def __getitem__(self, index: int) -> int:
        return index + self.extra[bisect.bisect_left(self.positions, index)]


def fold_with_map(text: str) -> tuple[str, list[int] | _Shifts | None]:
    """Fold `text`; the map gives each folded character's offset in `text` (None: identity)."""
    if unicodedata.is_normalized("NFC", text):
        lowered = text.lower()
        if len(lowered) == len(text):
            if "&" not in text:
                return plain_latin(_plain_apostrophes(lowered)), None
            return _fold_references(text, lowered)
    return _fold_slow(text)


@functools.lru_cache(maxsize=4096)
def _decoded(reference: str) -> str:
    """The folded character a reference stands for; "" if it is not one character."""
    decoded = html.unescape(reference)
    return (fold_key(decoded)[:1] or " ") if len(decoded) == 1 else ""


def _fold_references(text: str, lowered: str) -> tuple[str, _Shifts]:
    """Decode each character reference to one folded character; the rest is sliced as is."""
    pieces, positions, extra = [], [], [0]
    position = length = 0
    for match in _REFERENCE.finditer(text):
        decoded = _decoded(match.group())
        if not decoded:
            continue
        pieces.append(lowered[position : match.start()])
        length += match.start() - position
        pieces.append(decoded)
        length += 1
        positions.append(length - 1)
        extra.append(extra[-1] + len(match.group()) - 1)
        position = match.end()
    pieces.append(lowered[position:])
    return plain_latin(_plain_apostrophes("".join(pieces))), _Shifts(positions, extra)


def _fold_slow(text: str) -> tuple[str, list[int]]:
    """Fold cluster by cluster; a cluster NFC does not compose to one character (Devanagari,
    Arabic with harakat) keeps all its characters, as the name keys do."""
    chars: list[str] = []
    offsets: list[int] = []
    for start, piece in _clusters(text):
        folded = fold_key(piece) or " "
        chars.append(folded)
        last = start + len(piece) - 1
        offsets.extend(min(start + number, last) for number in range(len(folded)))
    offsets.append(len(text))
    return "".join(chars), offsets


def _clusters(text: str):
    """Yield (offset, piece): one decoded reference, or a base character with its marks."""
    index = 0
    length = len(text)
    while index < length:
        if text[index] == "&":
            match = _REFERENCE.match(text, index)
            if match:
                decoded = html.unescape(match.group())
                if len(decoded) == 1:
                    yield index, decoded
                    index = match.end()
                    continue
        end = index + 1
        while end < length and unicodedata.combining(text[end]):
            end += 1
        yield index, text[index:end]
        index = end


def visible(text: str) -> str:
    """The text a reader sees for an HTML text segment."""
    return html.unescape(text)


def primary_language(tag: str) -> str:
    """A language tag's language, as the packs name it: "be-Latn" and "pt_BR" -> "be", "pt"."""
    return tag.replace("_", "-").partition("-")[0].lower()


class Folded:
    """A fragment folded for matching, with the map back to the original, and the grammars
    whose case forms its page reads (None: any, the page's language not known)."""

    def __init__(self, html: str, cases: frozenset[str] | None = None) -> None:
        self.html, self.cases = html, cases
        self.text, self.offsets = fold_with_map(html)

    def at(self, index: int) -> int:
        return index if self.offsets is None else self.offsets[index]

    def original(self, start: int, stop: int) -> str:
        return visible(self.html[self.at(start) : self.at(stop)])

    def folded_at(self, offset: int) -> int:
        """The folded index of an offset in the original (the inverse of `at`)."""
        if self.offsets is None:
            return offset
        return bisect.bisect_left(range(len(self.text) + 1), offset, key=self.at)
