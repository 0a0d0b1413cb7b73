"""Find who is mentioned where: one automaton pass over a folded fragment and one lookup of
its capitalised words' spelling keys, then the rules (word boundaries, capitalisation,
leftmost-longest; the word before a surname is `resolve`'s)."""

from __future__ import annotations

import re
from collections.abc import Container, Iterator

from .after import generation_after, given_after, joined, joined_to_a_name
from .candidate import Candidate
from .endings import by_ending, read_here
from .index import Entry, Index
from .names import FULL, PLURAL, SURNAME, in_cyrillic
from .resolve import double_name, plural, quiet_before, resolve
from .spelling import (
    ARABIC_LETTERS,
    INDIC_BLOCKS,
    consonants,
    other_press_keys,
    reduced,
    script_key,
    spelling_key,
    uncased,
)
from .text import Folded, case_key, fold_key, is_regex_word_char, is_word_char, starts_lower

_UPPER = "".join(char for char in map(chr, range(0x41, 0x557)) if char.isupper())
# A capitalised word of four letters or more (marks of a decomposed page included), and any word
# of a script with no capitals: Georgian, Arabic (with Persian's and Kazakh's letters),
# Devanagari and Bengali, whose vowel signs are no \w but still inside a word.
_UNCASED = f"\u10d0-\u10fa{ARABIC_LETTERS}\u0905-\u0939\u0985-\u09b9"  # Indian: no vowel signs
CAPITALISED = re.compile(
    rf"[{_UPPER}{_UNCASED}](?<![\w&#{INDIC_BLOCKS}].)[\w\u0300-\u036f{INDIC_BLOCKS}]{{3,}}"
)

__all__ = ["Candidate", "Folded", "candidates", "chosen", "matches", "settle"]


def on_boundaries(folded: str, start: int, stop: int) -> bool:
    before = folded[start - 1] if start else " "
    after = folded[stop] if stop < len(folded) else " "
    return not is_word_char(before) and not is_word_char(after)


def capitalised_as(text: str, form: str, alone: bool) -> bool:
    """Same spelling up to the case of word starts, or ALL CAPS; a lone surname needs a capital,
    and so does a form shorter than three letters ("An" is a name, "an" a word)."""
    if _short_without_capital(text, form):
        return False
    if text == form or (text.isupper() and len(text) > 1):
        return True
    words, expected = re.split(r"([ -])", text), re.split(r"([ -])", form)
    if len(words) != len(expected):
        return False
    if alone and starts_lower(words[0]):
        return False  # "путина" is a word; "Путина" is the name (Georgian has no capitals)
    return all(
        w[1:] == e[1:] and w[:1].lower() == e[:1].lower()
        for w, e in zip(words, expected, strict=True)
    )


def candidates(folded: Folded, index: Index) -> list[Candidate]:
    """Leftmost-longest matches with an acceptable capitalisation, each resolved to a person."""
    return list(chosen(matches(folded, index), folded, index))


def matches(folded: Folded, index: Index) -> list[tuple[int, int, Entry]]:
    """Every match with an acceptable capitalisation, in order: (folded start, stop, entry).

    The automaton's own leftmost-longest scan runs in compiled code; only where its match fails
    a rule (a word goes on, a wrong capital) are the other matches that begin inside it tried.
    """
    found, entries, text, cases = [], index.entries, folded.text, folded.cases
    exact = folded.html if folded.offsets is None else None  # original and folded offsets agree
    size, inside = len(text), False  # inside: a match was taken from inside a rejected one
    for number, start, stop in index.automaton.longest(text):
        entry = entries[number]
        spelt = exact[start:stop] if exact is not None else None
        if entry.langs is not None and cases is not None and entry.langs.isdisjoint(cases):
            # `_in_page_language`, inline: a case form of another language's grammar ("Putins"
            # in English); a match inside a word of one would only end inside it
            if " " not in entry.form and "-" not in entry.form:
                continue
            ok = False
        elif (
            spelt is not None
            and (spelt == (form := entry.form) or case_key(spelt) == form)
            and (len(form) > 2 or form[:1].isupper())  # `_spelt_as_form`, inline: most matches
        ):
            before = text[start - 1] if start else " "
            after = text[stop] if stop < size else " "
            if before.isalnum() or after.isalnum():
                ok = False
            else:  # a combining mark also continues a word
                ok = (before < "\u0300" and after < "\u0300") or on_boundaries(text, start, stop)
        else:
            ok = _acceptable(folded, index, number, start, stop)
        if ok:
            found.append((start, stop, entry))
        else:
            others = _begun_inside(folded, index, start, stop)
            inside = inside or bool(others)
            found.extend(others)
    spelled = _spelled(folded, index)
    if spelled or inside:  # the automaton's matches come in order and never overlap
        found.extend(spelled)
        found.sort(key=lambda match: (match[0], -match[1]))
    return found


def chosen(
    found: list[tuple[int, int, Entry]], folded: Folded, index: Index, done: Container[str] = ()
) -> Iterator[Candidate]:
    """The leftmost-longest of the matches (in order), each given its person; an owned full
    name or quiet surname with no family word after it ("Sr", "младший": most matches) without
    `resolve`, which would say the same.

    Such a match of a person in `done` is left out: the caller has nothing left to do for that
    person (most mentions repeat someone linked already). `done` may grow between two
    candidates; the caller adds each person it finishes with.
    """
    last, at, text = 0, folded.at, folded.text
    starts = index.generations_by_start  # by first two letters: after most names, none
    html = folded.html if folded.offsets is None else None  # offsets in both agree
    for start, stop, entry in found:
        if start < last:
            continue
        kind, person = entry.kind, entry.persons[0]
        if text[start - 1 : start] == "-" and (
            name := joined_to_a_name(folded, start, stop, index)
        ):
            # "Ivanova-Lukashenko", "Jean-Pierre Dupont"; "the Medvedev-Lukashenko spat"
            yield joined(name, stop, entry, folded, double_name(folded, name, index))
        elif kind == PLURAL:
            yield from plural(start, stop, entry, folded, index, last)
        elif (
            not entry.owned
            or (
                (text[stop + 1 : stop + 3] in starts or text[stop : stop + 1] == "-")
                and generation_after(text, stop, index)
            )
            or (
                kind == SURNAME
                # a tag after it, or a space and no small letter (after most surnames, one),
                # or a comma and a capital ("LUKASHENKO, Viktor Aleksandrovich")
                and (
                    text[stop : stop + 1] == "<"
                    or (
                        text[stop : stop + 1] == " "
                        and (html is None or not html[stop + 1 : stop + 2].islower())
                    )
                    or (
                        text[stop : stop + 2] == ", "
                        and (html is None or html[stop + 2 : stop + 3].isupper())
                    )
                )
                and given_after(folded, stop, index)
            )
        ):
            yield resolve(start, stop, entry, folded, index)
        elif kind == FULL:
            if person not in done:
                yield Candidate(at(start), at(stop), person)
        elif quiet_before(folded, start, index, person):
            if person not in done:
                yield Candidate(at(start), at(stop), person, pending=(start, stop, entry))
        else:
            yield resolve(start, stop, entry, folded, index)
        last = stop


def settle(candidate: Candidate, folded: Folded, index: Index) -> Candidate:
    """A pending candidate resolved: its person's given name before it may join the link."""
    start, stop, entry = candidate.pending
    return resolve(start, stop, entry, folded, index)


def _spelt_as_form(spelt: str, form: str) -> bool:
    """`_acceptable`'s answer, but for the boundaries, for a match spelt as its form (most are),
    or as its form up to the diacritics folding drops (Kułaphorienka for Kulaphorienka): one
    comparison or a cached key, not a fold. A form under three letters still needs a capital."""
    return (spelt == form or case_key(spelt) == form) and not _short_without_capital(form, form)


def _in_page_language(entry: Entry, folded: Folded) -> bool:
    """Whether an entry links on the fragment's page: a case form only some languages' grammar
    makes links on their pages (and where the page's language is not known)."""
    return entry.langs is None or folded.cases is None or not entry.langs.isdisjoint(folded.cases)


def _short_without_capital(text: str, form: str) -> bool:
    """A form under three letters matched by text without a capital: "an" is a word."""
    return len(form) < 3 and not text[:1].isupper()


def _acceptable(folded: Folded, index: Index, number: int, start: int, stop: int) -> bool:
    entry = index.entries[number]
    if not on_boundaries(folded.text, start, stop) or not _in_page_language(entry, folded):
        return False
    if folded.offsets is None and _spelt_as_form(folded.html[start:stop], entry.form):
        return True  # the common case, decided without folding
    original = case_key(folded.original(start, stop))
    return capitalised_as(original, entry.form, alone=entry.kind != FULL)


def _spelled(folded: Folded, index: Index) -> list[tuple]:
    """Capitalised words whose spelling key is a person's surname's: a spelling no rule
    generated, or a mixture of two systems ("Byaljatski"). Each distinct word of the fragment
    is looked up once (and once per build): a hash lookup, not a loop over people."""
    found = []
    if not index.loose:
        return found
    # Most words were seen before and are nobody's: a set difference drops them in C.
    for word in set(CAPITALISED.findall(folded.html)) - index.no_words:
        number = index.words.get(word)
        if number is None:
            number = _loose_entry(word, index)
            if number < 0:
                index.no_words.add(word)
                continue
            index.words[word] = number
        if not _in_page_language(index.entries[number], folded):
            continue
        for begin in _whole_words(folded.html, word):
            start, stop = folded.folded_at(begin), folded.folded_at(begin + len(word))
            if on_boundaries(folded.text, start, stop):
                found.append((start, stop, index.entries[number]))
    return found


def _whole_words(html: str, word: str) -> Iterator[int]:
    """Where `word` stands as a whole word in `html`, as CAPITALISED found it: str.find, not a
    pattern compiled per word (most such words are distinct, and re's cache would churn)."""
    begin, size, end = html.find(word), len(word), len(html)
    while begin >= 0:
        before = html[begin - 1] if begin else " "
        after = html[begin + size] if begin + size < end else " "
        if not is_regex_word_char(before) and not (
            is_regex_word_char(after) or "\u0300" <= after <= "\u036f"
        ):
            yield begin
        begin = html.find(word, begin + 1)


def _loose_entry(word: str, index: Index) -> int:
    """The entry a capitalised word stands for by its spelling key, or -1."""
    if not index.loose:
        return -1
    if word[0] >= "\u0621" and uncased(word):
        return _uncased_entry(word, index)
    if not (word[1:].islower() or word.isupper()):
        return -1
    key = fold_key(word)
    if key in index.known_given:
        return -1  # a given name
    number = index.automaton.number(key)
    if number is None:
        spelled = spelling_key(word)
        number = index.loose.get(spelled, -1)
        if index.loose_cyrillic and spelled in index.loose_cyrillic and in_cyrillic(word):
            number = index.loose_cyrillic[spelled]
        elif number < 0:  # Dutch "Loekasjenko", Catalan "Lukaixenko", Hungarian "Putyin"
            for other in other_press_keys(word):
                number = index.loose.get(other, -1)
                if number >= 0:
                    break
    elif read_here(index.entries[number], index):
        return -1  # the word itself is a form here, which linked or was refused
    if number >= 0 and not read_here(index.entries[number], index):
        # another language's case ("Blinkena", "Blinkenovi": Czech): this page's endings may
        # read it as the name's ("Blinkenowi", Polish)
        number = -1
    return number if number >= 0 else next(by_ending(word, index), -1)


def _uncased_entry(word: str, index: Index) -> int:
    """The entry a word in Arabic script, Devanagari or Bengali stands for, or -1: by its
    `reduced` key, or by its consonants (five or more: the Persian لوکاشنکو), the word as it
    stands or without an Arabic prefix joined to it (و and, ب with, ل to, ف so, ال the)."""
    by_reduced, by_consonants, given = index.uncased_maps()
    for stem in (word, word[1:] if word[0] in "وبلف" else "", word[2:] if word[:2] == "ال" else ""):
        if len(stem) < 3:
            continue
        key = reduced(script_key(stem))
        if key in given:
            return -1  # a given name
        number = by_reduced.get(key, by_consonants.get(consonants(key), -1))
        if number >= 0:
            return number
    return -1


def _begun_inside(folded: Folded, index: Index, start: int, stop: int) -> list[tuple]:
    """Acceptable matches that begin inside a rejected longest one, even if they end after it: in
    "Энтони Блинкеном" the typed full name "Энтони Блинкен" is rejected (a word goes on), and the
    surname's instrumental case begins inside it."""
    inside = []
    for number, begin, end in index.automaton.starting_in(folded.text, start, stop):
        if (begin, end) != (start, stop) and _acceptable(folded, index, number, begin, end):
            inside.append((begin, end, index.entries[number]))
    return inside
