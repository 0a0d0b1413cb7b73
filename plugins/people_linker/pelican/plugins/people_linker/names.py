"""Every form of a person's name: what the editor wrote, plus generated spellings and cases."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from . import inflect, romanize
from .errors import LinkerError
from .packs import SAME_NAME
from .text import fold_key

CYRILLIC_LANGS = ("be", "ru", "uk")
INFLECTED_SCHEMES = ("be-latn",)
# The language whose grammar makes a scheme's case forms: a form only that grammar makes links
# on that language's pages alone ("Putins" is German for Putin's, English for the family;
# "Aleksandra" is Polish for Aleksandr's, English for a woman).
GRAMMAR_OF = {"be-latn": "be", "pl-press": "pl", "cs-press": "cs", "de-press": "de"}
# The grammars whose case forms a page in a language reads: its own, and for Belarusian,
# Russian and Ukrainian each other's (their press declines one another's names); a Slovak page
# the Czech cases, which Slovak's are nearly letter for letter (Lukašenkovi, Alexandra).
CASES_READ = {lang: frozenset(CYRILLIC_LANGS) for lang in CYRILLIC_LANGS}
CASES_READ["sk"] = frozenset(("sk", "cs"))


_ANY_CYRILLIC = re.compile("[\u0400-\u04ff]")


def in_cyrillic(word: str) -> bool:
    """Whether a word has a Cyrillic letter: a Cyrillic form is only ever compared with Cyrillic
    text, so a page in any language may read its cases (a quotation in its own language)."""
    return not word.isascii() and bool(_ANY_CYRILLIC.search(word))


def cases_read(lang: str) -> frozenset[str]:
    """The grammars whose case forms link on a page in `lang` (a primary language tag)."""
    return CASES_READ.get(lang) or frozenset((lang,))


# Schemes whose spellings the press declines by its own language's grammar, from the nominative,
# and the language tags of typed `Names` entries declined the same way.
DECLINED_AS_SPELT = {"pl-press": inflect.polish_forms, "cs-press": inflect.czech_forms}
DECLINED_AS_TYPED = {"pl": inflect.polish_forms, "cs": inflect.czech_forms}
FULL = "full"
SURNAME = "surname"
PLURAL = "plural"  # a surname in the plural: links with one of the given names before it


class ProfileError(LinkerError):
    """A profile's metadata that the linker cannot use; the message names the file and the fix."""


@dataclass(frozen=True, slots=True)
class Person:
    """A profile as the linker sees it; `id` is its path under the content folder."""

    id: str
    title: str
    names: tuple[tuple[str, str], ...] = ()
    aliases: tuple[str, ...] = ()
    misspellings: tuple[str, ...] = ()
    gender: str = ""  # "woman", "man", or "" (not given, or neither): see GENDERS


# `Gender:` values; only "woman" and "man" are ever compared with a title's ("Mrs", "госпожа").
GENDERS = {"woman": "woman", "female": "woman", "man": "man", "male": "man", "non-binary": ""}


@dataclass(slots=True)
class Form:
    """One spelling that links to a person: a full name, or a surname that may stand alone."""

    text: str
    person: str
    kind: str
    origin: str
    typed: bool = True  # written by the editor (or its last word), not generated
    # The languages on whose pages it links, if only their grammar makes it (None: any).
    langs: frozenset[str] | None = None


@dataclass
class NameForms:
    """What the matcher needs for one person."""

    forms: list[Form] = field(default_factory=list)
    given: set[str] = field(default_factory=set)  # folded given names, in every form and case
    # Those of `given` that only some languages' grammar makes -> those languages.
    given_only: dict[str, frozenset[str]] = field(default_factory=dict)


Tagged = dict[str, frozenset[str] | None]  # a form -> the languages it links in (None: any)


def tag(out: Tagged, forms: Iterable[str], lang: str | None = None) -> None:
    """Add `forms`, made by `lang`'s grammar (None: by none in particular), to `out`: a form
    any language has stays any language's."""
    langs = None if lang is None else _only(lang)
    for form in forms:
        _merge(out, form, langs)


@functools.cache
def _only(lang: str) -> frozenset[str]:
    """One set object for each language, however many forms have it (tens of thousands)."""
    return frozenset((lang,))


def split_list(value: object) -> list[str]:
    """`A; B` (or a list of such lines, as Pelican gives several lines) -> ["A", "B"]."""
    if value is None:
        return []
    lines = value if isinstance(value, list | tuple) else [value]
    return [part.strip() for line in lines for part in str(line).split(";")]


def parse_names(value: object, source: str) -> tuple[tuple[str, str], ...]:
    """Read `Names` lines `lang: form`; a line without a language tag is an error."""
    if value is None:
        return ()
    lines = value if isinstance(value, list | tuple) else str(value).splitlines()
    parsed = []
    for line in lines:
        line = str(line).strip()
        if not line:
            continue
        lang, sep, form = line.partition(":")
        if not sep or not lang.strip() or not form.strip() or " " in lang.strip():
            raise ProfileError(
                f"{source}: Names line {line!r} is not `language: form`"
                " — write one line per name, e.g. `be: Рыгор Кастусёў`"
            )
        parsed.append((lang.strip(), form.strip()))
    return tuple(parsed)


def check_spellings(values: list[str], field_name: str, source: str) -> tuple[str, ...]:
    """Empty or one-letter aliases would link noise: stop with the file and the fix."""
    for value in values:
        if len(value.replace(".", "").strip()) < 2:
            shown = repr(value) if value else "an empty one"
            raise ProfileError(
                f"{source}: {field_name} has {shown}, and every entry needs two letters or more"
                f" — remove it, or the stray ';' in `{field_name}:`"
            )
    return tuple(values)


def person_from_metadata(source: str, metadata: dict) -> Person:
    """Build a Person from a profile's Pelican metadata (keys in lower case)."""
    title = str(metadata.get("title", "")).strip()
    if not title:
        raise ProfileError(f"{source}: has no Title — add `Title:` with the canonical name")
    aliases = split_list(metadata.get("aliases"))
    misspellings = split_list(metadata.get("misspellings"))
    return Person(
        id=source,
        title=title,
        names=parse_names(metadata.get("names"), source),
        aliases=check_spellings(aliases, "Aliases", source) if aliases else (),
        misspellings=check_spellings(misspellings, "Misspellings", source) if misspellings else (),
        gender=_gender(metadata.get("gender"), source),
    )


def _gender(value: object, source: str) -> str:
    """A profile's `Gender:`, optional: it keeps a title for a woman ("Mrs", "госпожа") from
    linking a man's profile, and the reverse (his wife, her husband)."""
    if value is None:
        return ""
    gender = GENDERS.get(str(value).strip().lower())
    if gender is None:
        raise ProfileError(
            f"{source}: Gender is {str(value)!r} — write `Gender: woman`, `man` or `non-binary`,"
            " or leave the field out"
        )
    return gender


def _romanized(name: str, lang: str, schemes: list[str]) -> set[str]:
    """The name in each scheme (a scheme spells every word of it)."""
    words = name.split()
    known = romanize.SCHEMES.get(lang, {})
    if len(words) == 1:  # most often one scheme (Łacinka) for one word: loop over the few asked
        return {_spelled(words[0], lang, scheme) for scheme in schemes if scheme in known}
    return {
        " ".join([_spelled(word, lang, scheme) for word in words])
        for scheme in schemes
        if scheme in known and words
    }


@functools.lru_cache(maxsize=1 << 16)
def _spelled(word: str, lang: str, scheme: str) -> str:
    """One word in one scheme, cached per scheme: a surname is asked for in all of them and
    again in German alone (for its genitive), and given names repeat across people."""
    return romanize.SCHEMES[lang][scheme](word)


# Taraškievica, the classical Belarusian spelling (Radio Svaboda, Nasha Niva), marks the
# softness that spreads to с, з, ц, дз before a soft consonant: Святлана -> Сьвятлана.
_TARASKIEVICA = re.compile(r"(дз|[сзцСЗЦ])(?=[бвзлмнпсфц][яеёюіь])")


# Belarusian media writing in Russian keep the Belarusian stem with a Russian ending, and the
# press's romanizations of such a hybrid follow: Кастусёў -> Кастусев (Kastusev, Kastoussev).
_RUSSIFIED = re.compile(r"(ск|цк)і$")
_RUSSIFIED_EV = re.compile(r"(?<=[бвгджзклмнпрстфхцчшщ])[её]ў$")


# Russian surnames in -ев are often said, and printed in the press's romanizations, with ё:
# Костусев, Костусёв (Kostusyov), as the editor may not know which the person's is.
_YO = re.compile(r"(?<=[бвгджзйклмнпрстфхцчшщ])ев$")

_CYRILLIC = re.compile("[а-яёіў]", re.IGNORECASE)
_BELARUSIAN = re.compile("[іўэ]", re.IGNORECASE)


def _cyrillic_lang(name: str) -> str:
    """An alias in Cyrillic is declined like a Names entry: Belarusian if it has і, ў or э."""
    if not _CYRILLIC.search(name):
        return "und"
    return "be" if _BELARUSIAN.search(name) else "ru"


def _cyrillic_names(person: Person) -> list[tuple[str, str]]:
    """The editor's Cyrillic names, plus their taraškievica spelling where it differs."""
    names = []
    spelled = [*person.names, *((_cyrillic_lang(alias), alias) for alias in person.aliases)]
    for lang, form in spelled:
        if lang in CYRILLIC_LANGS:
            names.append((lang, form))
            if lang == "ru" and _YO.search(form):
                names.append((lang, _YO.sub("ёв", form)))
            if lang != "be":
                continue
            # Functions, not r"\1ь" templates: re looks a template up in Python on every call.
            classical = _TARASKIEVICA.sub(lambda match: match[1] + "ь", form)
            if classical != form:
                names.append((lang, classical))
            russified = _RUSSIFIED.sub(lambda match: match[1] + "ий", form)
            russified = _RUSSIFIED_EV.sub(lambda match: "ев", russified)
            if russified != form:
                names.append(("ru", russified))  # Бяляцкі -> Бяляцкий in Russian-language media
    return names


def name_forms(person: Person, schemes: list[str]) -> NameForms:
    """All forms of one person: full names, surnames (with their cases) and given names."""
    result = NameForms()
    full_names = {person.title, *(form for _, form in person.names)}
    full_names |= set(person.aliases) | set(person.misspellings)
    typed = {fold_key(name) for name in full_names}
    typed |= {fold_key(name.split()[-1]) for name in full_names if name.split()}
    cyrillic = _cyrillic_names(person)
    own_grammar = _typed_declined(person)
    # Generated full names need no key of their own: their surname is a key and their given
    # names are in `given`, so "Svetlana Tikhanovskaya" links whole through the word before
    # the surname. This keeps the automaton (and the build's memory) about a third smaller.
    for name in sorted(full_names):
        result.forms.append(Form(name, person.id, FULL, name, True))
        result.given |= {fold_key(word) for word in name.split()[:-1]}
    surnames = _surnames(person, cyrillic, own_grammar, schemes)
    for surname, origin in sorted(surnames):
        langs = surnames[surname, origin]
        form = Form(surname, person.id, SURNAME, origin, fold_key(surname) in typed, langs)
        result.forms.append(form)
    for plural, origin in sorted(_plurals(cyrillic, schemes)):
        result.forms.append(Form(plural, person.id, PLURAL, origin, False))
    result.given, only = _given_forms(
        frozenset(result.given),
        frozenset((lang, word) for lang, name in cyrillic for word in name.split()[:-1]),
        frozenset((lang, first) for _, first, _, lang in own_grammar),
        tuple(schemes),
    )
    result.given_only = dict(only)
    return result


@functools.lru_cache(maxsize=4096)
def _given_forms(
    typed: frozenset[str],
    cyrillic: frozenset[tuple[str, str]],
    declined_as_typed: frozenset[tuple[str, str]],
    schemes: tuple[str, ...],
) -> tuple[frozenset[str], Tagged]:
    """A person's given names in every form and case, and those only some languages' grammar
    makes: once per build for each set of given names (many people share theirs). (Cached:
    callers copy the dict, never change it.)"""
    given: Tagged = dict.fromkeys(typed)
    for lang, word in cyrillic:
        _tag_all(given, _case_keys(word, lang, schemes))
    for lang, first in declined_as_typed:
        tag(given, {fold_key(case) for case in DECLINED_AS_TYPED[lang](first, False)}, lang)
    _tag_all(given, _same_names(set(given), list(schemes)))
    only = {key: langs for key, langs in given.items() if langs is not None}
    return frozenset(given), only


def _tag_all(out: Tagged, tagged: Tagged) -> None:
    if not out:  # nothing to merge with: a copy (most first calls)
        out.update(tagged)
        return
    for form, langs in tagged.items():
        _merge(out, form, langs)


def _merge(out: dict, form: object, langs: frozenset[str] | None) -> None:
    """Add one form with the languages it links in (None: any) to `out`: a form any language
    has stays any language's; otherwise it links in the languages of both."""
    have = out.get(form, _ABSENT)
    if langs is None or have is None:
        out[form] = None
    elif have is _ABSENT:
        out[form] = langs
    elif not langs <= have:
        out[form] = _union(have, langs)


_ABSENT = object()  # `out` has no entry for the form (None there means any language)


@functools.cache
def _union(have: frozenset[str], langs: frozenset[str]) -> frozenset[str]:
    """One set object for each combination of languages, however many forms have it (tens of
    thousands of forms, a handful of combinations)."""
    return have | langs


def _same_names(given: set[str], schemes: list[str]) -> Tagged:
    """The person's given names in the other languages of SAME_NAME (Сергей -> Сергій)."""
    out: Tagged = {}
    for group, folded in zip(SAME_NAME, _same_name_keys(), strict=True):
        if not folded.isdisjoint(given):
            for lang, name in group:
                _tag_all(out, _given_keys(name, tuple(schemes), lang))
    return out


@functools.cache
def _same_name_keys() -> tuple[frozenset[str], ...]:
    """Each SAME_NAME group's names, folded once per process."""
    return tuple(frozenset(fold_key(name) for _, name in group) for group in SAME_NAME)


def _typed_declined(person: Person) -> list[tuple[Callable, str, str, str]]:
    """(its declension, first given name, surname, language) of each Names entry in a language
    declined from its own spelling: `pl: Andrzej Poczobut` -> Andrzeja Poczobuta."""
    return [
        (DECLINED_AS_TYPED[lang], words[0], words[-1], lang)
        for lang, name in person.names
        if lang in DECLINED_AS_TYPED and len(words := name.split()) > 1
    ]


def _plurals(cyrillic: list[tuple[str, str]], schemes: list[str]) -> set[tuple[str, str]]:
    """(plural form, the surname it comes from), in Cyrillic and Łacinka."""
    inflected = [scheme for scheme in schemes if scheme in INFLECTED_SCHEMES]
    # The Polish press spells a Belarusian's name from the Belarusian (Cichanouscy), anyone
    # else's from the Russian or Ukrainian: the plural of the first such name the profile has.
    polish = "pl-press" in schemes
    out = set()
    for lang, name in sorted(cyrillic, key=lambda named: named[0] != "be"):
        words = name.split()
        if len(words) > 1:
            for plural in inflect.plural_forms(words[-1], lang):
                out |= {
                    (form, words[-1]) for form in {plural, *_romanized(plural, lang, inflected)}
                }
            if polish and "pl-press" in romanize.SCHEMES.get(lang, {}):
                spelt = _spelled(words[-1], lang, "pl-press")
                out |= {(form, words[-1]) for form in inflect.plural_forms(spelt, "pl")}
                polish = False
    return out


def _surnames(
    person: Person,
    cyrillic: list[tuple[str, str]],
    own_grammar: list[tuple[Callable, str, str, str]],
    schemes: list[str],
) -> dict[tuple[str, str], frozenset[str] | None]:
    """(surname form, the nominative it comes from) for the title, Names and their spellings
    -> the languages whose pages it links on (None: any)."""
    out: dict[tuple[str, str], frozenset[str] | None] = {}
    canonical = [person.title, *(form for lang, form in person.names if lang not in CYRILLIC_LANGS)]
    for name in canonical:
        if len(name.split()) > 1:
            tag(out, [(name.split()[-1], name.split()[-1])])
    for declined, given, surname, lang in own_grammar:
        tag(out, [(case, surname) for case in declined(surname, given.endswith("a"))], lang)
    for lang, name in cyrillic:
        words = name.split()
        if len(words) < 2:
            continue
        surname = words[-1]
        feminine = inflect.is_feminine(words[0], surname)
        oblique = inflect.surname_forms(surname, lang, feminine)
        for spelling, langs in _declined(surname, oblique, lang, schemes, feminine).items():
            _merge(out, (spelling, surname), langs)
        for spelling in _romanized(surname, lang, ["de-press"] if "de-press" in schemes else []):
            if not spelling.endswith(("s", "z", "sch")):
                tag(out, [(spelling + "s", surname)], "de")  # German genitive: Lukaschenkos
    return out


def _declined(
    word: str, oblique: set[str], lang: str, schemes: list[str], feminine: bool = False
) -> Tagged:
    """A word, its case forms, and their spellings: the nominative in every romanization, the
    other cases in Łacinka (spelt from the Cyrillic cases), and in Polish and Czech (their own
    grammar's cases of their own spelling, as their press declines a Belarusian name). The
    nominative's spellings link on any page, the cases on pages in their grammar's language
    (`cases_read`)."""
    out: Tagged = dict.fromkeys({word} | _romanized(word, lang, schemes))
    tag(out, oblique, lang)
    known = romanize.SCHEMES.get(lang, {})
    for scheme in INFLECTED_SCHEMES:
        if scheme in schemes and scheme in known:  # a case is one word: spelt as it stands
            tag(out, [_spelled(case, lang, scheme) for case in oblique], GRAMMAR_OF[scheme])
    for scheme, declined in DECLINED_AS_SPELT.items():
        if scheme in schemes and scheme in romanize.SCHEMES.get(lang, {}):
            tag(out, declined(_spelled(word, lang, scheme), feminine), GRAMMAR_OF[scheme])
    return out


@functools.lru_cache(maxsize=4096)
def _case_keys(word: str, lang: str, schemes: tuple[str, ...]) -> Tagged:
    """A given name's folded cases and spellings, once per build: given names repeat across
    people far more than surnames do. (Cached: callers copy, never change it.)"""
    out: Tagged = {}
    forms = _declined(word, inflect.given_forms(word, lang), lang, list(schemes))
    for form, langs in forms.items():
        _merge(out, fold_key(form), langs)
    return out


def given_name_keys(names: list[str], schemes: list[str], lang: str = "") -> set[str]:
    """Folded forms (cases, spellings) of given names: in `lang` if it is a Cyrillic pack's,
    else in the language their letters suggest."""
    return set().union(*(_given_keys(name, tuple(schemes), lang) for name in names))


@functools.lru_cache(maxsize=4096)
def _given_keys(name: str, schemes: tuple[str, ...], lang: str) -> Tagged:
    """One given name's folded forms; the same names recur in many profiles."""
    if _cyrillic_lang(name) == "und":
        return {fold_key(name): None}
    return _case_keys(name, lang if lang in CYRILLIC_LANGS else _cyrillic_lang(name), schemes)


def release_caches() -> None:
    """Drop the memoised spellings and keys once the index is built."""
    _spelled.cache_clear()
    romanize.lacinka.cache_clear()
    _given_keys.cache_clear()
    _case_keys.cache_clear()
    _given_forms.cache_clear()
    fold_key.cache_clear()
