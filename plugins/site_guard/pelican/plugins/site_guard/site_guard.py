"""Pelican wiring: after every build, scan the whole output folder and fail on any leak."""

from __future__ import annotations

import logging
from pathlib import Path

from pelican import signals
from rights_brief_common.content_walk import walk
from rights_brief_common.problems import Problem, format_problems, merge_settings
from rights_brief_common.settings import settings_file

from .files import scan_folder
from .report import is_link_without_rel, to_problem

logger = logging.getLogger(__name__)
PREFIX = "site_guard:"
SOURCES: dict[str, str] = {}  # output file -> the content file it was written from, this build

DEFAULTS: dict[str, object] = {
    "enabled": True,  # False only for experiments; a published site must pass the guard
    "allowed_origins": [],  # other origins the site may load from; SITEURL's origin always may
    # Every link that leaves the site carries rel="noopener noreferrer" (no Referer, no
    # window.opener). False for a theme whose own links lack it; loads are checked either way.
    "outbound_rel": True,
}


class SiteGuardError(RuntimeError):
    """The built site would make readers' browsers contact another origin, or run inline code."""

    def __init__(self, problems: list[Problem] | str) -> None:
        self.problems = problems if isinstance(problems, list) else []
        super().__init__(format_problems(problems) if self.problems else problems)


def guard_settings(settings: dict) -> dict:
    """The SITE_GUARD settings merged over the defaults; an unknown key is an error that names
    the settings file and line, the closest known key and the fix."""
    given = settings.get("SITE_GUARD")
    return merge_settings(given, DEFAULTS, "SITE_GUARD", SiteGuardError, settings_file(settings))


def check_settings(pelican: object) -> None:
    """Refuse a bad SITE_GUARD before the build, not after every page is written."""
    guard_settings(pelican.settings)


def collect_sources(generators: list) -> None:
    """Note which content or static file each output file comes from, to name it in problems."""
    SOURCES.clear()
    for content, _kind in walk(generators):
        SOURCES[content.save_as] = content.source_path
    for generator in generators:
        for static in getattr(generator, "staticfiles", []):
            SOURCES[static.save_as] = static.source_path
    if generators:
        SOURCES.update(theme_static_sources(generators[0].settings))


def theme_static_sources(settings: dict) -> dict[str, str]:
    """The theme's static files by the output path Pelican copies them to."""
    theme, target = Path(settings["THEME"]), settings.get("THEME_STATIC_DIR", "theme")
    found = {}
    for folder in settings.get("THEME_STATIC_PATHS", ["static"]):
        root = theme / folder
        for path in root.rglob("*") if root.is_dir() else ():
            found[f"{target}/{path.relative_to(root).as_posix()}"] = str(path)
    return found


def check_output(pelican: object) -> None:
    """Scan what this build wrote; raise naming every file and element that breaks the rule."""
    settings = pelican.settings
    config = guard_settings(settings)
    if not config["enabled"]:
        logger.info("%s disabled by SITE_GUARD; the output was not checked", PREFIX)
        return
    allowed = [*config["allowed_origins"], settings.get("SITEURL") or ""]
    output = Path(pelican.output_path)
    findings = scan_folder(output, [origin for origin in allowed if origin])
    if not config["outbound_rel"]:
        findings = [found for found in findings if not is_link_without_rel(found)]
    if findings:
        problems = [to_problem(found, output, SOURCES) for found in findings]
        raise SiteGuardError(sorted(problems, key=lambda p: (p.path, p.line or 0, p.problem)))
    logger.info("%s output checked: nothing loads from another origin", PREFIX)


def register() -> None:
    signals.initialized.connect(check_settings)
    signals.all_generators_finalized.connect(collect_sources)
    signals.finalized.connect(check_output)
