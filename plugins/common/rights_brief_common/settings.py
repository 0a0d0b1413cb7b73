"""Settings that several plugins read: where the editor's settings live, and the people folder.

Pelican does not tell plugins which settings file it read, so messages name the file that
SETTINGS_FILE_NAME gives (a site sets it next to the plugins' settings), or else Pelican's
settings in general.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from blinker import signal

from .problems import ProblemError

GENERIC = "your Pelican settings"
DEFAULT_PEOPLE_PATH = "people"

# Sent with Pelican's settings: a plugin that writes profiles somewhere other than PAGE_SAVE_AS
# (the brief plugin, at BRIEF["people_url"]) answers with that pattern, so that the other
# plugins (content_checks) read the one setting rather than a copy of it.
profile_save_as = signal("brief-profile-save-as")


def settings_file(settings: Mapping[str, object]) -> str:
    """The settings file to name in messages (SETTINGS_FILE_NAME), or Pelican's settings."""
    return str(settings.get("SETTINGS_FILE_NAME") or GENERIC)


def people_path(settings: Mapping[str, object]) -> str:
    """PEOPLE_PATH: the folder under PATH with one profile page per person."""
    value = settings.get("PEOPLE_PATH", DEFAULT_PEOPLE_PATH)
    if not isinstance(value, str) or not value.strip("/ "):
        raise ProblemError(
            f"{settings_file(settings)}: PEOPLE_PATH is {value!r} — write the folder of the"
            f' profiles under PATH, e.g. PEOPLE_PATH = "{DEFAULT_PEOPLE_PATH}"'
        )
    return value.strip().strip("/")


def profiles_saved_as(settings: Mapping[str, object]) -> str | None:
    """Where profiles are written, a pattern with {slug}, as the plugin that writes them says;
    None when no plugin does (Pelican writes them at PAGE_SAVE_AS, like any page)."""
    for _receiver, pattern in profile_save_as.send(settings):
        if pattern:
            return str(pattern)
    return None


def template_folders(settings: Mapping[str, object]) -> list[Path]:
    """Where Pelican looks for templates: THEME_TEMPLATES_OVERRIDES first, then the theme's."""
    overrides = settings.get("THEME_TEMPLATES_OVERRIDES") or []
    return [*map(Path, overrides), Path(str(settings["THEME"])) / "templates"]
