"""One build's linking: read the profiles, build the index once, link every content item.

Works on Pelican's content objects by duck typing (`_content`, `metadata`, `relative_source_path`)
so that it can be driven without Pelican in tests.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime

from rights_brief_common.content_walk import walk
from rights_brief_common.problems import gather

from .cache import LinkCache
from .errors import LinkerError, locate
from .index import Index, build_index, kept_index
from .link import Result, link_fragment
from .names import Person, person_from_metadata
from .plain import append_backlinks
from .report import Report, near_misses
from .settings import Config, linker_config, page_backlinks, page_mode, page_not_linked

logger = logging.getLogger(__name__)
PREFIX = "people linker:"
LAST_REPORT: list[Report] = []  # the latest build's report, read by `make links`


@dataclass(slots=True)
class Backlink:
    """One page that mentions a person, as the profile's "Mentioned in" list shows it."""

    title: str
    url: str
    date: datetime | None
    sentence: str  # safe HTML: escaped text, and <span lang> where the page marked a language
    source: str
    page: object = None  # the page itself, for what else a theme may ask of it

    @property
    def locale_date(self) -> str:
        """The page's date as Pelican formats it, made only if a theme asks: Pelican's
        strftime is slow, and a profile's list may hold thousands of updates."""
        return getattr(self.page, "locale_date", "") if self.date is not None else ""


def run(generators: list) -> Report:
    """Link every article and page; attach `mentioned_in` to every profile."""
    items = _items(generators)
    if not items:
        return Report()
    settings = items[0][0].settings
    config = linker_config(settings)
    profiles = [item for item, kind in items if kind != "draft" and is_profile(item, config)]
    targets = profile_sources(items, config)
    people, fields = _checked_people(items, profiles, config, targets)
    store = LinkCache(settings, people, config)
    built = kept_index(people, config)  # taken in any case: never kept past this build
    if built is None and not store.warm:
        built = _checked(items, build_index, people, config)
    index = _IndexOnDemand(built, store)
    reporting = bool(settings.get("PEOPLE_LINKER_REPORT"))
    ambiguous = store.ambiguous if store.warm else built.ambiguous
    report = Report(ambiguous=ambiguous, keep_pages=reporting)
    backlinks: dict[str, list[Backlink]] = defaultdict(list)
    for (item, kind), page in zip(items, fields, strict=True):
        result = _link_item(item, page, index, config, store)
        if reporting:  # its sentences quoted as the profiles quote them
            misses = [*result.misses, *near_misses(result, index())]
            quoted = [replace(miss, sentence=config.quote(miss.sentence)) for miss in misses]
            result = replace(result, misses=quoted)
        report.add(item.relative_source_path, _title(item), result)
        if kind == "published" and page.backlinks:
            _collect_backlinks(item, result, backlinks, config)
    store.save(index.loaded)
    report.cached = store.hits
    for profile in profiles:
        found = backlinks.get(profile.relative_source_path, [])
        profile.mentioned_in = sorted(found, key=_backlink_order)
        if config.backlinks_in_content:
            append_backlinks(profile)
        _freeze_url(profile)
    logger.info("%s %s", PREFIX, report.summary())
    LAST_REPORT[:] = [report]
    return report


def _freeze_url(profile: object) -> None:
    """Pelican recomputes a page's URL from its settings on every access, once per link to it;
    a profile may be linked from thousands of pages. Its `override_url` (Pelican's own hook for
    a `URL:` in metadata) short-cuts that with the same value."""
    if not hasattr(profile, "override_url"):
        profile.override_url = profile.url


def _items(generators: list) -> list[tuple[object, str]]:
    """Every article and page, with "published" (linked, listed in backlinks), "hidden" (linked;
    a hidden profile is still a page to link to) or "draft" (linked, never a target or backlink)."""
    return [(item, kind.status) for item, kind in walk(generators)]


def is_profile(item: object, config: Config) -> bool:
    """A profile in the folder, in the site's language: a translation of a profile is the same
    person, not another one with the same names (its links go to it by language, issue 16)."""
    in_folder = item.relative_source_path.startswith(config.folder + "/")
    return in_folder and getattr(item, "in_default_lang", True)


def profile_sources(items: list, config: Config) -> set[str]:
    """Every profile a page may name in `Not-linked:`, drafts too (naming one is harmless)."""
    return {item.relative_source_path for item, _ in items if is_profile(item, config)}


def _own_profile(item: object, config: Config) -> tuple[str, ...]:
    """The profile a page must not link to itself: its own, or its original's if a translation."""
    if not item.relative_source_path.startswith(config.folder + "/"):
        return ()
    versions = [item, *getattr(item, "translations", [])]
    return tuple(v.relative_source_path for v in versions if getattr(v, "in_default_lang", True))


def _title(item: object) -> str:
    return str(item.metadata.get("title", item.relative_source_path))


@dataclass(frozen=True, slots=True)
class _Fields:
    """A page's linker fields, read once (and checked with every other page's)."""

    mode: str
    backlinks: bool
    not_linked: tuple[str, ...]


def _checked_people(
    items: list, profiles: list, config: Config, targets: set[str]
) -> tuple[list[Person], list[_Fields]]:
    """Every profile as a Person and every page's linker fields, in the order of `items`, after
    checking them all: all problems at once."""
    problems: list[str] = []
    people = [
        gather(problems, person_from_metadata, p.relative_source_path, p.metadata) for p in profiles
    ]
    fields = []
    for item, _ in items:
        source, metadata = item.relative_source_path, item.metadata
        mode = gather(problems, page_mode, metadata.get("autolink"), config.mode, source)
        listed = gather(problems, page_backlinks, metadata.get("backlinks"), source)
        not_linked = gather(problems, page_not_linked, metadata.get("not-linked"), source, targets)
        fields.append(_Fields(mode, listed, not_linked))
    _stop_on(problems, items)
    return people, fields


def _checked(items: list, check, *args: object) -> object:
    """Run one check; its problems name the files the editor knows."""
    problems: list[str] = []
    found = gather(problems, check, *args)
    _stop_on(problems, items)
    return found


def _stop_on(problems: list[str], items: list) -> None:
    if problems:
        raise LinkerError(*(located(problem, items) for problem in problems))


def located(problem: str, items: list) -> str:
    """The problem with the path and line the editor knows."""
    for item, _ in items:
        if problem.startswith(f"{item.relative_source_path}:"):
            return locate(problem, item.relative_source_path, item.source_path)
    return problem


class _IndexOnDemand:
    """The build's index: built already, or read from the cache when a fragment first needs it."""

    def __init__(self, built: Index | None, store: LinkCache) -> None:
        self.loaded, self.store = built, store

    def __call__(self) -> Index:
        if self.loaded is None:
            self.loaded = self.store.stored_index()
        return self.loaded


def _link_item(
    item: object, page: _Fields, index: Callable[[], Index], config: Config, store: LinkCache
) -> Result:
    source, mode = item.relative_source_path, page.mode
    exclude = _own_profile(item, config) + page.not_linked
    lang = getattr(item, "lang", "") or ""
    how = (mode, config.css_class, source, exclude, lang)

    def linked(html: str, sentences: bool) -> Result:
        return store.result(
            html,
            (*how, sentences),
            lambda: link_fragment(
                html, index(), mode, config.css_class, source, exclude, sentences, lang
            ),
        )

    result = linked(item._content or "", True)
    if item._content:
        item._content = result.html
    summary = item.metadata.get("summary")
    if summary:
        item.metadata["summary"] = item._summary = linked(summary, False).html
    return result


def _collect_backlinks(item: object, result: Result, backlinks: dict, config: Config) -> None:
    firsts = {}
    for mention in result.mentions:
        firsts.setdefault(mention.person, mention)
    if not firsts:
        return
    date = getattr(item, "date", None) if "date" in item.metadata else None
    page = {  # Pelican computes url on every access: once per page, not per mention
        "title": _title(item),
        "url": getattr(item, "url", ""),
        "date": date,
        "source": item.relative_source_path,
        "page": item,
    }
    for person, mention in firsts.items():
        backlinks[person].append(Backlink(sentence=config.quote(mention.sentence), **page))


def _backlink_order(backlink: Backlink) -> tuple:
    """Undated pages first by title, then dated updates newest first."""
    if backlink.date is None:
        return (0, 0.0, backlink.title, backlink.source)
    return (1, -backlink.date.timestamp(), backlink.title, backlink.source)
