"""A match as the rules leave it: a person, or none and the reason, which the report shows and
which says whether the page names a namesake."""

from __future__ import annotations

from dataclasses import dataclass

from .index import Entry

# Why a name was taken for another person's: the page names a namesake of its person.
DIFFERENT_GIVEN, DIFFERENT_INITIAL, PRECEDED_BY, FOLLOWED_BY = (
    "different given name",
    "different initial",
    "preceded by",
    "followed by",
)
NAMESAKE_REASONS = (DIFFERENT_GIVEN, DIFFERENT_INITIAL, PRECEDED_BY + " ", FOLLOWED_BY + " ")
NAMESAKE_ON_PAGE = "a namesake on the page"
# Left unlinked, but no namesake: a word one letter from the person's own given name
MISSPELT_GIVEN = "after a misspelt given name?"
# Left unlinked, but no namesake: an unknown word after a preposition of place ("va Ukrainie")
AFTER_PLACE = "after a place?"
# Left unlinked, but no namesake: a surname paired with another by a hyphen, no given name
# before the pair ("the Medvedev-Lukashenko spat")
JOINED_TO = "joined to"


@dataclass(slots=True)
class Candidate:
    """A match in original coordinates; `person` is None (and `reason` says why) if unlinkable."""

    start: int
    stop: int
    person: str | None
    reason: str = ""
    near: str = ""  # the profile an unlinkable match would have gone to, for the report
    # A surname whose person is certain, left unresolved: (folded start, stop, entry). Only
    # whether its given name joins the link is open, which matters only if it is linked.
    pending: tuple[int, int, Entry] | None = None
    bare: bool = False  # a surname with neither given name nor initial: unsure beside a namesake
    given: str = ""  # the folded given name of the namesake a blocked surname names
    # The capitalised word opening the sentence right before a bare surname (folded): a namesake's
    # given name, if the page gives it to one elsewhere ("Donald Blinken, a former diplomat").
    opening: str = ""


def names_a_namesake(reason: str) -> bool:
    """Whether a surname left unlinked for `reason` was another person's (not a typo's, a
    plural's or a common word's): then its own person's surname alone is unsure on that page."""
    return reason.startswith(NAMESAKE_REASONS)


def unlinked(alone: Candidate, entry: Entry, reason: str) -> Candidate:
    """`alone` left unlinked for `reason`; the report names the profile if only one was near."""
    near = entry.persons[0] if len(entry.persons) == 1 else ""
    return Candidate(alone.start, alone.stop, None, reason, near)
