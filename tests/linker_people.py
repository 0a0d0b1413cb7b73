"""People the linker's unit tests share (the Tsikhanouski couple, with Belarusian and Russian
names), and the link the linker writes, so that each table states only what it tests."""

from __future__ import annotations

from people_linker.names import Person

SVIATLANA = Person(
    "people/sviatlana.md",
    "Sviatlana Tsikhanouskaya",
    (("be", "Святлана Ціханоўская"), ("ru", "Светлана Тихановская")),
)
SIARHEI = Person(
    "people/siarhei.md",
    "Siarhei Tsikhanouski",
    (("be", "Сяргей Ціханоўскі"), ("ru", "Сергей Тихановский")),
)


def a(person: str, text: str) -> str:
    """The link the linker writes around `text` for people/<person>.md."""
    return f'<a class="app-person-link" href="{{filename}}/people/{person}.md">{text}</a>'
