"""The plain "Mentioned in" list for themes that do not render `page.mentioned_in` themselves.

A theme that does (its profile template reads `page.mentioned_in`) leaves
PEOPLE_LINKER["backlinks_in_content"] False; any other theme sets it True and gets this list,
from the plugin's own template, at the end of each profile's content.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, Template
from markupsafe import Markup


@cache
def _template() -> Template:
    loader = FileSystemLoader(Path(__file__).with_name("templates"))
    return Environment(loader=loader, autoescape=True, trim_blocks=True).get_template(
        "backlinks.html"
    )


def backlinks_html(mentions: list) -> str:
    """The list as HTML, each page linked with `{filename}` so Pelican writes its URL."""
    if not mentions:
        return ""
    shown = [
        {"title": item.title, "source": item.source, "sentence": Markup(item.sentence)}
        for item in mentions
    ]
    return _template().render(mentions=shown)


def append_backlinks(profile: object) -> None:
    """Add the list to the end of the profile's content (Pelican's `_content`)."""
    profile._content += backlinks_html(profile.mentioned_in)
