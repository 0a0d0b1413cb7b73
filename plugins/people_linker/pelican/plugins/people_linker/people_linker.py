"""Pelican wiring: link people in every article and page, attach backlinks to their profiles."""

from __future__ import annotations

from pelican import signals
from rights_brief_common.problems import file_checks

from .memory import collector_paused, release_resolved_content
from .pipeline import run
from .precheck import check_files


def link_all(generators: list) -> None:
    """Link after every generator has read its content, before anything is written."""
    with collector_paused():
        run(generators)


def register() -> None:
    signals.all_generators_finalized.connect(link_all)
    signals.content_written.connect(release_resolved_content)
    file_checks.connect(check_files)
