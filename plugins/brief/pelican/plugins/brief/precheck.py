"""What the brief can check from the files alone, before Pelican reads them: the settings, the
sources and figures files, every profile, every key date and every cited source id.

content_checks runs these with its own checks (rights_brief_common.problems.file_checks), so one build reports
every mistake; the checks after reading (brief.py) then find nothing new.
"""

from __future__ import annotations

import re
from pathlib import Path, PurePosixPath

from rights_brief_common.problems import ContentFile, at, gather

from .citations import SKIPPED, citation_ids
from .errors import BriefError
from .figures import load_figures
from .profiles import PERSON_TEMPLATE, Event, parse_events, read_person
from .settings import brief_settings, other_languages
from .sources import load_sources, read_toml, require_source
from .timeline import pair_events

CODE = re.compile(r"(`{3,}|~{3,}).*?\1|`+[^`\n]*`+", re.DOTALL)


def check_files(settings: dict, files: list[ContentFile]) -> list[str]:
    """Every problem the brief can find without Pelican, each with its file and line."""
    problems: list[str] = []
    config = gather(problems, brief_settings, settings)
    if config is None:
        return problems
    root = Path(settings["PATH"])
    sources = gather(problems, load_sources, root / str(config["sources"]))
    if sources is None:  # some records are wrong: their ids are still known
        sources = gather(problems, read_toml, root / str(config["sources"]))
        if sources is None:
            return problems
    figures = root / str(config["figures"])
    default = settings["DEFAULT_LANG"]
    gather(problems, load_figures, figures, sources, default, other_languages(settings))
    for file in files:
        ids = gather(problems, _metadata_ids, file, str(config["people_dir"])) or []
        for source_id in dict.fromkeys([*ids, *citation_ids(_outside_code(file.text))]):
            gather(problems, require_source, source_id, sources, file.path)
    return problems


def _outside_code(markdown: str) -> str:
    """The text without code spans and fenced blocks, where `[@id]` is an example, not a cite."""
    return CODE.sub("", SKIPPED.sub("", markdown))


def _metadata_ids(file: ContentFile, people_dir: str) -> list[str]:
    """The source ids a file's metadata cites; a bad profile or key date stops here."""
    template = file.metadata.get("template")
    in_folder = PurePosixPath(file.source).is_relative_to(people_dir)
    if template == PERSON_TEMPLATE or (in_folder and template is None):
        person = read_person(file.metadata, file.path, title_checked=True)
        events, ids = person.events, list(person.custody_source_ids)
    else:
        events, ids = parse_events(file.metadata.get("events"), file.path), []
    for event in events:
        ids.extend(event.source_ids)
    return ids


def check_translated_events(
    settings: dict, pairs: list[tuple[ContentFile, ContentFile, str]]
) -> list[str]:
    """Every event a translation gives translates one of its original's: the same date and
    sources. (An original event the translation leaves out is shown in the original's words.)"""
    problems: list[str] = []
    for original, translation, _lang in pairs:
        if not translation.metadata.get("events"):
            continue
        try:
            theirs = parse_events(original.metadata.get("events"), original.path)
        except BriefError:
            continue  # the original's own check reports it
        ours = gather(problems, parse_events, translation.metadata.get("events"), translation.path)
        for event in pair_events(theirs, ours or ())[1]:
            problems.append(_matches_nothing(event, theirs, translation.path, original.path))
    return problems


def _matches_nothing(event: Event, theirs: tuple[Event, ...], path: str, original: str) -> str:
    where = at(path, r"^\s*(events\s*:\s*)?" + re.escape(event.date.iso) + r"\s*\|")
    listed = "; ".join(f"{e.date.iso} | {', '.join(e.source_ids)}" for e in theirs) or "(none)"
    fix = f"give it the date and source ids of the event it translates; {original} has: {listed}"
    return (
        f"{where}: Events line of {event.date.iso} with {', '.join(event.source_ids)} "
        f"translates no event of {original}: none has that date and those sources — {fix}"
    )
