"""The BRIEF settings dict: defaults merged with the site's values, unknown keys refused."""

from __future__ import annotations

from collections.abc import Mapping

from rights_brief_common.problems import merge_settings
from rights_brief_common.settings import people_path, settings_file

from .errors import BriefError

DEFAULTS: dict[str, object] = {
    "sources": "data/sources.toml",  # source records, relative to PATH
    "figures": "data/figures.toml",  # key figures, relative to PATH
    "people_url": "people/{slug}.html",  # where profiles are written (also their URL)
    "source_list_title": "",  # heading of the source list; "": the theme's "Sources", translated
}


def brief_settings(site: Mapping[str, object]) -> dict[str, object]:
    """Merge the site's BRIEF dict over DEFAULTS, naming any key the plugin does not know;
    `people_dir` is PEOPLE_PATH, the one setting every plugin reads for the profiles' folder."""
    moved = {"people_dir": "PEOPLE_PATH"}
    merged = merge_settings(
        site.get("BRIEF"), DEFAULTS, "BRIEF", BriefError, settings_file(site), moved
    )
    return {**merged, "people_dir": people_path(site)}


def other_languages(site: Mapping[str, object]) -> list[str]:
    """The site's languages other than the default: those the brief's data may be translated into."""
    default = site.get("DEFAULT_LANG", "en")
    return [lang for lang in site.get("LANGUAGES") or [] if lang != default]
