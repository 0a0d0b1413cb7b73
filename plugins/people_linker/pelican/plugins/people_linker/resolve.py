"""Who a surname belongs to, from the words before it: the person's own given name joins the
link; another given name, an initial, or an unknown capitalised word inside a sentence means
another person (a namesake) and leaves it unlinked, with the reason for the report."""

from __future__ import annotations

import re

from . import inflect
from .after import (
    INLINE,
    PATRONYMIC,
    SON_OR_DAUGHTER,
    generation_after,
    given_after,
)
from .candidate import (
    AFTER_PLACE,
    DIFFERENT_GIVEN,
    DIFFERENT_INITIAL,
    FOLLOWED_BY,
    MISSPELT_GIVEN,
    PRECEDED_BY,
    Candidate,
    unlinked,
)
from .endings import another_by_ending
from .index import Entry, Index
from .names import SURNAME, in_cyrillic
from .sentences import ABBREVIATIONS
from .spelling import (
    INDIC_BLOCKS,
    INDIC_WORD,
    consonants,
    nominative_keys,
    other_press_keys,
    reduced,
    script_key,
    spelling_key,
    uncased,
)
from .text import Folded, is_regex_word_char, mark_key, starts_lower

# (Devanagari's and Bengali's vowel signs are no \w, but inside a word)
PREVIOUS_WORD = re.compile(rf"([\w{INDIC_BLOCKS}]+)(\.?) +$")
# A word behind inline tags before a surname ("<strong>Elçin</strong> Çələbiyev" still blocks),
# and a word before spaces and inline tags.
INLINE_TAGS_BEFORE = re.compile(rf"(\w+)(?:\s*</?(?:{INLINE})\b[^<>]*>\s*)+$")
WORD_BACK = re.compile(rf"(\w+)(?:\s|</?(?:{INLINE})\b[^<>]*>)+$")
# What may end a sentence (or open a block) before its first word, after quotes and brackets.
SENTENCE_BREAK = set(".!?…>:")
OPENERS = " \"'“”„«»‹›([¡¿—–-"
BLOCK_TAG = re.compile(
    r"<\s*/?\s*(?:p|li|ul|ol|div|br|td|th|tr|h[1-6]|blockquote|dd|dt|dl|figcaption|section"
    r"|article|header|footer|body|table|hr)\b[^<>]*>$"
)


def resolve(start: int, stop: int, entry: Entry, folded: Folded, index: Index) -> Candidate:
    """Pick the person for a match; a surname alone looks at the word before it."""
    persons, person = entry.persons, entry.persons[0] if entry.alone else None
    if entry.marked:  # the diacritics the page kept tell the people apart
        person = dict(entry.marked).get(mark_key(folded.original(start, stop)), person)
        persons = (person,) if person else persons
    if folded.offsets is None:
        alone = Candidate(start, stop, person)
    else:
        alone = Candidate(folded.offsets[start], folded.offsets[stop], person)
    if person is None:
        alone.reason = "ambiguous form"
    generation = generation_after(folded.text, stop, index)
    if generation:  # "Mr Blinken Sr", "Лукашенко-младший": another of the family
        shown = folded.original(stop + 1, stop + 1 + len(generation))
        blocked = unlinked(alone, entry, f"{FOLLOWED_BY} {shown!r}")
        if entry.kind == SURNAME:
            blocked.given = _relatives_given(folded, start, stop, entry, index)
        return blocked
    if entry.kind != SURNAME:
        return alone
    before = _previous_word(folded.text, start)  # read once: the kin noun's, then the rules'
    if index.kin and _after_kin(folded, start, stop, before, entry, index):
        # "о сыне Лукашенко", "сын Лукашенко Николай": the son's; the surname is the parent's,
        # whoever else of the family the page names (and names the parent, as a full name does)
        return alone
    following = given_after(folded, stop, index)
    if following:  # surname first: the given name after it says whose it is
        owners = [p for p in persons if following[0] in index.given.get(p, ())]
        if len(owners) == 1:
            return Candidate(alone.start, alone.stop, owners[0])  # certain, as a full name
        if not owners:
            own = before and _own_given(folded, before, persons, index, spelt=True)
            if own:  # "жонка Алеся Бяляцкага Наталля Пінчук": his full name, then hers
                return Candidate(folded.at(before.start(1)), alone.stop, own)
            shown = folded.original(following.start(), following.end())
            blocked = unlinked(alone, entry, f"{FOLLOWED_BY} {shown!r}")
            blocked.given = following[0]  # "Кучынскі Дзяніс": Dzianis, a namesake
            return blocked
    if person is not None and index.endings and index.read is not None:
        # on a page in a known language: Slovene "Tihanovski" is his name and her dative; a
        # given name may still say whose
        other = another_by_ending(folded.original(start, stop), person, index)
        if other:
            persons = (person, other)
            alone = Candidate(alone.start, alone.stop, None, "ambiguous form")
    alone.bare = True
    if entry.common and (
        _opens(folded.text, start, index.titles) or _all_caps(folded, start, stop)
    ):
        return unlinked(alone, entry, "common word at the start of a sentence")
    if entry.common and _after_idiom(folded.text, start, index):
        return unlinked(alone, entry, "common word in a phrase")  # "дед Мороз"
    if not before:
        glossed, own = _glossed(folded, start, persons, index)
        if own:  # "Antony (Tony) Blinken": the person's own given name, nicknamed
            return Candidate(folded.at(glossed.start(1)), alone.stop, own)
        if glossed:  # "Mikołaja (po białorusku – Mikałaj) Łukaszenkę": the son
            return _preceded(alone, entry, folded, glossed)
        return _through_tags(alone, entry, folded, start, stop, index)
    word = before.group(1)
    initial = _initial(folded, before, index)
    if before.group(2) and len(word) > 1 and word not in index.titles and not initial:
        return alone  # "... Dzianis Kuchynski. Kastusiou said": a new sentence
    if initial:
        earlier = _previous_word(folded.text, before.start(1))
        middle = earlier and _own_given(folded, earlier, persons, index)
        if middle:  # "Aleksandr G. Lukashenko": a middle initial after the person's given name
            return Candidate(folded.at(earlier.start(1)), alone.stop, middle)
        initial = (earlier and _initial(folded, earlier, index)) or initial  # "Д. П.": Д.
        owners = [p for p in persons if _has_initial(p, initial, index)]
        if not owners:
            return unlinked(alone, entry, DIFFERENT_INITIAL)
        return Candidate(alone.start, alone.stop, *_one(owners, DIFFERENT_INITIAL))
    if word in index.gendered:  # "Mrs Kuchynski" for Pavel: his wife, mother or daughter
        return _titled(alone, entry, persons, folded, before, index)
    if word in index.generations_before:  # "младший Лукашенко": his son
        return _preceded(alone, entry, folded, before)
    if word.endswith(PATRONYMIC) and _capitalised(folded, before):
        before = _previous_word(folded.text, before.start(1)) or before  # Аляксандр Рыгоравіч
        word = before.group(1)
    elif word in SON_OR_DAUGHTER:  # "Elçin Vaqif oğlu Çələbiyev": two words further back
        father = WORD_BACK.search(folded.text, max(0, before.start(1) - 120), before.start(1))
        own = father and WORD_BACK.search(folded.text, max(0, father.start() - 120), father.start())
        before = own or before
        word = before.group(1)
    given = index.given
    owners = [p for p in persons if word in given.get(p, ())]
    if not owners:  # the person's given name in another system or a mixture
        shown = folded.original(before.start(1), before.end(1))
        owners = [p for p in persons if _named_by(shown, p, index)]
        if not owners:
            relative = _relative(folded, start, stop, word, shown, index) or next(
                (p for p in index.family.get(persons[0], ()) if _named_by(shown, p, index)), None
            )  # "Svetlana Tikhanovskí": her given name, his form of their surname
            if relative:
                return Candidate(folded.at(before.start(1)), alone.stop, relative)
            middle = _middle_name(alone, folded, before, persons, index)
            if middle is not None:
                return middle
            return _unknown_before(alone, entry, folded, before, shown, start, stop, index)
    if len(owners) == 1:
        return Candidate(folded.at(before.start(1)), alone.stop, owners[0])
    return alone


def _after_kin(
    folded: Folded, start: int, stop: int, before: re.Match | None, entry: Entry, index: Index
) -> bool:
    """Whether a surname follows a noun of kinship ("сыне Лукашенко", "Сын Тихановского"), a
    word of its own ("Лукашенко-сын Lukashenko" is no kin noun before the second), in a form
    that is no nominative: "его дочь Костусева", "сын Костусев" are the daughter and the son;
    in Latin letters, a case form ("synem Łukaszenki"; "syn Łukaszenka" is the son)."""
    if inflect.surname_gender(folded.text[start:stop]):
        return False
    if entry.langs is None and not in_cyrillic(entry.form):
        return False
    if before is None or before.group(2) or before.group(1) not in index.kin:
        return False
    return folded.text[before.start(1) - 1 : before.start(1)] not in ("-", "\u2010", "\u2011")


def _own_given(
    folded: Folded, word: re.Match, persons: tuple[str, ...], index: Index, spelt: bool = False
) -> str:
    """The one person whose given name a capitalised word (with no full stop) is, or ""; with
    `spelt`, in any system too ("Syarhey")."""
    if word.group(2) or not _capitalised(folded, word):
        return ""
    owners = [p for p in persons if word.group(1) in index.given.get(p, ())]
    if not owners and spelt:
        shown = folded.original(word.start(1), word.end(1))
        owners = [p for p in persons if _named_by(shown, p, index)]
    return owners[0] if len(owners) == 1 else ""


def _middle_name(
    alone: Candidate, folded: Folded, before: re.Match, persons: tuple[str, ...], index: Index
) -> Candidate | None:
    """A capitalised word no one has as a given name, between the person's own given name and
    the surname, is a middle name ("Antony John Blinken"): the three words link."""
    if before.re is not PREVIOUS_WORD:
        return None  # "Elçin Toğrul oğlu Çələbiyev": the given name was looked for further back
    word = before.group(1)
    if before.group(2) or word in index.known_given or word in index.titles:
        return None
    shown = folded.original(before.start(1), before.end(1))
    if not (shown[:1].isupper() and shown[1:].islower()):
        return None  # "Pavel OSCE Kuchynski": an acronym is no name
    earlier = _previous_word(folded.text, before.start(1))
    owner = earlier and _own_given(folded, earlier, persons, index)
    return Candidate(folded.at(earlier.start(1)), alone.stop, owner) if owner else None


def _titled(
    alone: Candidate,
    entry: Entry,
    persons: tuple[str, ...],
    folded: Folded,
    before: re.Match,
    index: Index,
) -> Candidate:
    """A surname after a title for a woman only or a man only: not the surname of a profile
    whose `Gender:` is the other (a profile without one may be either)."""
    title = index.gendered[before.group(1)]
    owners = [p for p in persons if index.gender.get(p, title) == title]
    if not owners:
        return _preceded(alone, entry, folded, before)
    if alone.person is None and len(owners) == 1 < len(persons):  # a husband and wife
        alone = Candidate(alone.start, alone.stop, owners[0], bare=True)
    return alone


def _preceded(alone: Candidate, entry: Entry, folded: Folded, before: re.Match) -> Candidate:
    """`alone` left unlinked for the word `before` it, as the page shows that word."""
    shown = folded.original(before.start(1), before.end(1))
    return unlinked(alone, entry, f"{PRECEDED_BY} {shown!r}")


def _initial(folded: Folded, before: re.Match, index: Index) -> str:
    """The initial a word before a surname is, folded: a capital and a full stop ("D.", not
    "І", "and"), or a capital and a small letter ("Yu.", "Dz.", "Дз.") that is no title
    ("Mr."); "" if it is none."""
    if not before.group(2):
        return ""
    word = before.group(1)
    shown = folded.original(before.start(1), before.end(1))
    if len(word) == 1:
        return word if shown.isupper() else ""
    one_sound = len(word) == 2 and shown[0].isupper() and shown[1].islower()
    return word if one_sound and word not in index.titles else ""


def _has_initial(person: str, initial: str, index: Index) -> bool:
    if len(initial) == 1:
        return initial in index.initials.get(person, ())
    return any(name.startswith(initial) for name in index.given.get(person, ()))


def _relatives_given(folded: Folded, start: int, stop: int, entry: Entry, index: Index) -> str:
    """The given name before a relative's surname ("Donald" in "the late Donald Blinken Sr"),
    folded, if it is none of the surname's people's own and would block it; else ""."""
    before = _previous_word(folded.text, start)
    if before is None or before.group(2):
        return ""
    word = before.group(1)
    if any(word in index.given.get(person, ()) for person in entry.persons):
        return ""
    shown = folded.original(before.start(1), before.end(1))
    blocks = _another_persons(folded, before.start(1), word, shown, start, stop, index)
    return word if blocks else ""


def _named_by(shown: str, person: str, index: Index) -> bool:
    """Whether a word (as the page shows it) is the person's given name by its spelling key, as
    it stands or put back to the nominative from a case ending (Lithuanian "Aliaksandras")."""
    keys = index.given_keys(person)
    if spelling_key(shown) in keys or not keys.isdisjoint(other_press_keys(shown)):
        return True
    if uncased(shown):  # فلاديمير بوتين, الكسندر لوكاشنكو, व्लादिमीर पुतिन
        read = reduced(script_key(shown))
        own = {reduced(key) for key in keys}
        few = consonants(read)  # the short vowels Arabic does not write
        return read in own or (len(few) >= 5 and few in {consonants(key) for key in own})
    return bool(index.endings) and not keys.isdisjoint(nominative_keys(shown, index.endings))


def _known_uncased(shown: str, index: Index) -> bool:
    """A known given name in Arabic script, Devanagari or Bengali (نيكولاي, निकोलाई: Nikolai),
    of four letters or more: the shorter words are particles (أن, that, reads as Ян)."""
    if not uncased(shown):
        return False
    key = reduced(script_key(shown))
    return len(key) >= 4 and key in index.uncased_maps()[2]


def _known_with_ending(shown: str, index: Index) -> bool:
    """A known given name with a case ending a pack's press gives it (Lithuanian "Viktoras",
    "Nikolajus"): another person's, even at the start of a sentence."""
    if not index.endings:
        return False
    return not index.known_given_keys().isdisjoint(nominative_keys(shown, index.endings))


def _relative(
    folded: Folded, start: int, stop: int, word: str, shown: str, index: Index
) -> str | None:
    """Another person whose surname this is in a case a pack's press gives it, named by their
    own given name before it: Latvian "Sergeja Tihanovska" is his genitive and her nominative."""
    for key in nominative_keys(folded.original(start, stop), index.endings):
        number = index.loose.get(key, -1)
        if number >= 0:
            person = index.entries[number].persons[0]
            if word in index.given.get(person, ()) or _named_by(shown, person, index):
                return person
    return None


def _unknown_before(
    alone: Candidate,
    entry: Entry,
    folded: Folded,
    before: re.Match,
    shown: str,
    start: int,
    stop: int,
    index: Index,
) -> Candidate:
    """A word before the surname that is none of its people's given names: another person's
    given name, an unknown capitalised word (both block), or an ordinary word."""
    word = before.group(1)
    reason = _another_persons(folded, before.start(1), word, shown, start, stop, index)
    if reason.startswith(PRECEDED_BY) and _misspelt_own(shown, entry.persons, index):
        # "Alekdandr Lukaşenko": left unlinked, but no namesake that makes the page unsure
        return unlinked(alone, entry, f"{MISSPELT_GIVEN} {shown!r}")
    if reason:
        blocked = unlinked(alone, entry, reason)
        blocked.given = word
        return blocked
    if shown[:1].isupper() and len(word) > 1 and word not in index.titles:
        alone.opening = word  # capitalised only because it opens the sentence, or an acronym
    return alone


def _misspelt_own(shown: str, persons: tuple[str, ...], index: Index) -> bool:
    """Whether an unknown word before a surname is one letter away from a person's own given
    name, by spelling key (six letters at least): a misspelling more likely than a namesake."""
    key = spelling_key(shown)
    if len(key) < 6:
        return False
    return any(_one_edit(key, own) for person in persons for own in index.given_keys(person))


def _one_edit(one: str, other: str) -> bool:
    """Whether two different strings are one substitution, insertion or deletion apart."""
    if one == other or abs(len(one) - len(other)) > 1:
        return False
    if len(one) > len(other):
        one, other = other, one
    first = next((i for i, (a, b) in enumerate(zip(one, other, strict=False)) if a != b), len(one))
    if len(one) == len(other):
        return one[first + 1 :] == other[first + 1 :]
    return one[first:] == other[first + 1 :]


def _another_persons(
    folded: Folded, begin: int, word: str, shown: str, start: int, stop: int, index: Index
) -> str:
    """Why the word before a surname (at `begin`, as the page shows it) names another person:
    another person's given name, or an unknown capitalised word; "" if it names nobody."""
    if not starts_lower(shown) and (
        word in index.known_given
        or spelling_key(shown) in index.known_given_keys()  # Dzmitry for Dzmitryj, Yurii
        or not index.known_given_keys().isdisjoint(other_press_keys(shown))  # Nyikolaj
        or _known_with_ending(shown, index)
        or _known_uncased(shown, index)
    ):
        return DIFFERENT_GIVEN
    if _another_name(folded, begin, word, start, stop, index):
        place = _a_place(folded, begin, word, index)
        if place:  # "va Ukrainie Łukašenka": a place more likely than a namesake
            return f"{AFTER_PLACE} {place!r}"
        return f"{PRECEDED_BY} {shown!r}"
    return ""


def double_name(folded: Folded, joined: re.Match, index: Index) -> bool:
    """Whether the name `joined` to a surname by a hyphen ("Ivanova-" in "Ivanova-Lukashenko")
    makes a double name, another person's: a known given name right before it, or a capitalised
    word no title inside a sentence ("Anna Ivanova-Lukashenko"). Without one, two surnames are
    paired ("the Medvedev-Lukashenko spat", "Medvedev-Lukashenko talks")."""
    before = _previous_word(folded.text, joined.start(1))
    if before is None or before.group(2) or before.group(1) in index.titles:
        return False
    if not _capitalised(folded, before):
        return False
    shown = folded.original(before.start(1), before.end(1))
    if before.group(1) in index.known_given or spelling_key(shown) in index.known_given_keys():
        return True  # "Anna Ivanova-Lukashenko" opening a sentence too
    return not starts_sentence(folded.text, before.start(1), index.titles)


def _a_place(folded: Folded, begin: int, word: str, index: Index) -> str:
    """The `word` at `begin`, as the page shows it, with the preposition of place before it
    ("va Ukrainie"), or alone if it ends as a place's case does in a language with no such
    preposition (Armenian "Սոչիում", in Sochi): the pack's `places_before`; else ""."""
    if not index.places_before:
        return ""
    if any(
        place[0] == "-" and word.endswith(place[1:]) and len(word) > len(place) + 1
        for place in index.places_before
    ):
        return folded.original(begin, begin + len(word))
    before = _previous_word(folded.text, begin)
    if before is None or before.group(2) or before.group(1) not in index.places_before:
        return ""
    shown = folded.original(before.start(1), begin + len(word))
    return shown if shown[:1].islower() else ""


AND = re.compile(r"(\w+) +(?:и|і|й|та|and|und|i|a|ir|və|და) +$")


def plural(
    start: int, stop: int, entry: Entry, folded: Folded, index: Index, last: int
) -> list[Candidate]:
    """A plural surname after a given name links with it ("Светлану Тихановских"), and a given
    name of the same family before "и"/"and" links alone ("Сергея и ...").

    After another person's given name it names a namesake ("Владимир и Людмила Путины": his
    wife), so the surname alone is unsure on that page; the person's own given name before
    "и" still links."""
    before = _previous_word(folded.text, start)
    word = before.group(1) if before else ""
    owners = [p for p in entry.persons if word in index.given.get(p, ())]
    alone = Candidate(folded.at(start), folded.at(stop), None, "plural surname")
    if len(owners) == 1:
        found = [Candidate(folded.at(before.start(1)), folded.at(stop), owners[0])]
    elif len(entry.persons) == 1 and before and not before.group(2):
        begin = before.start(1)
        shown = folded.original(begin, before.end(1))
        reason = _another_persons(folded, begin, word, shown, start, stop, index)
        if not reason:
            return [alone]
        blocked = unlinked(Candidate(folded.at(begin), alone.stop, None), entry, reason)
        blocked.given = word  # the namesake's given name, as for a surname it blocks
        found = [blocked]
    else:
        return [alone]
    pair = AND.search(folded.text, max(last, before.start(1) - 40), before.start(1))
    if pair:
        other = [p for p in entry.persons if pair.group(1) in index.given.get(p, ())]
        if len(other) == 1 and other != owners:
            found.insert(0, Candidate(folded.at(pair.start(1)), folded.at(pair.end(1)), other[0]))
    return found


# A name, a gloss of it or a nickname in brackets or quotes, and the spaces before a surname:
# "Mikołaja (Mikałaj) ", "Nikolai ”Kolja” ".
GLOSSED = re.compile(r"(\w+) +[(\"“”„«'][^()<>\"“”„«»]*?(\w+)[)\"“”»'] +$")
_GLOSS_ENDS = frozenset(")\"“”»'")


def _glossed(
    folded: Folded, start: int, persons: tuple[str, ...], index: Index
) -> tuple[re.Match | None, str | None]:
    """A capitalised word, then in brackets or quotes a gloss or nickname ending in a capitalised
    word, right before a surname, the word no title, and whose given name the word is: one of
    the persons' ("Antony (Tony) Blinken"), or None, another's, spelt twice or nicknamed
    ("Mikołaja (po białorusku – Mikałaj) Łukaszenkę", "Nikolai ”Kolja” Lukashenka", "Viktor
    (son of Alexander) Lukashenko"). (None, None) otherwise, or when it could be more than one
    person's (most brackets are a date or a party: "(2022)", "(BPF)")."""
    if (
        folded.text[start - 1 : start] != " "
        or folded.text[start - 2 : start - 1] not in _GLOSS_ENDS
    ):
        return None, None
    found = GLOSSED.search(folded.text, max(0, start - 80), start)
    if found is None or found[1] in index.titles or not _capitalised(folded, found):
        return None, None
    if not folded.original(found.start(2), found.end(2))[:1].isupper():
        return None, None
    own = [p for p in persons if _glossed_own(folded, found, 1, p, index)]
    if own:  # the person's given name, then the same or a nickname no one else's
        if len(own) > 1 or (
            found[2] in index.known_given and not _glossed_own(folded, found, 2, own[0], index)
        ):
            return None, None
        return found, own[0]
    if any(_glossed_own(folded, found, 2, p, index) for p in persons):
        # "Utan (Rysslands Vladimir) Putin": the gloss is the person's; a known given name
        # before it is still another's ("Viktor (son of Alexander) Lukashenko")
        return (found, None) if found[1] in index.known_given else (None, None)
    return found, None


def _glossed_own(folded: Folded, found: re.Match, word: int, person: str, index: Index) -> bool:
    shown = folded.original(found.start(word), found.end(word))
    return found[word] in index.given.get(person, ()) or _named_by(shown, person, index)


def _capitalised(folded: Folded, before: re.Match) -> bool:
    return folded.original(before.start(1), before.end(1))[:1].isupper()


def _all_caps(folded: Folded, start: int, stop: int) -> bool:
    shown = folded.original(start, stop)
    return shown.isupper() and len(shown) > 1


def _another_name(
    folded: Folded, begin: int, word: str, start: int, stop: int, index: Index
) -> bool:
    """An unknown capitalised word right before a surname, inside a sentence (or opening one,
    before a noun of kinship in apposition), that is no title or role word and no acronym:
    probably another person's given name ("Elçin Çələbiyev")."""
    shown = folded.original(begin, begin + len(word))
    if len(word) < 2 or not shown[:1].isupper() or word in index.titles:
        return False
    if shown.isupper() and not _all_caps(folded, start, stop):
        return False  # "OSCE", "UN": an acronym before a name in ordinary case
    if starts_sentence(folded.text, begin, index.titles):
        return _kin_in_apposition(folded.text, stop, index)
    return True


# A word set off by a comma after a name, after an article or possessive: "..., grandfather of"
APPOSITION = re.compile(r", +(?:(?:the|a|an|his|her|their|its) +)?(\w+)")


def _kin_in_apposition(text: str, stop: int, index: Index) -> bool:
    """Whether a noun of kinship follows the name ending at `stop`, set off by a comma:
    "Trokhym Lukashenko, grandfather of Lukashenko, ..." is a relative, even where an unknown
    word opening a sentence would otherwise be an ordinary one ("Meanwhile Lukashenko")."""
    found = APPOSITION.match(text, stop)
    return found is not None and found[1] in index.kin


def _through_tags(
    alone: Candidate, entry: Entry, folded: Folded, start: int, stop: int, index: Index
) -> Candidate:
    """A word before the surname behind inline tags never joins the link, but may block it."""
    window = folded.text[max(0, start - 80) : start]
    if not window.rstrip().endswith(">"):
        return alone
    found = INLINE_TAGS_BEFORE.search(window)
    if not found:
        return alone
    begin = start - len(window) + found.start(1)
    word = found.group(1)
    shown = folded.original(begin, begin + len(word))
    if alone.person and (
        word in index.given.get(alone.person, ()) or _named_by(shown, alone.person, index)
    ):
        alone.bare = False  # its own given name, behind a tag: certain even beside a namesake
        return alone
    reason = _another_persons(folded, begin, word, shown, start, stop, index)
    if not reason:
        return alone
    blocked = unlinked(alone, entry, reason)
    blocked.given = word  # the namesake's, as `_unknown_before` records it
    return blocked


OPENING_QUOTES = set('«„“"‘‹')
INLINE_TAG_BEFORE = re.compile(rf"</?(?:{INLINE})\b[^<>]*>\s*$", re.IGNORECASE)


def _opens(text: str, start: int, titles: set[str]) -> bool:
    """Whether a word at `start` opens a sentence, a quotation ("«Мороз и солнце»") or a
    paragraph behind inline tags ("<p><strong>Мороз</strong>"): a common word there is a word."""
    position = start
    while text[position - 1 : position] == ">":
        tag = INLINE_TAG_BEFORE.search(text, max(0, position - 200), position)
        if tag is None:
            break
        position = tag.start()
    if text[position - 1 : position] in OPENING_QUOTES:
        return True
    return starts_sentence(text, position, titles)


def _after_idiom(text: str, start: int, index: Index) -> bool:
    """Whether the word before a common-word surname makes it a phrase ("дед Мороз")."""
    before = _previous_word(text, start)
    return before is not None and not before.group(2) and before.group(1) in index.idioms


def starts_sentence(text: str, start: int, titles: set[str] = frozenset()) -> bool:
    """Whether a word at `start` opens a sentence, a paragraph or the fragment; a full stop
    after an initial or a title ("Mr.") ends no sentence, nor does an inline tag."""
    position = start - 1
    while position >= 0 and text[position] in OPENERS:
        position -= 1
    if position < 0:
        return True
    if text[position] == ">":
        tag = BLOCK_TAG.search(text, max(0, position - 200), position + 1)
        return tag is not None
    if text[position] == ".":
        word = re.search(r"(\w+)$", text[max(0, position - 30) : position])
        return not word or (len(word.group(1)) > 1 and not _abbreviated(word.group(1), titles))
    return text[position] in SENTENCE_BREAK


# Titles written short with a full stop, which ends no sentence ("Gen. Kuchynski"); after a
# title written in full, or a verb the packs list ("said. Later ..."), a full stop ends one.
ABBREVIATED_TITLES = ABBREVIATIONS | {"capt", "maj", "gov", "sen", "rep", "rev", "hon", "mx"}


def _abbreviated(word: str, titles: set[str]) -> bool:
    return word in titles and word in ABBREVIATED_TITLES


_UNSURE_AFTER = _GLOSS_ENDS | {">"}


def quiet_before(folded: Folded, start: int, index: Index, person: str) -> bool:
    """Whether what comes before a surname at `start` (the person's alone) can neither block it
    nor give it to someone else: nothing or punctuation, a lower-case word, a word ending a
    sentence, or the person's own given name as the index has it.

    It answers as `resolve` would, from a few characters, and says False when unsure; then a
    repeat of someone the page has linked already needs no further look (most mentions are).
    """
    text = folded.text
    last = start - 1
    if last < 0:
        return True
    if text[last] != " ":
        return text[last] != ">" and not text[last].isspace()  # a tag before may hold a name
    window = max(0, start - 40)
    while last >= window and text[last] == " ":
        last -= 1
    if last < window:
        return False
    full_stop = text[last] == "."
    if full_stop:
        last -= 1
    if last < window or not is_regex_word_char(text[last]):
        # "group, X"; not after a tag (it may hold a name), nor a bracket or quote (it may
        # gloss one, or hold a nickname)
        return not full_stop and text[last] not in _UNSURE_AFTER and not text[last].isspace()
    begin = max(text.rfind(" ", window, last) + 1, window)
    word = text[begin : last + 1]
    if not word.isalnum():
        return False  # "(Ales", "x_y": unsure where `\\w+` would begin
    if full_stop:  # "... for hours. Kastusiou said": an initial or a title may be a name's
        return last > begin and word not in index.titles
    if word in index.given.get(person, ()):
        return not word.endswith(PATRONYMIC)  # the given name joins the link
    if word in SON_OR_DAUGHTER:
        return False  # "Elçin Vaqif oğlu Çələbiyev": the given name is further back
    if word in index.gendered or word in index.generations_before:
        return False  # "госпожа Лукашенко", "младший Лукашенко": `resolve` says whose
    return starts_lower(folded.html[folded.at(begin)])  # "&" (a reference) is not: unsure


def _previous_word(text: str, start: int) -> re.Match | None:
    """The word (and full stop) before `start`, within 40 characters; one anchored try first,
    since a search for a pattern ending in `$` tries every position of the window."""
    if not start or text[start - 1] != " ":
        return None  # no space right before: nothing `PREVIOUS_WORD` could match
    window = max(0, start - 40)
    end = window + len(text[window:start].rstrip(" "))  # where the spaces before `start` begin
    if end == window or not _ends_word(text, end - 1, window):
        return None  # "said, Bialiatski": no word (or word and full stop) before the spaces
    begin = text.rfind(" ", window, end) + 1 or window
    found = PREVIOUS_WORD.match(text, begin, start)
    return found or PREVIOUS_WORD.search(text, window, start)


def _ends_word(text: str, last: int, window: int) -> bool:
    """Whether `text[last]` can end `PREVIOUS_WORD`'s word and full stop: a word character
    (as `\\w` has it), or a full stop after one."""
    char = text[last]
    if char == "." and last > window:
        char = text[last - 1]
    return is_regex_word_char(char) or INDIC_WORD.match(char) is not None


def _one(owners: list[str], reason: str) -> tuple[str | None, str]:
    return (owners[0], "") if len(owners) == 1 else (None, reason)
