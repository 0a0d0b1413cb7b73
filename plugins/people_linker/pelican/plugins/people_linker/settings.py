"""The one settings dict, PEOPLE_LINKER, merged over documented defaults and checked once."""

from __future__ import annotations

import posixpath
import re
from collections.abc import Collection
from dataclasses import dataclass

from rights_brief_common.problems import at, did_you_mean, merge_settings
from rights_brief_common.settings import GENERIC, people_path, settings_file

from .errors import LinkerError
from .packs import DEFAULT_PACKS
from .romanize import ALL_SCHEMES

MODES = ("first", "all", "none")
_SPACE_BEFORE_STOP = re.compile(r"\s+([.,;:!?])")  # left where a stripped citation was

DEFAULTS: dict[str, object] = {
    # How often a person is linked on a page: "first" mention, "all" mentions, or "none".
    # A page's `Autolink:` metadata overrides it.
    "mode": "first",
    # Class of every inserted <a>, for the theme's stylesheet.
    "css_class": "app-person-link",
    # Forms (or the nominative surnames they come from) shared by two people on purpose:
    # never linked alone, listed in the report instead of stopping the build.
    "ambiguous": [],
    # Romanizations generated from the Cyrillic names (all by default).
    "romanizations": list(ALL_SCHEMES),
    # Given names, in Cyrillic or Latin, added to the packs' lists: such a name before a
    # person's surname means another person, so the surname does not link.
    "given_names": [],
    # The language packs whose built-in lists (given names, title and role words, common
    # words that are also surnames) apply.
    "packs": list(DEFAULT_PACKS),
    # False: use no built-in given names, only the profiles' own and `given_names`.
    "builtin_given_names": True,
    # Words added to the packs' title and role words ("Mr", "President"): such a capitalised
    # word before a surname does not mean another person.
    "title_words": [],
    # Titles for a woman only ("Mrs", "госпожа") and for a man only ("Mr", "господин"), in
    # every case form, added to the packs' lists: before the surname of a profile whose
    # `Gender:` is the other, such a title means another person (his wife, her husband).
    "women_titles": [],
    "men_titles": [],
    # Surnames that are also common words ("Frost", "Мароз"), added to the packs' lists: such a
    # surname links alone only when capitalised and not at the start of a sentence.
    "common_words": [],
    # A regular expression removed from the sentences quoted in "Mentioned in" lists, for
    # markup that other plugins render later (citation markers, say). Empty: remove nothing.
    "sentence_strip": "",
    # True: append a plain "Mentioned in" list to each profile's content, for themes that do
    # not render `page.mentioned_in` themselves (Pelican's own themes do not).
    "backlinks_in_content": False,
}


class SettingsError(LinkerError):
    """PEOPLE_LINKER holds an unknown key or a bad value; the message names it."""


@dataclass(frozen=True)
class Config:
    folder: str = "people"
    mode: str = "first"
    css_class: str = "app-person-link"
    ambiguous: tuple[str, ...] = ()
    romanizations: tuple[str, ...] = tuple(ALL_SCHEMES)
    given_names: tuple[str, ...] = ()
    packs: tuple[str, ...] = DEFAULT_PACKS
    builtin_given_names: bool = True
    title_words: tuple[str, ...] = ()
    women_titles: tuple[str, ...] = ()
    men_titles: tuple[str, ...] = ()
    common_words: tuple[str, ...] = ()
    sentence_strip: re.Pattern[str] | None = None
    backlinks_in_content: bool = False

    def quote(self, sentence: str) -> str:
        """A sentence for a backlink, without what `sentence_strip` matches."""
        if self.sentence_strip is None:
            return sentence
        stripped = self.sentence_strip.sub("", sentence)
        if stripped == sentence:
            return sentence  # nothing stripped: the sentence as the page has it
        return _SPACE_BEFORE_STOP.sub(r"\1", " ".join(stripped.split()))


def _string_list(key: str, value: object, conf: str = GENERIC) -> tuple[str, ...]:
    if not isinstance(value, list | tuple) or not all(isinstance(v, str) for v in value):
        raise SettingsError(
            f"{conf}: PEOPLE_LINKER[{key!r}] is {value!r} — write a list of strings"
        )
    return tuple(value)


def _known(
    key: str, value: object, known: tuple[str, ...] | list[str], conf: str = GENERIC
) -> tuple[str, ...]:
    """A list whose every entry is one of `known` (romanization schemes, language packs)."""
    values = _string_list(key, value, conf)
    bad = sorted(set(values) - set(known))
    if bad:
        raise SettingsError(
            f"{conf}: PEOPLE_LINKER[{key!r}] has unknown value(s) {', '.join(bad)}"
            f" — use the known ones: {', '.join(known)}"
        )
    return values


def _pattern(value: object, conf: str = GENERIC) -> re.Pattern[str] | None:
    if not isinstance(value, str):
        raise SettingsError(
            f"{conf}: PEOPLE_LINKER['sentence_strip'] is {value!r} — write a string"
        )
    try:
        return re.compile(value) if value else None
    except re.error as error:
        raise SettingsError(
            f"{conf}: PEOPLE_LINKER['sentence_strip'] is not a regular expression ({error})"
            " — correct the pattern, or write an empty string"
        ) from error


def load(user: dict | None, folder: str = "people", conf: str = GENERIC) -> Config:
    """Merge the user's dict over DEFAULTS; name any unknown key or bad value. `folder` is the
    site's PEOPLE_PATH; `conf` the settings file named in messages."""
    moved = {"folder": "PEOPLE_PATH"}
    merged = merge_settings(user, DEFAULTS, "PEOPLE_LINKER", SettingsError, conf, moved)
    conf = at(conf, r"^PEOPLE_LINKER\s*=")  # messages below name the dict's line too
    if merged["mode"] not in MODES:
        raise SettingsError(
            f"{conf}: PEOPLE_LINKER['mode'] is {merged['mode']!r} — use one of {', '.join(MODES)}"
        )
    for key in ("css_class",):
        if not isinstance(merged[key], str) or not merged[key].strip():
            raise SettingsError(
                f"{conf}: PEOPLE_LINKER[{key!r}] is empty — write a non-empty string"
            )
    for key in ("builtin_given_names", "backlinks_in_content"):
        if not isinstance(merged[key], bool):
            raise SettingsError(
                f"{conf}: PEOPLE_LINKER[{key!r}] is {merged[key]!r} — write True or False"
            )
    return Config(
        packs=_known("packs", merged["packs"], DEFAULT_PACKS, conf),
        builtin_given_names=merged["builtin_given_names"],
        backlinks_in_content=merged["backlinks_in_content"],
        title_words=_string_list("title_words", merged["title_words"], conf),
        women_titles=_string_list("women_titles", merged["women_titles"], conf),
        men_titles=_string_list("men_titles", merged["men_titles"], conf),
        common_words=_string_list("common_words", merged["common_words"], conf),
        sentence_strip=_pattern(merged["sentence_strip"], conf),
        folder=folder,
        mode=merged["mode"],
        css_class=merged["css_class"],
        ambiguous=_string_list("ambiguous", merged["ambiguous"], conf),
        romanizations=_known("romanizations", merged["romanizations"], ALL_SCHEMES, conf),
        given_names=_string_list("given_names", merged["given_names"], conf),
    )


def linker_config(settings: dict) -> Config:
    """The linker's Config from a site's settings: PEOPLE_LINKER, PEOPLE_PATH and the file name."""
    folder = people_path(settings)
    return load(settings.get("PEOPLE_LINKER"), folder, settings_file(settings))


def page_backlinks(value: object, source: str) -> bool:
    """A page's `Backlinks:` value: `no` keeps it out of every "Mentioned in" list."""
    if value is None:
        return True
    answer = str(value).strip().lower()
    if answer not in ("yes", "no"):
        raise SettingsError(f"{source}: Backlinks is {value!r} — write `Backlinks: yes` or `no`")
    return answer == "yes"


def page_mode(value: object, default: str, source: str) -> str:
    """A page's `Autolink:` value, or the site's mode when it has none."""
    if value is None:
        return default
    mode = str(value).strip().lower()
    if mode not in MODES:
        raise SettingsError(
            f"{source}: Autolink is {value!r} — write `Autolink: first`, `all` or `none`"
        )
    return mode


def page_not_linked(value: object, source: str, profiles: Collection[str]) -> tuple[str, ...]:
    """A page's `Not-linked:` value: the profiles (of `profiles`, source paths) that it never
    links to nor appears under, because someone else on the page has their full name, which no
    rule can tell apart. A name is a profile's file name, with or without its folder and `.md`."""
    if value is None:
        return ()
    by_stem = {posixpath.basename(path).removesuffix(".md"): path for path in profiles}
    found, unknown = [], []
    for name in str(value).split(","):
        stem = posixpath.basename(name.strip()).removesuffix(".md")
        if stem:
            (found if stem in by_stem else unknown).append(stem)
    if unknown:
        named = ", ".join(did_you_mean(stem, sorted(by_stem)) for stem in unknown)
        raise SettingsError(
            f"{source}: Not-linked has {named}, but no profile has that file name — write each"
            " profile's file name without `.md`, separated by commas"
        )
    return tuple(by_stem[stem] for stem in found)
