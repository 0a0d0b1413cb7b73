"""What the linker can check from the files alone, before Pelican reads them: its settings, every
profile's names, every page's Autolink, Backlinks and Not-linked, and forms two people share.

content_checks runs this with its own checks (rights_brief_common.problems.file_checks), so one build reports
every mistake at once.
"""

from __future__ import annotations

from rights_brief_common.problems import ContentFile, gather

from .index import build_index, keep_for_linking
from .names import person_from_metadata
from .pipeline import is_profile, located, profile_sources
from .settings import linker_config, page_backlinks, page_mode, page_not_linked


def check_files(settings: dict, files: list[ContentFile]) -> list[str]:
    """Every problem the linker would stop on, each with its file and line."""
    problems: list[str] = []
    config = gather(problems, linker_config, settings)
    if config is None:
        return problems
    people = []
    items = [(file, "published") for file in files]
    targets = profile_sources(items, config)
    for file in files:
        metadata, source = file.metadata, file.source
        gather(problems, page_mode, metadata.get("autolink"), config.mode, source)
        gather(problems, page_backlinks, metadata.get("backlinks"), source)
        gather(problems, page_not_linked, metadata.get("not-linked"), source, targets)
        if is_profile(file, config) and metadata.get("status") != "draft":
            if not str(metadata.get("title", "")).strip():
                continue  # content_checks, which runs this check, reports a missing title once
            people.append(gather(problems, person_from_metadata, source, metadata))
    people = [person for person in people if person is not None]
    index = gather(problems, build_index, people, config)
    if index is not None and not problems:
        keep_for_linking(index, people, config)
    return [located(problem, items) for problem in problems]
