"""Pelican wiring: check every content file before Pelican reads it, and stop on any problem.

Pelican on its own skips a broken file with one log line and goes on; an editor then finds a page
missing. Checking first lets the build report every problem at once, each with its fix.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path, PurePosixPath

from pelican import signals
from pelican.readers import MarkdownReader, Readers
from pelican.utils import slugify
from rights_brief_common.problems import (
    ContentFile,
    Problem,
    ProblemError,
    at,
    file_checks,
    merge_settings,
    shown,
    translation_checks,
)
from rights_brief_common.settings import (
    people_path,
    profiles_saved_as,
    settings_file,
    template_folders,
)

from .checks import (
    KNOWN_FIELDS,
    check_block_end,
    check_control_characters,
    check_fields,
    check_future,
    check_known_fields,
    check_links,
    check_metadata,
    check_output_paths,
    check_reserved,
    check_slug_settings,
    check_taxonomy_links,
    decode,
    read_fields,
    read_metadata,
)
from .translations import Edition, check_translations, split_name, translation_pairs
from .walk import content_files

logger = logging.getLogger(__name__)

SLUG_CLASH = (
    "has the {output}, like {others}: Pelican would take them for translations of one page",
    "give one of them another `Slug:`",
)


DEFAULTS: dict[str, object] = {
    "future_dates": False,  # True: no warning for a date more than a day ahead
    "extra_fields": [],  # more metadata fields pages and updates may carry (lower case)
    # Settings that list page slugs (a theme's navigation, say): each slug must be a published
    # page's, or a warning names it. E.g. ["NAV_PAGES"].
    "slug_settings": [],
    # Where profiles go; "": where the brief plugin writes them (BRIEF["people_url"]), or
    # Pelican's PAGE_SAVE_AS without it. Only for a plugin or theme that writes them elsewhere.
    "profile_save_as": "",
}


def check_content(pelican: object) -> None:
    settings = pelican.settings
    conf = settings_file(settings)
    moved = {"profile_folder": "PEOPLE_PATH"}
    given = settings.get("CONTENT_CHECKS")
    config = merge_settings(given, DEFAULTS, "CONTENT_CHECKS", ProblemError, conf, moved)
    config["profile_folder"] = people_path(settings)  # profiles: the brief plugin checks them
    config["profile_save_as"] = profile_pattern(settings, config["profile_save_as"], conf)
    root = Path(settings["PATH"])
    article_folders = settings["ARTICLE_PATHS"]
    readers = Readers(settings).readers
    files, problems = content_files(
        root, [*settings["PAGE_PATHS"], *article_folders], readers, settings["IGNORE_FILES"]
    )
    files = [file for file in files if pelican_reads(relative(file, root), settings)]
    everything, _ = content_files(root, [""], None, [])
    existing = {path.relative_to(root).as_posix() for path in everything}
    site = Site(settings, config, root, theme_templates(settings), existing)
    for file in files:
        if isinstance(readers[file.suffix.lower()[1:]], MarkdownReader):
            problems.extend(check_file(site, file, file.relative_to(root).as_posix()))
        else:
            fix = "write it in Markdown (a .md file): the build checks and links Markdown only"
            problems.append(Problem(shown(file), None, "is not a Markdown file", fix))
    problems.extend(check_across(site))
    problems.extend(
        check_translations(
            site.editions,
            list(settings.get("LANGUAGES") or []),
            settings["DEFAULT_LANG"],
            settings["FILENAME_METADATA"],
        )
    )
    # The other plugins check originals; a translation is checked against its original above,
    # and takes the facts it does not give from it.
    originals = [file for file in site.files if not translation_of(file, settings)]
    for _receiver, found in file_checks.send(settings, files=originals):
        problems.extend(found or [])
    by_path = {file.path: file for file in site.files}
    pairs = [
        (by_path[original.shown], by_path[translation.shown], lang)
        for original, translation, lang in translation_pairs(
            site.editions, settings["DEFAULT_LANG"], settings["FILENAME_METADATA"]
        )
    ]
    for _receiver, found in translation_checks.send(settings, pairs=pairs):
        problems.extend(found or [])
    if problems:
        raise ProblemError(*problems)
    # Warnings, not stops: `make html` builds with --fatal warnings, so it fails there; sites
    # built for tests need not carry every page.
    warnings = [
        *site.warnings,
        *check_slug_settings(settings, config["slug_settings"], site.slugs, conf),
    ]
    for problem in warnings:
        logger.warning("content_checks: %s", problem)
    logger.info("content_checks: %d files checked, no problems", len(site.files))


def profile_pattern(settings: dict, given: object, conf: str) -> str | None:
    """Where profiles are written: where the plugin that writes them says, else the pattern
    given in CONTENT_CHECKS, else None (Pelican's PAGE_SAVE_AS)."""
    written = profiles_saved_as(settings)
    if given and written and given != written:
        where_set = at(conf, r"^CONTENT_CHECKS\s*=")
        raise ProblemError(
            f"{where_set}: CONTENT_CHECKS['profile_save_as'] is {given!r},"
            f" but profiles are written at {written!r} (BRIEF['people_url']) — remove the key:"
            " the checks read BRIEF['people_url']"
        )
    return written or (str(given) if given else None)


def relative(file: Path, root: Path) -> PurePosixPath:
    return PurePosixPath(file.relative_to(root).as_posix())


def translation_of(file: ContentFile, settings: dict) -> str | None:
    """The language of a translation (about.be.md, or Lang: be), None for an original."""
    named = split_name(PurePosixPath(file.source), settings["FILENAME_METADATA"])[1]
    lang = str(file.metadata.get("lang") or named or settings["DEFAULT_LANG"])
    return None if lang == settings["DEFAULT_LANG"] else lang


def check_across(site: Site) -> list[Problem]:
    """Clashes between files: one output path or slug for two, or a file the build makes."""
    clashes = check_output_paths(site.claims)
    clashing = {clash.path for clash in clashes}  # one clash a file: the output says enough
    slugs = check_output_paths(site.slug_claims, SLUG_CLASH)
    reserved = check_reserved(site.claims, reserved_outputs(site.settings))
    return [*clashes, *(clash for clash in slugs if clash.path not in clashing), *reserved]


@dataclass
class Site:
    """What the checks of one file need to know about the site, and what they found."""

    settings: dict
    config: dict
    root: Path
    templates: set[str]
    existing: set[str]  # every file in the content folder, relative, POSIX
    files: list[ContentFile] = field(default_factory=list)
    claims: list[tuple[str, str, int]] = field(default_factory=list)
    slug_claims: list[tuple[str, str, int]] = field(default_factory=list)
    slugs: set[str] = field(default_factory=set)
    editions: list[Edition] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)


def check_file(site: Site, file: Path, relative: str) -> list[Problem]:
    """The problems of one Markdown file; records what later checks need in `site`."""
    path, source = shown(file), PurePosixPath(relative)
    text, problems = decode(file.read_bytes(), path)
    if text is None:
        return problems
    fields = read_fields(text)
    metadata = read_metadata(text)
    site.files.append(ContentFile(path, relative, text, unlocated(fields)))
    dated = is_article(source, site.settings)
    problems.extend(check_metadata(path, metadata, dated))
    problems.extend(check_fields(path, metadata, site.templates))
    problems.extend(check_block_end(path, text))
    profile = source.is_relative_to(str(site.config["profile_folder"]))
    if not profile:
        known = [*KNOWN_FIELDS, *map(str, site.config["extra_fields"])]
        problems.extend(check_known_fields(path, metadata, known))
    problems.extend(check_links(path, text, source, site.existing))
    problems.extend(check_taxonomy_links(path, text, built_taxonomies(site.settings)))
    problems.extend(check_control_characters(path, text))
    if not site.config["future_dates"]:
        site.warnings.extend(check_future(path, metadata, date.today()))
    record_claims(site, path, source, metadata, dated, profile)
    site.editions.append(Edition(path, source, metadata, dated))
    return problems


def is_article(source: PurePosixPath, settings: dict) -> bool:
    """An article as Pelican sorts files: under ARTICLE_PATHS, not under ARTICLE_EXCLUDES (to
    which Pelican adds PAGE_PATHS: with its default ARTICLE_PATHS [""], pages/ holds pages)."""
    return _read_as(source, settings, "ARTICLE")


def pelican_reads(source: PurePosixPath, settings: dict) -> bool:
    """Whether Pelican reads the file at all, as an article or as a page."""
    return _read_as(source, settings, "ARTICLE") or _read_as(source, settings, "PAGE")


def _read_as(source: PurePosixPath, settings: dict, kind: str) -> bool:
    """Under one of the kind's _PATHS and none of its _EXCLUDES (Pelican ignores an empty one)."""
    excludes = [folder for folder in settings.get(f"{kind}_EXCLUDES") or [] if folder]
    return any(source.is_relative_to(folder) for folder in settings[f"{kind}_PATHS"]) and not any(
        source.is_relative_to(folder) for folder in excludes
    )


def record_claims(
    site: Site, path: str, source: PurePosixPath, metadata: dict, dated: bool, profile: bool
) -> None:
    """Note the output path and slug this file takes, for the checks across files."""
    settings = site.settings
    line = metadata.get("save_as", metadata.get("slug", (1, "")))[0]
    pattern = site.config["profile_save_as"] if profile else None
    site.claims.append((path, output_path(source, metadata, settings, dated, pattern), line))
    slug = content_slug(source, metadata, settings)
    lang = metadata.get("lang", (0, settings["DEFAULT_LANG"]))[1]
    kind = f"{'update' if dated else 'page'} slug {slug!r}"
    site.slug_claims.append(
        (path, kind if lang == settings["DEFAULT_LANG"] else f"{kind} in {lang}", line)
    )
    if not dated and metadata.get("status", (0, "published"))[1] == "published":
        site.slugs.add(slug)


def reserved_outputs(settings: dict) -> dict[str, str]:
    """Files the build writes itself, and what they are; a key ending in / is a folder."""
    reserved = {
        str(settings["INDEX_SAVE_AS"]): "the list of updates",
        "404.html": "the page for addresses that do not exist",
        "SHA256SUMS": "the checksums of the site",
        f"{settings['THEME_STATIC_DIR']}/": "the theme's folder",
    }
    for name in ("FEED_ALL_ATOM", "FEED_ATOM", "FEED_RSS", "FEED_ALL_RSS"):
        if settings.get(name):
            reserved[str(settings[name])] = "a feed"
    return reserved


def built_taxonomies(settings: dict) -> set[str]:
    return {
        kind for kind in ("tag", "category", "author") if settings.get(f"{kind.upper()}_SAVE_AS")
    }


def unlocated(fields: dict[str, tuple[int, object]]) -> dict[str, object]:
    return {key: value for key, (_line, value) in fields.items()}


def theme_templates(settings: dict) -> set[str]:
    """Names a page may give in `Template:`: the page templates Pelican would find (the theme's
    and THEME_TEMPLATES_OVERRIDES'), without `.html`."""
    names = {
        p.relative_to(folder).with_suffix("").as_posix()
        for folder in template_folders(settings)
        for p in folder.rglob("*.html")
    }
    return {name for name in names if name != "base" and not name.startswith("partials/")}


def output_path(
    source: PurePosixPath, metadata: dict, settings: dict, dated: bool, pattern: str | None = None
) -> str:
    """Where Pelican will write this file, from its Save_as or Slug and the URL settings."""
    if "save_as" in metadata:
        return metadata["save_as"][1]
    slug = content_slug(source, metadata, settings)
    lang = metadata.get("lang", (0, ""))[1] or split_name(source, settings["FILENAME_METADATA"])[1]
    translated = bool(lang) and lang != settings["DEFAULT_LANG"]
    kind = "ARTICLE" if dated else "PAGE"
    if pattern and translated:  # a translated profile: under its language's folder
        pattern = "{lang}/" + pattern
    pattern = pattern or settings[f"{kind}_LANG_SAVE_AS" if translated else f"{kind}_SAVE_AS"]
    try:
        return pattern.format(slug=slug, lang=lang or settings["DEFAULT_LANG"])
    except (KeyError, IndexError, AttributeError):
        return f"{pattern} with slug {slug}"


def content_slug(source: PurePosixPath, metadata: dict, settings: dict) -> str:
    """The slug Pelican will give this file: its `Slug:`, or one made from its name or title."""
    if "slug" in metadata:
        return metadata["slug"][1]
    stem = split_name(source, settings["FILENAME_METADATA"])[0]  # about.be.md: "about"
    basis = stem if settings["SLUGIFY_SOURCE"] == "basename" else None
    basis = basis or metadata.get("title", (0, source.stem))[1]
    return slugify(
        basis,
        regex_subs=settings["SLUG_REGEX_SUBSTITUTIONS"],
        preserve_case=settings["SLUGIFY_PRESERVE_CASE"],
        use_unicode=settings["SLUGIFY_USE_UNICODE"],
    )


def register() -> None:
    signals.initialized.connect(check_content)
