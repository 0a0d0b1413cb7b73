"""The BRIEF settings dict: defaults merged with the site's values, unknown keys refused."""

from __future__ import annotations

from collections.abc import Mapping

from .errors import BriefError

DEFAULTS: dict[str, object] = {
    "sources": "data/sources.toml",  # source records, relative to PATH
    "figures": "data/figures.toml",  # key figures, relative to PATH
    "people_dir": "people",  # profiles: Pelican pages in PATH/<people_dir>/
    "people_url": "people/{slug}.html",  # where profiles are written (also their URL)
    "source_list_title": "",  # heading of the source list; "": the theme's "Sources", translated
}


def brief_settings(site: Mapping[str, object]) -> dict[str, object]:
    """Merge the site's BRIEF dict over DEFAULTS, naming any key the plugin does not know."""
    given = dict(site.get("BRIEF") or {})
    unknown = sorted(set(given) - set(DEFAULTS))
    if unknown:
        fix = f"remove or correct it in pelican.conf.py; known keys: {', '.join(DEFAULTS)}"
        raise BriefError(
            f"pelican.conf.py: BRIEF setting: unknown key(s) {', '.join(unknown)} — {fix}"
        )
    return {**DEFAULTS, **given}
