"""Pelican settings for building the brief locally: relative URLs, no feeds.

publish.conf.py loads this file and overrides what differs on the web.
"""

import logging
import runpy
from pathlib import Path

# --- What a brief's editor changes --------------------------------------------------------
SITENAME = "Political prisoners of Belarus"  # shown in every page's header and <title>
SITESUBTITLE = "A sourced brief on the prisoners Lukashenko promised to free"  # under the name
# The name and subtitle in the site's other languages (LANGUAGES, below), for their pages.
SITENAMES = {
    "be": (
        "Палітычныя вязні Беларусі",
        "Агляд з крыніцамі пра вязняў, якіх Лукашэнка паабяцаў вызваліць",
    ),
    "ru": (
        "Политические заключённые Беларуси",
        "Обзор с источниками о заключённых, которых Лукашенко пообещал освободить",
    ),
}
AUTHOR = "The brief's editors"  # used in feeds; credit a person or a group
DEFAULT_LANG = "en"  # language of the prose; names in other scripts carry their own lang
# Languages of the site's editions; the default one at the root, each other under <lang>/.
# A translation is a sibling file with `Lang:`, e.g. pages/about.be.md (docs/authoring.md).
LANGUAGES = ["en", "be", "ru"]
TIMEZONE = "Europe/Minsk"  # dates in content are read in this zone
DEFAULT_DATE_FORMAT = "%-d %B %Y"  # e.g. "2 July 2024" (Pelican's own; the theme uses CLDR)
# Dates and numbers are written the CLDR way for each page's language ("2 ліпеня 2024 г.");
# map a language to another CLDR locale here, e.g. British English for "2 July 2024".
FORMAT_LOCALES = {"en": "en_GB"}
MENUITEMS_BEFORE_PAGES = ()  # extra (title, url) links for the navigation, if any
# People linker (docs/linker.md): enabled with "people_linker" in PLUGINS and PEOPLE_PATH in
# PAGE_PATHS. Every key is optional; these are the defaults.
PEOPLE_LINKER = {
    "mode": "first",  # link the "first" mention of each person per page, "all", or "none"
    "css_class": "app-person-link",  # class of the inserted links
    "ambiguous": [],  # forms two people share on purpose: never linked alone
    "given_names": [],  # more given names that mean "another person" before a surname
    "sentence_strip": r"\[@[^\]]*\]",  # citations ([@id]) left out of quoted sentences
}

# --- Plumbing (the same for every brief) --------------------------------------------------
PATH = "content"
PEOPLE_PATH = "people"  # content/people/*.md are the profiles (every plugin reads this one)
PAGE_PATHS = ["pages", PEOPLE_PATH]
ARTICLE_PATHS = ["updates"]
STATIC_PATHS: list[str] = []
THEME = "theme"
# Markdown only. Pelican's reStructuredText reader warns "Docutils has no localization" for many
# languages (be, az, hy, tr, ...), and --fatal turns that warning into a failed build.
READERS = {"rst": None}
# The theme's Jinja filters (theme/filters.py), loaded by path like publish.conf.py loads this
# file. Settings, not a plugin: the theme must render the same with PLUGINS=[].
# The interface in each page's language (theme/i18n.py): gettext catalogs in
# theme/translations/, Babel's dates and numbers. Pelican's defaults, plus that extension.
JINJA_ENVIRONMENT = {
    "trim_blocks": True,
    "lstrip_blocks": True,
    "extensions": [runpy.run_path(str(Path(__file__).with_name("theme") / "i18n.py"))["Interface"]],
}
JINJA_FILTERS = runpy.run_path(str(Path(__file__).with_name("theme") / "filters.py"))["FILTERS"]
# The plugins are packages in the pelican.plugins namespace (plugins/<name>/, installed into
# .venv by `make`), so Pelican finds them by name: no PLUGIN_PATHS.
# The file the plugins name in their messages (Pelican does not tell them which file it read);
# publish.conf.py takes its settings from this file too.
SETTINGS_FILE_NAME = "pelican.conf.py"
# The theme's navigation lists page slugs: content_checks warns about one no page has.
CONTENT_CHECKS = {"slug_settings": ["NAV_PAGES"]}
# Order matters: checks first; drafts dropped before any other plugin or template sees them; the
# linker before brief, so it never links inside the source lists brief appends; languages after
# both, so it turns their links into links to the same language's pages; site_guard last, so it
# scans everything the others write.
PLUGINS = [
    "content_checks",
    "drafts",
    "people_linker",
    "brief",
    "languages",
    "outbound_links",
    "site_guard",
]

# One policy for the pages' <meta> tag and, when published, the hosts' real headers.
CONTENT_SECURITY_POLICY = (
    "default-src 'none'; style-src 'self'; img-src 'self'; font-src 'self'; "
    "base-uri 'none'; form-action 'none'"
)

# `alt=""` is right for a decorative image (WCAG H67); Pelican warns about it, and a warning
# stops `make html`, so that one warning is silenced.
LOG_FILTER = [(logging.WARNING, "Empty alt attribute for image %s in %s")]

# Builds must not depend on the host: a fixed locale for month names, no build timestamps.
LOCALE = ("C.UTF-8", "C")

# Relative URLs so that output/ works from disk, a zip or any mirror.
SITEURL = ""
RELATIVE_URLS = True

# Plain .html files: they open from disk and on every static host without rewrites.
ARTICLE_URL = "updates/{slug}.html"
ARTICLE_SAVE_AS = "updates/{slug}.html"
SLUGIFY_SOURCE = "basename"  # URLs follow file names, so retitling a page breaks no link
PAGE_URL = "{slug}.html"
PAGE_SAVE_AS = "{slug}.html"
# Translations: `about.be.md` is the Belarusian edition of `about.md` (same slug, Lang: be),
# written under be/ with the same path as the original.
FILENAME_METADATA = r"(?P<slug>[^.]+)\.(?P<lang>[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)$"
PAGE_LANG_URL = "{lang}/{slug}.html"
PAGE_LANG_SAVE_AS = "{lang}/{slug}.html"
ARTICLE_LANG_URL = "{lang}/updates/{slug}.html"
ARTICLE_LANG_SAVE_AS = "{lang}/updates/{slug}.html"
INDEX_SAVE_AS = "updates.html"  # the list of dated updates; the brief itself is index.html
DIRECT_TEMPLATES = ["index", "404"]
# Drafts are never written (the drafts plugin also drops them); an embargoed text stays private.
DRAFT_SAVE_AS = DRAFT_LANG_SAVE_AS = DRAFT_PAGE_SAVE_AS = DRAFT_PAGE_LANG_SAVE_AS = ""
DEFAULT_PAGINATION = False

# No taxonomy pages: a brief is organised by its own pages, not by tags or authors.
CATEGORY_SAVE_AS = ""
CATEGORIES_SAVE_AS = ""
TAG_SAVE_AS = ""
TAGS_SAVE_AS = ""
AUTHOR_SAVE_AS = ""
AUTHORS_SAVE_AS = ""
ARCHIVES_SAVE_AS = ""
YEAR_ARCHIVE_SAVE_AS = ""
MONTH_ARCHIVE_SAVE_AS = ""
DAY_ARCHIVE_SAVE_AS = ""
DISPLAY_CATEGORIES_ON_MENU = False
DISPLAY_PAGES_ON_MENU = False  # the theme builds its own navigation from NAV_PAGES
# Slugs of the pages in the main navigation, in order.
NAV_PAGES = ["index", "people", "figures", "timeline", "sources", "about"]

# No feeds locally: a feed needs absolute URLs, which only publish.conf.py knows.
FEED_ALL_ATOM = None
PERSON_FEED_ATOM = None  # per person (publish_files plugin): "feeds/people/{slug}.atom.xml"
CATEGORY_FEED_ATOM = None
TRANSLATION_FEED_ATOM = None
AUTHOR_FEED_ATOM = None
AUTHOR_FEED_RSS = None

MARKDOWN = {
    "extension_configs": {
        "markdown.extensions.extra": {},
        "markdown.extensions.meta": {},
        "markdown.extensions.smarty": {},
    },
    "output_format": "html5",
}

# The brief plugin: where sources, figures and profiles live (see docs/authoring.md).
BRIEF = {
    "sources": "data/sources.toml",
    "figures": "data/figures.toml",
    "people_url": "people/{slug}.html",
}

# Pelican's content cache speeds up rebuilds; it lives outside output/.
CACHE_PATH = "cache"
LOAD_CONTENT_CACHE = False

# Relaxes the pages' policy for an inline reload script. No build sets it: the preview
# (tools/serve.py) relaxes the policy in memory, so output/ always holds the strict one.
LIVE_RELOAD = False
