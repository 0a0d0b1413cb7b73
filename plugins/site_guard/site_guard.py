"""Pelican wiring: after every build, scan the whole output folder and fail on any leak."""

from __future__ import annotations

import logging
from pathlib import Path

from pelican import signals

from .scan import scan_folder

logger = logging.getLogger(__name__)
PREFIX = "site_guard:"

DEFAULTS: dict[str, object] = {
    "enabled": True,  # False only for experiments; a published site must pass the guard
    "allowed_origins": [],  # other origins the site may load from; SITEURL's origin always may
}


class SiteGuardError(RuntimeError):
    """The built site would make readers' browsers contact another origin, or run inline code."""


def guard_settings(settings: dict) -> dict:
    """The SITE_GUARD settings merged over the defaults; an unknown key is an error."""
    given = settings.get("SITE_GUARD") or {}
    unknown = sorted(set(given) - set(DEFAULTS))
    if unknown:
        raise SiteGuardError(
            f"{PREFIX} unknown SITE_GUARD key(s) {', '.join(unknown)}; known: {', '.join(DEFAULTS)}"
        )
    return {**DEFAULTS, **given}


def check_output(pelican: object) -> None:
    """Scan what this build wrote; raise naming every file and URL that breaks the rule."""
    settings = pelican.settings
    config = guard_settings(settings)
    if not config["enabled"]:
        logger.info("%s disabled by SITE_GUARD; the output was not checked", PREFIX)
        return
    allowed = [*config["allowed_origins"], settings.get("SITEURL") or ""]
    findings = scan_folder(Path(pelican.output_path), [origin for origin in allowed if origin])
    if findings:
        lines = "\n".join(f"  {finding}" for finding in findings)
        raise SiteGuardError(
            f"{PREFIX} {len(findings)} reference(s) in the output would reach another "
            f"website or run inline code (readers must never contact a third party):\n{lines}"
        )
    logger.info("%s output checked: nothing loads from another origin", PREFIX)


def register() -> None:
    signals.finalized.connect(check_output)
