"""One Aho-Corasick automaton over every form of every person, built once per build."""

from __future__ import annotations

import posixpath
import re
from collections import defaultdict
from dataclasses import dataclass, field, replace

from . import inflect
from .automaton import Automaton
from .errors import LinkerError
from .memory import collector_paused
from .names import (
    CYRILLIC_LANGS,
    FULL,
    PLURAL,
    SURNAME,
    Form,
    Person,
    cases_read,
    given_name_keys,
    in_cyrillic,
    name_forms,
    release_caches,
)
from .packs import PACKS, Pack
from .settings import Config
from .spelling import consonants, reduced, spelling_key, spelling_keys
from .text import case_key, fold_key, mark_key


class SharedFormError(LinkerError):
    """Two profiles claim one form; the message names both files, the form and the fix."""


@dataclass(slots=True)
class Entry:
    """What a folded key in the automaton stands for."""

    form: str  # as spelled, for the capitalisation check
    kind: str
    persons: tuple[str, ...]  # more than one only for forms nobody owns alone
    alone: bool = True  # False: ambiguous, links only after one person's given name
    common: bool = False  # also a common word: alone, links only capitalised inside a sentence
    # Spellings with diacritics that tell people apart whom the key without them merges
    # (Šałaprakuk, Salaprakuk): (mark_key, person) pairs.
    marked: tuple[tuple[str, str], ...] = ()
    # The languages on whose pages it links, if only their grammar makes it (None: any page).
    langs: frozenset[str] | None = None
    # One person's, with no diacritics or common word to weigh: a full name is that person's
    # as it stands, a surname once the word before it is quiet (`scan` takes both without
    # `resolve`).
    owned: bool = field(init=False, default=False)

    def __post_init__(self) -> None:
        self.owned = self.alone and not self.marked and not self.common


@dataclass
class Index:
    automaton: Automaton | None
    entries: list[Entry]
    people: dict[str, Person]
    files: frozenset[str] = frozenset()  # the profiles' file names, to pass over other links fast
    given: dict[str, set[str]] = field(default_factory=dict)
    # Of a person's given names, those only some languages' grammar makes -> those languages:
    # a page in another language does not count them as the person's (`for_lang`).
    given_only: dict[str, dict[str, frozenset[str]]] = field(default_factory=dict)
    initials: dict[str, set[str]] = field(default_factory=dict)
    known_given: set[str] = field(default_factory=set)
    ambiguous: list[str] = field(default_factory=list)
    titles: set[str] = field(default_factory=set)  # folded title and role words
    # Folded prepositions of place (`Pack`), on a page in a language its own pack's alone ("in"
    # is Slovene for "and"); none on a page whose language is not known.
    places_before: frozenset[str] = frozenset()
    places_of: dict[str, frozenset[str]] = field(default_factory=dict)
    # Each person -> the others whose surname has the same stem by spelling key, its gendered
    # ending aside (Tsikhanouski, Tsikhanouskaya): a woman's name given a man's form of it
    # ("Svetlana Tikhanovskí", as Icelandic writes it) is hers.
    family: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # Folded titles for a woman only or a man only ("mrs", "господин") -> "woman" or "man", and
    # the profiles whose `Gender:` is one of the two -> theirs.
    gendered: dict[str, str] = field(default_factory=dict)
    gender: dict[str, str] = field(default_factory=dict)
    # Folded words after a name that make it another member of the family ("Sr", "младший"),
    # by their first two letters, the longest first.
    generations_by_start: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # Folded family words that mean another of the family before a surname too ("младший").
    generations_before: frozenset[str] = frozenset()
    kin: frozenset[str] = frozenset()  # folded nouns of kinship a family word may qualify
    idioms: frozenset[str] = frozenset()  # folded words before a common word that make a phrase
    loose: dict[str, int] = field(default_factory=dict)  # spelling key -> entry number
    loose_cyrillic: dict[str, int] = field(default_factory=dict)  # where a Cyrillic word's differs
    # The packs' case endings with their nominative's, the longest first (Lithuanian "os:a"):
    # all of them on a page whose language is not known; on a page in a language, its own
    # pack's alone ("Putins" is Latvian for Putin, but English for the family; Finnish "-n" is
    # no Swedish case).
    endings: tuple[tuple[str, str], ...] = ()
    endings_of: dict[str, tuple[tuple[str, str], ...]] = field(default_factory=dict)
    men_endings: frozenset[tuple[str, str]] = frozenset()  # read as no woman's name
    women: frozenset[str] = frozenset()  # `_is_woman`
    given_loose: dict[str, set[str]] = field(default_factory=dict)  # filled when first needed
    known_given_loose: frozenset[str] | None = None  # filled when first needed

    words: dict[str, int] = field(default_factory=dict)  # capitalised word -> loose entry
    no_words: set[str] = field(default_factory=set)  # capitalised words that are no surname's
    # By a page's language, the index as it sees it (None: as it is): `for_lang`.
    views: dict[str, Index | None] = field(default_factory=dict)
    read: frozenset[str] | None = None  # in a view, the grammars its language reads
    # For words in Arabic script, Devanagari and Bengali: surnames by reduced key and by
    # consonants, and the known given names' reduced keys (`uncased_maps`), built when a page
    # first has such a word.
    uncased: tuple[dict[str, int], dict[str, int], frozenset[str]] | None = None

    def __getstate__(self) -> dict:
        """The caches of words and keys are rebuilt as needed, never stored."""
        return {
            **self.__dict__,
            "words": {},
            "no_words": set(),
            "views": {},
            "given_loose": {},
            "known_given_loose": None,
            "uncased": None,
        }

    def for_lang(self, lang: str) -> Index:
        """The index as a page in `lang` sees it ("" if not known: as it is). A given name in a
        case only another language's grammar makes is not the person's there ("Aleksandra",
        Polish for Aleksandr's, is a woman's name in English; nor is "Alexandra", though its
        spelling key is that of the Russian genitive "Александра"); a word in Cyrillic still is,
        since it is only ever compared with Cyrillic text. The packs' case endings apply on
        their own languages' pages ("Putins" is Latvian for Putin, English for the family).
        Made once per language, with its own caches of words."""
        if not lang:
            return self
        if lang not in self.views:
            self.views[lang] = _view(self, lang)
        return self.views[lang] or self

    def given_keys(self, person: str) -> set[str]:
        """The spelling keys of a person's given names, computed the first time one is needed."""
        keys = self.given_loose.get(person)
        if keys is None:
            names = self.given[person]
            only = self.given_only.get(person) if self.read is not None else None
            if only:  # a case this page's language does not read, in Cyrillic too: "Александра"
                names = [k for k in names if k not in only or not only[k].isdisjoint(self.read)]
            keys = self.given_loose[person] = {spelling_key(k) for k in names}
        return keys

    def known_given_keys(self) -> frozenset[str]:
        """The spelling keys of every known given name, computed the first time one is needed."""
        if self.known_given_loose is None:
            self.known_given_loose = frozenset(spelling_keys(list(self.known_given)))
        return self.known_given_loose

    def uncased_maps(self) -> tuple[dict[str, int], dict[str, int], frozenset[str]]:
        """A one-word surname's `reduced` spelling key, and its consonants (five or more), ->
        its entry (a key two people share is kept out), and the known given names' reduced
        keys: what a word in Arabic script, Devanagari or Bengali is compared with."""
        if self.uncased is None:
            by_reduced: dict[str, int] = {}
            by_consonants: dict[str, int] = {}
            for key, number in self.loose.items():
                entry = self.entries[number]
                if entry.langs is not None:
                    continue
                short = reduced(key)
                for table, found in ((by_reduced, short), (by_consonants, consonants(short))):
                    if table is by_consonants and len(found) < 5:
                        continue
                    have = table.setdefault(found, number)
                    if have >= 0 and self.entries[have].persons[0] != entry.persons[0]:
                        table[found] = -1
            self.uncased = (
                {key: number for key, number in by_reduced.items() if number >= 0},
                {key: number for key, number in by_consonants.items() if number >= 0},
                frozenset(map(reduced, self.known_given_keys())),
            )
        return self.uncased

    surname_keys: dict[str, str] = field(default_factory=dict)  # folded surname -> person


def build_index(people: list[Person], config: Config) -> Index:
    """Collect every person's forms, stop on forms two people share, compile the automaton."""
    # Tens of thousands of small objects and no cycles: a collection would only walk them all
    # again. The file checks build the index before linking, which pauses the collector too.
    with collector_paused():
        return _build(people, config)


def _view(index: Index, lang: str) -> Index | None:
    """`index` as a page in `lang` sees it (`Index.for_lang`), or None if the same."""
    endings = index.endings_of.get(lang, ())
    places = index.places_of.get(lang, frozenset())
    read = cases_read(lang)
    unread = {}  # each person's given names in cases `lang` does not read
    for person, only in index.given_only.items():
        keys = {key for key, langs in only.items() if langs.isdisjoint(read)}
        if keys:
            unread[person] = keys
    if endings == index.endings and not unread and not places:
        return None
    given = {
        p: index.given[p] - {k for k in keys if not in_cyrillic(k)} for p, keys in unread.items()
    }
    return replace(
        index,
        given=index.given | given,
        endings=endings,
        places_before=places,
        read=read,
        given_loose={},
        known_given_loose=None,
        words={},
        no_words=set(),
        views={},
    )


def _build(people: list[Person], config: Config) -> Index:
    schemes = list(config.romanizations)
    by_key: dict[str, list[Form]] = defaultdict(list)
    given: dict[str, set[str]] = {}
    given_only: dict[str, dict[str, frozenset[str]]] = {}
    for person in sorted(people, key=lambda p: p.id):
        forms = name_forms(person, schemes)
        given[person.id] = forms.given
        if forms.given_only:
            given_only[person.id] = forms.given_only
        for form in forms.forms:
            by_key[fold_key(form.text)].append(form)
    declared = {fold_key(form) for form in config.ambiguous}
    packs = [PACKS[name] for name in config.packs]
    common = {fold_key(word) for word in config.common_words}
    common |= {fold_key(word) for pack in packs for word in pack.common}
    entries, ambiguous, conflicts = _entries(by_key, declared, common)
    gendered = _gendered_titles(packs, config)
    if conflicts:
        raise SharedFormError(*_conflict_problems(conflicts))
    index = Index(
        automaton=_compile(entries),
        entries=[entry for _, entry in entries],
        people={person.id: person for person in people},
        files=frozenset(posixpath.basename(person.id) for person in people),
        given=given,
        given_only=given_only,
        initials={pid: {key[0] for key in keys} for pid, keys in given.items()},
        known_given=set().union(*given.values())
        | _builtin_given(config, schemes)
        | given_name_keys(list(config.given_names), schemes),
        ambiguous=sorted(ambiguous),
        titles={fold_key(word) for pack in packs for word in pack.titles}
        | {fold_key(word) for word in config.title_words}
        | set(gendered),
        gendered=gendered,
        family=_families(people),
        places_of={
            name: frozenset(map(fold_key, PACKS[name].places_before))
            for name in config.packs
            if PACKS[name].places_before
        },
        gender={person.id: gender for person in people if (gender := _gender(person))},
        generations_by_start=_by_start(
            {fold_key(word) for pack in packs for word in pack.generations}
        ),
        generations_before=frozenset(
            fold_key(word)
            for pack in packs
            for word in (pack.generations if pack.family_before else ()) + pack.family_words_before
        ),
        kin=frozenset(fold_key(word) for pack in packs for word in pack.kin),
        idioms=frozenset(fold_key(word) for pack in packs for word in pack.idioms),
        endings=tuple(
            sorted(
                dict.fromkeys(pair for pack in packs for pair in pack.endings + pack.men_endings),
                key=_longest,
            )
        ),
        endings_of={
            name: tuple(sorted(PACKS[name].endings + PACKS[name].men_endings, key=_longest))
            for name in config.packs
            if PACKS[name].endings or PACKS[name].men_endings
        },
        men_endings=frozenset(pair for pack in packs for pair in pack.men_endings),
        women=frozenset(person.id for person in people if _is_woman(person)),
    )
    index.surname_keys = {
        key: entry.persons[0] for key, entry in entries if entry.kind != FULL and entry.alone
    }
    index.loose, index.loose_cyrillic = _loose_keys(entries, by_key)
    release_caches()  # the spellings were needed once; keep the build's memory flat
    return index


def _gender(person: Person) -> str:
    """The profile's `Gender:`; without one, what its Cyrillic surnames agree on ("Путин" is a
    man's form: "Mrs Putin" is his wife), or "" (either)."""
    if person.gender:
        return person.gender
    said = {
        inflect.surname_gender(name.split()[-1])
        for lang, name in person.names
        if lang in CYRILLIC_LANGS and len(name.split()) > 1
    } - {""}
    return said.pop() if len(said) == 1 else ""


def _is_woman(person: Person) -> bool:
    """A woman by her `Gender:`, or without one by her Cyrillic name's grammar (Оксана
    Коваленко): her surname does not take a man's case endings."""
    if person.gender:
        return person.gender == "woman"
    return any(
        inflect.is_feminine(name.split()[0], name.split()[-1])
        for lang, name in person.names
        if lang in CYRILLIC_LANGS and len(name.split()) > 1
    )


def _gendered_titles(packs: list[Pack], config: Config) -> dict[str, str]:
    """Each folded title for a woman only or a man only, with its gender."""
    women = [*(word for pack in packs for word in pack.women), *config.women_titles]
    men = [*(word for pack in packs for word in pack.men), *config.men_titles]
    return {fold_key(word): "woman" for word in women} | {fold_key(word): "man" for word in men}


def _longest(pair: tuple[str, str]) -> int:
    return -len(pair[0])


def _by_start(words: set[str]) -> dict[str, tuple[str, ...]]:
    """Words by their first two letters, the longest first: where one word begins another, the
    longer is tried first. After most names comes a word none of them begins like ("said")."""
    grouped: dict[str, tuple[str, ...]] = {}
    for word in sorted(words, key=lambda word: (-len(word), word)):
        grouped[word[:2]] = (*grouped.get(word[:2], ()), word)
    return grouped


# The index the file checks built (content_checks runs them before Pelican reads anything), kept
# for the linking that follows: the same people and settings give the same index.
_CHECKED: list[tuple[list[Person], Config, Index]] = []


def keep_for_linking(index: Index, people: list[Person], config: Config) -> None:
    _CHECKED[:] = [(_by_id(people), config, index)]


def kept_index(people: list[Person], config: Config) -> Index | None:
    """The index the file checks built for these people and settings, if any (taken once)."""
    kept, _CHECKED[:] = _CHECKED[:], []
    if kept and kept[0][0] == _by_id(people) and kept[0][1] == config:
        return kept[0][2]
    return None


def _by_id(people: list[Person]) -> list[Person]:
    return sorted(people, key=lambda person: person.id)


def _loose_keys(
    entries: list[tuple[str, Entry]], by_key: dict[str, list[Form]]
) -> tuple[dict[str, int], dict[str, int]]:
    """The spelling key of every one-word surname form that one person owns -> its entry; a
    key two people's forms share is kept out, so that it never links. And for Cyrillic words,
    where the key's entry is a Latin form that links on other pages than the owner's Cyrillic
    form with that key: the Cyrillic form's (the Czech "Putina" is read on Czech pages, the
    Russian "Путина" on Cyrillic ones, so the Ukrainian "Путіна" is read as the Russian)."""
    loose: dict[str, int] = {}
    owner: dict[str, str] = {}
    cyrillic: dict[str, int] = {}
    alone = [
        (number, key, entry.persons[0], form.text)
        for number, (key, entry) in enumerate(entries)
        if entry.kind == SURNAME and entry.alone and not entry.common and " " not in key
        for form in by_key[key]
    ]
    for (number, key, person, _), spelled in zip(
        alone, spelling_keys([a[3] for a in alone]), strict=True
    ):
        if len(spelled) < 5:
            continue
        if owner.setdefault(spelled, person) != person:
            loose[spelled] = -1
        elif loose.setdefault(spelled, number) != number and in_cyrillic(key):
            cyrillic.setdefault(spelled, number)
    cyrillic = {
        spelled: number
        for spelled, number in cyrillic.items()
        if loose[spelled] >= 0 and entries[loose[spelled]][1].langs != entries[number][1].langs
    }
    return {spelled: number for spelled, number in loose.items() if number >= 0}, cyrillic


_GENDERED_ENDING = re.compile("[aeiou]+$")


def _families(people: list[Person]) -> dict[str, tuple[str, ...]]:
    """Each person -> the others whose surname's stem (its spelling key without the vowels it
    ends in) is one of theirs: the family of one name in its men's and women's forms."""
    surnames = [
        (person.id, words[-1])
        for person in people
        for name in (person.title, *(name for _, name in person.names))
        if len(words := name.split()) > 1
    ]
    stems: dict[str, set[str]] = defaultdict(set)
    for (person, _), spelled in zip(surnames, spelling_keys([s for _, s in surnames]), strict=True):
        stems[_GENDERED_ENDING.sub("", spelled)].add(person)
    family: dict[str, set[str]] = defaultdict(set)
    for members in stems.values():
        for person in members:
            family[person] |= members - {person}
    return {person: tuple(sorted(others)) for person, others in family.items() if others}


def _builtin_given(config: Config, schemes: list[str]) -> set[str]:
    """The packs' given names, each declined and spelt in its pack's language."""
    if not config.builtin_given_names:
        return set()
    return set().union(
        *(given_name_keys(list(PACKS[name].given), schemes, name) for name in config.packs)
    )


def _entries(
    by_key: dict[str, list[Form]], declared: set[str], common: set[str]
) -> tuple[list[tuple[str, Entry]], list[str], list[tuple[str, list[Form]]]]:
    entries, ambiguous, conflicts = [], [], []
    for key in sorted(by_key):
        forms = by_key[key]
        if len(forms) == 1 and not declared:  # the common case: one form, one person
            entries.append((key, _single(key, forms[0], common)))
            continue
        if not declared and len({form.person for form in forms}) == 1:
            entries.append((key, _one_persons(key, forms, common)))
            continue
        forms, persons, shared = _claim(key, forms, declared)
        if shared == "conflict":
            conflicts.append((key, forms))
            continue
        if shared and forms[0].kind != PLURAL:
            ambiguous.append(forms[0].text)
        kind = FULL if any(form.kind == FULL for form in forms) else forms[0].kind
        is_common = kind != FULL and _common(key, forms, common)
        marked = _marked(by_key[key])
        entry = Entry(
            case_key(forms[0].text), kind, persons, not shared, is_common, marked, _langs(forms)
        )
        entries.append((key, entry))
    return entries, ambiguous, conflicts


def _single(key: str, form: Form, common: set[str]) -> Entry:
    """The entry of a key that one form alone has: what `_claim` and `_marked` give it."""
    is_common = form.kind != FULL and (key in common or fold_key(form.origin) in common)
    langs = None if form.langs is None or in_cyrillic(form.text) else form.langs  # `_langs`
    return Entry(case_key(form.text), form.kind, (form.person,), True, is_common, (), langs)


def _one_persons(key: str, forms: list[Form], common: set[str]) -> Entry:
    """The entry of a key that one person's forms alone have: what `_claim` and `_marked` give
    it (a singular form wins over a plural)."""
    forms = [form for form in forms if form.kind != PLURAL] or forms
    kind = FULL if any(form.kind == FULL for form in forms) else forms[0].kind
    is_common = kind != FULL and _common(key, forms, common)
    return Entry(
        case_key(forms[0].text), kind, (forms[0].person,), True, is_common, (), _langs(forms)
    )


def _common(key: str, forms: list[Form], common: set[str]) -> bool:
    """Whether a key, or a nominative its forms come from, is a common word (`_single` asks the
    same of one form inline)."""
    return key in common or any(fold_key(form.origin) in common for form in forms)


def _langs(forms: list[Form]) -> frozenset[str] | None:
    """The languages an entry links in: any, if any of its forms does, or if it is Cyrillic
    (a Cyrillic case form on a page in another language is a quotation in its own)."""
    if any(form.langs is None for form in forms) or in_cyrillic(forms[0].text):
        return None
    return frozenset().union(*(form.langs for form in forms))


def _claim(key: str, forms: list[Form], declared: set[str]) -> tuple[list[Form], tuple, str]:
    """Who owns a form: its one person; if two people have it, the one editor who typed it;
    nobody if it was only generated or is declared ambiguous; a conflict if two editors typed it."""
    forms = [form for form in forms if form.kind != PLURAL] or forms  # a singular form wins
    persons = tuple(sorted({form.person for form in forms}))
    if forms[0].kind == PLURAL:
        return forms, persons, "" if len(persons) == 1 else "plural"
    if ({fold_key(form.origin) for form in forms} | {key}) & declared:
        return forms, persons, "declared"
    if len(persons) == 1:
        return forms, persons, ""
    typed = [form for form in forms if form.typed]
    owners = tuple(sorted({form.person for form in typed}))
    if len(owners) > 1:
        return _typed_by_two(key, forms, typed)
    if len(owners) == 1:
        return typed, owners, ""
    return forms, persons, "generated"


def _typed_by_two(key: str, forms: list[Form], typed: list[Form]) -> tuple[list[Form], tuple, str]:
    """Two editors typed forms with one key: a conflict if they typed the same letters; if they
    differ in diacritics only ("Müller", "Muller"), the one typed without any owns the key."""
    by_mark = defaultdict(set)
    for form in typed:
        by_mark[mark_key(form.text)].add(form.person)
    if any(len(people) > 1 for people in by_mark.values()):
        return forms, tuple(sorted({form.person for form in forms})), "conflict"
    plain = by_mark.get(key)
    if plain:
        return [form for form in typed if form.person in plain], tuple(plain), ""
    return forms, tuple(sorted({form.person for form in forms})), "generated"


def _marked(forms: list[Form]) -> tuple[tuple[str, str], ...]:
    """For a key several people's forms share: each spelling with diacritics that one of them
    alone has (the key without diacritics merged them)."""
    if len({form.person for form in forms}) < 2:
        return ()
    owners = defaultdict(set)
    for form in forms:
        owners[mark_key(form.text)].add(form.person)
    return tuple(
        sorted((mark, next(iter(people))) for mark, people in owners.items() if len(people) == 1)
    )


def _conflict_problems(conflicts: list[tuple[str, list[Form]]]) -> list[str]:
    """One problem per shared nominative: both files, the form, and the two ways to fix it."""
    problems = []
    seen = set()
    fix = (
        "remove the form from all but one profile, or list it in PEOPLE_LINKER['ambiguous']"
        " so that it is never linked alone"
    )
    for _, forms in conflicts:
        origins = tuple(sorted({form.origin for form in forms}))
        files = tuple(sorted({form.person for form in forms}))
        if (origins, files) in seen:
            continue
        seen.add((origins, files))
        problems.append(
            f"{files[0]}: the name form {forms[0].text!r} (from {' / '.join(repr(o) for o in origins)})"
            f" belongs to {' and '.join(files)}, so it cannot link safely — {fix}"
        )
    return problems[:20]


def _compile(entries: list[tuple[str, Entry]]) -> Automaton | None:
    """The automaton's key numbers are the entries' numbers."""
    return Automaton([key for key, _ in entries]) if entries else None
