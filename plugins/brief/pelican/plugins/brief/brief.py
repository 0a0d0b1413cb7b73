"""Pelican wiring: profiles get the person template; citations, sources, figures, timeline and
people reach every template as the `brief` context variable."""

from __future__ import annotations

import logging
from pathlib import Path

from pelican import signals
from pelican.contents import Article, Page
from rights_brief_common.content_walk import contents
from rights_brief_common.problems import at, file_checks, gather, shown, translation_checks
from rights_brief_common.settings import profile_save_as, template_folders

from .citations import CITATION, citation_ids, number_sources, replace_citations, strip_citations
from .dates import PartialDate
from .errors import BriefError
from .figures import load_figures
from .markup import Markups
from .model import Brief
from .precheck import check_files, check_translated_events
from .profiles import PERSON_TEMPLATE, Event, Person, parse_events, read_person
from .settings import brief_settings, other_languages
from .sources import Source, load_sources, require_source
from .timeline import build_timeline

logger = logging.getLogger(__name__)
TITLE = r"^\s{0,3}title\s*:"  # an update's first line, to point at it


def assign_person_template(content: object) -> None:
    """Pages under the people folder are profiles: the theme's person template (when it has
    one: Pelican's own themes do not, and keep their page template), people/ URL."""
    if not isinstance(content, Page):
        return
    config = brief_settings(content.settings)
    folder = (Path(content.settings["PATH"]) / str(config["people_dir"])).resolve()
    if folder not in Path(content.source_path).resolve().parents:
        return
    if "template" not in content.metadata:
        content.brief_profile = True
        if theme_has(content.settings, PERSON_TEMPLATE):
            content.template = PERSON_TEMPLATE
    if "url" not in content.metadata and "save_as" not in content.metadata:
        location = str(config["people_url"]).format(slug=content.slug)
        if content.lang != content.settings["DEFAULT_LANG"]:
            location = f"{content.lang}/{location}"
        content.override_url = location
        content.override_save_as = location


def theme_has(settings: dict, template: str) -> bool:
    """Whether Pelican would find `template` (THEME_TEMPLATES_OVERRIDES, then the theme's)."""
    return any((folder / f"{template}.html").is_file() for folder in template_folders(settings))


def is_profile(content: object) -> bool:
    """A profile: in the people folder without a Template of its own, or `Template: person`."""
    return content.template == PERSON_TEMPLATE or getattr(content, "brief_profile", False)


def build_brief(generators: list) -> None:
    """Check and render every citation, then hand the whole brief to the templates."""
    site = generators[0].settings
    config = brief_settings(site)
    root = Path(site["PATH"])
    lang = str(site.get("DEFAULT_LANG", "en"))
    sources = load_sources(root / str(config["sources"]), lang)
    figures = load_figures(root / str(config["figures"]), sources, lang, other_languages(site))
    brief = Brief(sources=list(sources.values()), figures=figures, people=[], timeline=[])
    brief.lang = lang
    brief.cited_by = {source_id: [] for source_id in sources}
    contents = published_contents(generators)
    problems: list[str] = []
    found = []
    markups = Markups(generators)
    for content in contents:
        read = gather(problems, _read_page, content, brief, sources, config, markups)
        found.extend(read or [])
    if problems:
        raise BriefError(*problems)
    for citing in brief.cited_by.values():
        citing.sort(key=lambda content: content.title.casefold())
    brief.timeline = build_timeline(found, sources, lang)
    originals = [p for p in contents if isinstance(p, Page) and getattr(p, "in_default_lang", True)]
    brief.template_pages = {page.template: page for page in originals}
    brief.page_urls = {template: page.url for template, page in brief.template_pages.items()}
    for generator in generators:
        generator.context["brief"] = brief
    logger.info(
        "brief: %s sources, %s people, %s dated events",
        len(brief.sources),
        len(brief.people),
        len(brief.timeline),
    )
    for other in other_languages(site):
        figures_left, events_left = brief.untranslated(other)
        if figures_left or events_left:
            logger.info(
                "brief: %s: %s figures and %s timeline events have no translation; shown in %s",
                other,
                figures_left,
                events_left,
                lang,
            )


def _read_page(
    content: object, brief: Brief, sources: dict[str, Source], config: dict, markups: Markups
) -> list[tuple[Event, object, int]]:
    """Cite one page, note whom it profiles and what it cites; return its dated events."""
    where = shown(content.source_path)
    person, events = _read_metadata(content, where)
    translated = not getattr(content, "in_default_lang", True)
    # a translation's own events, paired with its original's by date and sources (timeline.py)
    content.brief_events = (
        parse_events(content.metadata.get("events"), where) if translated else events
    )
    first_ids = _metadata_ids(person, events)
    numbers = cite_content(content, sources, first_ids, where, config, markups)
    for source_id in numbers:
        brief.cited_by[source_id].append(content)
    if translated:
        return []  # a translation: its person and dated events are its original's
    if person:
        brief.people.append((person, content))
    found = [(event, content, index) for index, event in enumerate(events)]
    if isinstance(content, Article) and sources:
        found.append((_update_event(content, numbers, where), content, -1))
    return found


def published_contents(generators: list) -> list:
    """Every article and page a reader can open: published and hidden, with translations."""
    return contents(generators, ("published", "hidden"))


def _read_metadata(content: object, where: str) -> tuple[Person | None, tuple[Event, ...]]:
    if is_profile(content):
        person = read_person(profile_metadata(content), where)
        content.brief_person = person
        return person, person.events
    return None, parse_events(content.metadata.get("events"), where)


def profile_metadata(content: object) -> dict:
    """A profile's fields; a translation takes what it does not give from its original, so it
    need only translate the title, role and text."""
    originals = [
        item
        for item in getattr(content, "translations", [])
        if getattr(item, "in_default_lang", False)
    ]
    if getattr(content, "in_default_lang", True) or not originals:
        return content.metadata
    return {**originals[0].metadata, **content.metadata}


def _metadata_ids(person: Person | None, events: tuple[Event, ...]) -> list[str]:
    ids = list(person.custody_source_ids) if person else []
    for event in events:
        ids.extend(event.source_ids)
    return ids


def cite_content(
    content: object,
    sources: dict[str, Source],
    first_ids: list[str],
    where: str,
    config: dict,
    markups: Markups,
) -> dict[str, int]:
    """Number a page's sources, turn its citations into notes and end it with its source list."""
    html = content._content or ""
    ids = [*first_ids, *citation_ids(html)]
    problems: list[str] = []
    for source_id in dict.fromkeys(ids):
        gather(problems, require_source, source_id, sources, where)
    if problems:
        raise BriefError(*problems)
    numbers = number_sources(ids)
    content.brief_notes = numbers
    if not numbers:
        return numbers
    page = "{filename}/" + content.relative_source_path.replace("\\", "/")
    markup = markups.for_page(content)
    html = replace_citations(html, lambda cited: markup.note(cited, numbers, page))
    title = str(config["source_list_title"])
    content._content = html + markup.source_list(numbers, sources, title)
    summary = content.metadata.get("summary")
    if summary and CITATION.search(summary):
        content.metadata["summary"] = strip_citations(summary)
        content._summary = content.metadata["summary"]
    return numbers


def _update_event(article: object, numbers: dict[str, int], where: str) -> Event:
    """An update is itself a dated event in the timeline, sourced by what it cites.

    A site with no sources file has no timeline to keep honest, so only briefs with sources
    require every update to cite one.
    """
    if not numbers:
        fix = "cite the source of what it reports, e.g. [@source-id] after the fact"
        raise BriefError(f"{at(where, TITLE)}: an update cites no source — {fix}")
    day = article.date
    return Event(PartialDate(day.year, day.month, day.day), article.title, tuple(numbers))


def check_settings(pelican: object) -> None:
    """Refuse a bad BRIEF dict before any file is read (Pelican hides errors raised in readers)."""
    brief_settings(pelican.settings)


def people_url(settings: dict) -> str:
    """Where this plugin writes profiles (BRIEF["people_url"]), for content_checks."""
    return str(brief_settings(settings)["people_url"])


def register() -> None:
    signals.initialized.connect(check_settings)
    profile_save_as.connect(people_url)
    file_checks.connect(check_files)
    translation_checks.connect(check_translated_events)
    signals.content_object_init.connect(assign_person_template)
    signals.all_generators_finalized.connect(build_brief)
