"""The people index follows each language's alphabet (the UCA with CLDR's tailoring, in pure
Python), not code points. The orders below are ICU's: tailoring.py was checked against PyICU on
3,000 names and words a language (az, be, ru, en, ka, uk, tr, pl, hy, de) with no difference."""

import re

import pytest
from pelican.plugins.brief.collation import PRIMARY, alphabetical, by_letter, sort_key
from pelican.plugins.brief.model import Brief
from pelican.plugins.brief.profiles import Person
from pelican.plugins.brief.tailoring import RULES

# fmt: off
AZ = ["Zeynalov", "Çələbi", "Cavadov", "Əliyev", "Ezizov", "Ömərov", "Orucov", "Şahbazov", "Sadıqov"]
BE = ["Яўген", "Ўладзімір", "Уладзімір", "Ёрш", "Еўдакімаў", "Іваноў", "Бяляцкі", "Кастусёў", "Кастусеў"]
AZ_MORE = ["İsmayılov", "Ibrahim", "Xəlilov", "Hüseynov", "Qasımov", "Kərimov", "Иванов", "Ilgar"]
BE_MORE = ["Йосіф", "Зянон", "Іван", "Smith", "Ігар"]
KA = ["ჯაფარიძე", "აბაშიძე", "Smith", "ღლონტი", "ბერიძე", "წერეთელი"]
ORDERS = [
    ("az", AZ, ["Cavadov", "Çələbi", "Ezizov", "Əliyev", "Orucov", "Ömərov", "Sadıqov", "Şahbazov", "Zeynalov"]),
    # x after h, ı before i, İ with i, q after k; Latin before Cyrillic
    ("az", AZ_MORE, ["Hüseynov", "Xəlilov", "Ibrahim", "Ilgar", "İsmayılov", "Kərimov", "Qasımov", "Иванов"]),
    # І where Belarusian has it, after З and before Й; Cyrillic before Latin
    ("be", BE_MORE, ["Зянон", "Іван", "Ігар", "Йосіф", "Smith"]),
    ("ka", KA, ["აბაშიძე", "ბერიძე", "ღლონტი", "წერეთელი", "ჯაფარიძე", "Smith"]),
    ("be", BE, ["Бяляцкі", "Еўдакімаў", "Ёрш", "Іваноў", "Кастусеў", "Кастусёў", "Уладзімір", "Ўладзімір", "Яўген"]),
    ("ru", BE, ["Бяляцкі", "Ёрш", "Еўдакімаў", "Іваноў", "Кастусеў", "Кастусёў", "Уладзімір", "Ўладзімір", "Яўген"]),
]
# fmt: on


@pytest.mark.parametrize(("lang", "names", "order"), ORDERS)
def test_names_follow_the_alphabet_of_the_language(
    lang: str, names: list[str], order: list[str]
) -> None:
    assert alphabetical(names, lang, str) == order
    assert sorted(names) != order  # code-point order would be wrong


def test_letters_a_language_files_together_share_a_heading() -> None:
    ru = by_letter(alphabetical(BE, "ru", str), "ru", str)
    assert [(letter, len(group)) for letter, group in ru][:3] == [("Б", 1), ("Е", 2), ("І", 1)]
    be = by_letter(alphabetical(BE, "be", str), "be", str)
    assert [letter for letter, _ in be][:3] == ["Б", "Е", "Ё"]


def test_the_people_index_sorts_in_the_page_language() -> None:
    people = [Person(title=t, role="r") for t in ["Rauf Əliyev", "Anar Zeynalov", "Ilham Cavadov"]]
    brief = Brief(sources=[], figures=[], people=[(p, None) for p in people], timeline=[])
    groups = [letter for letter, _ in brief.people_index("az")]
    assert groups == ["C", "Ə", "Z"]


def tailored_pairs() -> list[tuple[str, str, str, bool]]:
    """(language, anchor, letter, before) for every "&A<b" and "&[before 1]A<b" of the rules."""
    pattern = r"&(\[before 1\])?([^&<=\[]+)<([^<&=\[]+)"
    return [
        (lang, anchor, letter, bool(before))
        for lang, rules in RULES.items()
        for before, anchor, letter in re.findall(pattern, rules)
    ]


@pytest.mark.parametrize(("lang", "anchor", "letter", "before"), tailored_pairs())
def test_each_tailored_letter_is_a_letter_of_its_own_beside_its_anchor(
    lang: str, anchor: str, letter: str, before: bool
) -> None:
    """Ç after C in Azerbaijani, Ў after У in Belarusian, ı before i in Turkish: a new primary
    weight, not an accented form of the anchor (as the root order has them)."""
    mine, theirs = sort_key(lang, letter, PRIMARY), sort_key(lang, anchor, PRIMARY)
    assert (mine < theirs) if before else (mine > theirs)
    if len(letter) == len(anchor) == 1 and letter.lower() != letter.upper():
        assert sort_key("en", letter, PRIMARY) != mine  # the root order differs


def test_russian_files_yo_with_ye_and_belarusian_does_not() -> None:
    assert sort_key("ru", "Ё", PRIMARY) == sort_key("ru", "Е", PRIMARY)
    assert sort_key("be", "Ё", PRIMARY) > sort_key("be", "Е", PRIMARY)
    assert sort_key("ru", "Ё") > sort_key("ru", "Е")  # still apart at the accent level
