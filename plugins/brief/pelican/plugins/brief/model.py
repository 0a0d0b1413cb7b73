"""What the templates receive as `brief`: the checked sources, figures, people and timeline."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from .collation import alphabetical, by_letter
from .dates import PartialDate
from .figures import Figure
from .profiles import Person
from .sources import Source
from .timeline import Entry, translate_entry


@dataclass
class Brief:
    sources: list[Source]
    figures: list[Figure]
    people: list[tuple[Person, object]]  # (person, profile in the default language)
    timeline: list[Entry]
    cited_by: dict[str, list] = field(default_factory=dict)  # source id -> pages citing it
    page_urls: dict[str, str] = field(default_factory=dict)  # template name -> URL of its page
    template_pages: dict[str, object] = field(default_factory=dict)  # template name -> page
    lang: str = "en"  # the language the brief's originals are written in
    _timelines: dict[str, list[Entry]] = field(default_factory=dict, repr=False)

    def timeline_in(self, lang: str) -> list[Entry]:
        """The timeline as a page in `lang` shows it: each event from its page's translation
        where it has one, else in the original's words (Entry.text_lang says which)."""
        if lang == self.lang:
            return self.timeline
        if lang not in self._timelines:
            self._timelines[lang] = [translate_entry(entry, lang) for entry in self.timeline]
        return self._timelines[lang]

    def untranslated(self, lang: str) -> tuple[int, int]:
        """How many figures and timeline events have no translation into `lang`."""
        figures = sum(1 for figure in self.figures if figure.text_in(lang).lang != lang)
        events = sum(1 for entry in self.timeline_in(lang) if entry.text_lang != lang)
        return figures, events

    def page_url(self, template: str, lang: str) -> str:
        """The URL of the page with this template in `lang`, else in the site's language."""
        page = self.template_pages.get(template)
        if page is None:
            return ""
        versions = [t for t in getattr(page, "translations", []) if t.lang == lang]
        return (versions[0] if versions else page).url

    @property
    def as_of(self) -> PartialDate | None:
        """The date of the newest dated fact or figure: what "as of" means on the brief."""
        dates = [entry.event.date for entry in self.timeline]
        dates.extend(figure.as_of for figure in self.figures)
        return max(dates, default=None)

    def people_index(self, lang: str) -> list[tuple[str, list[tuple[Person, object]]]]:
        """The people index of one language: each person's profile in that language where it
        exists, sorted by surname in that language's alphabet, grouped by initial."""
        shown = [edition(person, page, lang) for person, page in self.people]
        ordered = alphabetical(shown, lang, lambda pair: pair[0].surname, lambda p: p[0].title)
        return by_letter(ordered, lang, lambda pair: pair[0].surname)

    @property
    def brief_figures(self) -> list[Figure]:
        return [figure for figure in self.figures if figure.on_brief]


def edition(person: Person, page: object, lang: str) -> tuple[Person, object]:
    """The profile in `lang` (Pelican's translations of the page) with its person, or the
    original, named in `lang` when its Names give a verified form, when that language has none."""
    for translation in getattr(page, "translations", []):
        if translation.lang == lang and getattr(translation, "brief_person", None):
            return translation.brief_person, translation
    forms = [name.form for name in person.names if name.lang == lang and name.verified]
    return (replace(person, title=forms[0]) if forms else person), page
