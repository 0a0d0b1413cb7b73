"""Pelican wiring: check every content file before Pelican reads it, and stop on any problem.

Pelican on its own skips a broken file with one log line and goes on; an editor then finds a page
missing. Checking first lets the build report every problem at once, each with its fix.
"""

from __future__ import annotations

import logging
from pathlib import Path, PurePosixPath

from common.problems import ContentFile, Problem, ProblemError, file_checks, shown
from pelican import signals
from pelican.utils import slugify

from .checks import (
    check_fields,
    check_links,
    check_metadata,
    check_nav_pages,
    check_output_paths,
    content_files,
    decode,
    read_fields,
    read_metadata,
)

logger = logging.getLogger(__name__)

# Where an editor sets NAV_PAGES; Pelican does not tell plugins which settings file it read, and
# publish.conf.py takes NAV_PAGES from this one.
SETTINGS_FILE = "pelican.conf.py"


def check_content(pelican: object) -> None:
    settings = pelican.settings
    root = Path(settings["PATH"])
    existing = {p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file()}
    article_folders = settings["ARTICLE_PATHS"]
    templates = theme_templates(Path(settings["THEME"]))
    problems: list[Problem] = []
    claims: list[tuple[str, str, int]] = []
    page_slugs: set[str] = set()
    files: list[ContentFile] = []
    for file in content_files(root, [*settings["PAGE_PATHS"], *article_folders]):
        source = PurePosixPath(file.relative_to(root).as_posix())
        shown_path = shown(file)
        text, encoding_problems = decode(file.read_bytes(), shown_path)
        problems.extend(encoding_problems)
        if text is None:
            continue
        fields = read_fields(text)
        metadata = read_metadata(text)
        files.append(ContentFile(shown_path, source.as_posix(), text, unlocated(fields)))
        dated = any(source.is_relative_to(folder) for folder in article_folders)
        problems.extend(check_metadata(shown_path, metadata, dated))
        problems.extend(check_fields(shown_path, metadata, templates))
        problems.extend(check_links(shown_path, text, source, existing))
        line = metadata.get("save_as", metadata.get("slug", (1, "")))[0]
        claims.append((shown_path, output_path(source, metadata, settings, dated), line))
        if not dated and metadata.get("status", (0, "published"))[1] == "published":
            page_slugs.add(content_slug(source, metadata, settings))
    problems.extend(check_output_paths(claims))
    for _receiver, found in file_checks.send(settings, files=files):
        problems.extend(found or [])
    if problems:
        raise ProblemError(*problems)
    # A warning, not a stop: the site is whole without the link, and sites built for tests need
    # not carry every page. `make html` builds with --fatal warnings, so it fails there.
    for problem in check_nav_pages(settings.get("NAV_PAGES", []), page_slugs, SETTINGS_FILE):
        logger.warning("content_checks: %s", problem)
    logger.info("content_checks: %d files checked, no problems", len(claims))


def unlocated(fields: dict[str, tuple[int, object]]) -> dict[str, object]:
    return {key: value for key, (_line, value) in fields.items()}


def theme_templates(theme: Path) -> set[str]:
    """Names a page may give in `Template:`: the theme's page templates, without `.html`."""
    folder = theme / "templates"
    names = {p.relative_to(folder).with_suffix("").as_posix() for p in folder.rglob("*.html")}
    return {name for name in names if name != "base" and not name.startswith("partials/")}


def output_path(source: PurePosixPath, metadata: dict, settings: dict, dated: bool) -> str:
    """Where Pelican will write this file, from its Save_as or Slug and the URL settings."""
    if "save_as" in metadata:
        return metadata["save_as"][1]
    slug = content_slug(source, metadata, settings)
    pattern = settings["ARTICLE_SAVE_AS" if dated else "PAGE_SAVE_AS"]
    try:
        return pattern.format(slug=slug, lang=settings["DEFAULT_LANG"])
    except (KeyError, IndexError, AttributeError):
        return f"{pattern} with slug {slug}"


def content_slug(source: PurePosixPath, metadata: dict, settings: dict) -> str:
    """The slug Pelican will give this file: its `Slug:`, or one made from its name or title."""
    if "slug" in metadata:
        return metadata["slug"][1]
    basis = source.stem if settings["SLUGIFY_SOURCE"] == "basename" else None
    basis = basis or metadata.get("title", (0, source.stem))[1]
    return slugify(
        basis,
        regex_subs=settings["SLUG_REGEX_SUBSTITUTIONS"],
        preserve_case=settings["SLUGIFY_PRESERVE_CASE"],
        use_unicode=settings["SLUGIFY_USE_UNICODE"],
    )


def register() -> None:
    signals.initialized.connect(check_content)
