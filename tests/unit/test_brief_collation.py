"""The people index follows each language's alphabet (ICU), not code points."""

import pytest
from pelican.plugins.brief.collation import alphabetical, by_letter
from pelican.plugins.brief.model import Brief
from pelican.plugins.brief.profiles import Person

# fmt: off
AZ = ["Zeynalov", "Çələbi", "Cavadov", "Əliyev", "Ezizov", "Ömərov", "Orucov", "Şahbazov", "Sadıqov"]
BE = ["Яўген", "Ўладзімір", "Уладзімір", "Ёрш", "Еўдакімаў", "Іваноў", "Бяляцкі", "Кастусёў", "Кастусеў"]
ORDERS = [
    ("az", AZ, ["Cavadov", "Çələbi", "Ezizov", "Əliyev", "Orucov", "Ömərov", "Sadıqov", "Şahbazov", "Zeynalov"]),
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
