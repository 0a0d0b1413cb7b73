"""What the templates receive as `brief`: the checked sources, figures, people and timeline."""

from __future__ import annotations

from dataclasses import dataclass, field

from .dates import PartialDate
from .figures import Figure
from .profiles import Person
from .sources import Source
from .timeline import Entry


@dataclass
class Brief:
    sources: list[Source]
    figures: list[Figure]
    people: list[tuple[Person, object]]  # (person, profile page), A to Z by surname
    timeline: list[Entry]
    cited_by: dict[str, list] = field(default_factory=dict)  # source id -> pages citing it
    page_urls: dict[str, str] = field(default_factory=dict)  # template name -> URL of its page

    @property
    def as_of(self) -> PartialDate | None:
        """The date of the newest dated fact or figure: what "as of" means on the brief."""
        dates = [entry.event.date for entry in self.timeline]
        dates.extend(figure.as_of for figure in self.figures)
        return max(dates, default=None)

    @property
    def people_by_letter(self) -> list[tuple[str, list[tuple[Person, object]]]]:
        """The people index: (initial of the surname, people) groups, A to Z."""
        groups: dict[str, list[tuple[Person, object]]] = {}
        for person, page in self.people:
            groups.setdefault(person.surname[:1].upper(), []).append((person, page))
        return list(groups.items())

    @property
    def brief_figures(self) -> list[Figure]:
        return [figure for figure in self.figures if figure.on_brief]
