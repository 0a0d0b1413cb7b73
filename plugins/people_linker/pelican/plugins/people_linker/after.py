"""What comes right after a surname (or a hyphen before it) and says whose it is: a family word
("Blinken Sr", "Лукашенко-младший", "Лукашенко-сын"), a given name written after the surname
("Кучынскі Дзяніс Паўлавіч" in a list), or another name joined to it by a hyphen
("Ivanova-Lukashenko"); and the word patterns the rules before a surname share."""

from __future__ import annotations

import re

from .candidate import JOINED_TO, PRECEDED_BY, Candidate, unlinked
from .index import Entry, Index
from .text import Folded, is_regex_word_char

NEXT_WORD = re.compile(r"\w+")
# The inline elements that carry text: a word behind their tags still counts, before a surname
# ("<strong>Elçin</strong> Çələbiyev" blocks) and after it ("Kuchynski <a ...>Pavel").
INLINE = (
    "a|abbr|b|bdi|bdo|big|cite|data|del|dfn|em|font|i|ins|label|mark|q|s|small|span|strike"
    "|strong|sub|sup|time|tt|u|var"
)
# Spaces and inline tags between two words: "Kuchynski <a ...>Pavel".
GAP_AFTER = re.compile(rf"(?:\s|</?(?:{INLINE})\b[^<>]*>)+")
_PATRONYMIC_ENDINGS = (
    "ovich evich ovna evna vich vna auna ovic evic oglu qizi kyzy uly ович евич овна"
)
PATRONYMIC = (*_PATRONYMIC_ENDINGS.split(), "евна", "віч", "вич", "ўна")
# Turkic patronymics are the father's name and a word for "son" or "daughter": Vaqif oğlu.
SON_OR_DAUGHTER = {"oglu", "ogly", "qizi", "kizi", "kyzy", "uly", "оглы", "кызы", "улы"}


def generation_after(text: str, stop: int, index: Index) -> str:
    """The word after a name ending at `stop` that makes it another member of the family
    ("Blinken Sr", "Лукашенко-младший", "Лукашенко-сын"), folded; "" if there is none. Looked
    up by its first two letters, with str.startswith: most names are followed by no such two
    letters."""
    if text[stop : stop + 1] == "-" and index.kin:  # a noun of kinship joined by a hyphen
        found = NEXT_WORD.match(text, stop + 1)
        if found is not None and found[0] in index.kin:
            return found[0]
    words = index.generations_by_start.get(text[stop + 1 : stop + 3])
    if not words or text[stop : stop + 1] not in (" ", "-"):
        return ""
    for word in words:
        end = stop + 1 + len(word)
        if text.startswith(word, stop + 1) and not is_regex_word_char(text[end : end + 1] or " "):
            # A hyphen joins it to the name whatever follows: "Лукашенко-старший".
            kin = text[stop] == " " and _kin_after(text, end, index)
            return "" if kin else word
    return ""


JOINED_BEFORE = re.compile(r"(\w+)-$")
# Words a hyphen joins to a name without naming anyone: "Anti-Lukashenko protests".
PREFIXES = {"anti", "pro", "post", "pre", "neo", "non", "ex", "pan", "pseudo", "quasi", "экс"}


def joined_to_a_name(folded: Folded, start: int, stop: int, index: Index) -> re.Match | None:
    """The capitalised word and hyphen right before a match (`start` to `stop`), if any: the
    second half of a double name ("Ivanova-Lukashenko", "Jean-Pierre Dupont") is another
    person's. Not if a third name is joined after it: three surnames so joined are a list, not
    one name ("справа Фядуты-Кастусёва-Зянковіча", the case of three defendants)."""
    found = JOINED_BEFORE.search(folded.text, max(0, start - 40), start)
    if found is None or len(found[1]) < 2 or found[1] in PREFIXES or found[1] in index.titles:
        return None
    if folded.text[stop : stop + 1] == "-" and folded.original(stop + 1, stop + 2).isupper():
        return None
    return found if folded.original(found.start(1), found.end(1))[:1].isupper() else None


def joined(
    before: re.Match, stop: int, entry: Entry, folded: Folded, double: bool = True
) -> Candidate:
    """A match joined by a hyphen to the name `before` it (`joined_to_a_name`), left unlinked:
    if `double`, as half of another person's double name ("Anna Ivanova-Lukashenko"), else as
    one of two surnames paired ("the Medvedev-Lukashenko spat"), which names no namesake."""
    start = before.end()
    shown = folded.original(before.start(1), start)
    reason = f"{PRECEDED_BY if double else JOINED_TO} {shown!r}"
    return unlinked(Candidate(folded.at(start), folded.at(stop), None), entry, reason)


def given_after(folded: Folded, stop: int, index: Index) -> re.Match | None:
    """A capitalised word right after a surname ending at `stop` that names someone, surname
    first ("Кучынскі Дзяніс Паўлавіч" in a list, "Çələbiyev Elçin Vaqif oğlu"): a known given
    name, or any word before a patronymic; None if there is none (after most surnames, a
    lower-case word: one look at its first letter)."""
    text = folded.text
    after = text[stop : stop + 2]
    inverted = after == ", "  # "LUKASHENKO, Viktor Aleksandrovich", as sanctions lists print
    if after[:1] == " " and after[1:] != "<":
        begin = stop + 1
    elif after[:1] in (" ", "<"):  # tags between: read through them, as linking adds one
        gap = GAP_AFTER.match(text, stop)
        if gap is None:
            return None
        begin = gap.end()
    elif inverted:
        begin = stop + 2
    else:
        return None
    first = folded.at(begin)
    if not folded.html[first : first + 1].isupper():
        return None
    word = NEXT_WORD.match(text, begin)
    if word is None or len(word[0]) < 2:
        return None
    father = _word_ahead(text, word.end())
    if father is not None and father[0].endswith(PATRONYMIC):
        return word
    capital = father is not None and folded.original(father.start(), father.end())[:1].isupper()
    if capital:
        particle = _word_ahead(text, father.end())  # "Vaqif oğlu"
        if particle is not None and particle[0] in SON_OR_DAUGHTER:
            return word
    if word[0] in index.known_given and not inverted and not capital:
        # not before another capitalised word: "administracyi Łukašenki Volhi Čuprys" is his
        # administration's Volha Čuprys
        return word
    return None


def _word_ahead(text: str, end: int) -> re.Match | None:
    """The word after spaces and inline tags from `end` (the tags linking may have added)."""
    gap = GAP_AFTER.match(text, end)
    return NEXT_WORD.match(text, gap.end()) if gap else None


def _kin_after(text: str, end: int, index: Index) -> bool:
    """Whether a noun of kinship follows a family word ending at `end`: "у Лукашенко старший
    сын" is his elder son, where "Лукашенко старший" alone would be the father."""
    if not index.kin or text[end : end + 1] != " ":
        return False
    found = NEXT_WORD.match(text, end + 1)
    return found is not None and found[0] in index.kin
