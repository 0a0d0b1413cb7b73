"""Pelican wiring: after a publish build, write sitemap.xml, robots.txt, _headers, netlify.toml.

Enabled in the settings of a published build only: these files need absolute URLs or matter
only on a web host.
"""

from __future__ import annotations

import logging
from datetime import datetime, timezone
from pathlib import Path

from pelican import signals
from rights_brief_common.problems import ProblemError, at
from rights_brief_common.settings import settings_file

from .files import headers_file, netlify_toml, robots_txt, security_headers, sitemap_xml

logger = logging.getLogger(__name__)

DEFAULT_HEADERS = {
    "Referrer-Policy": "no-referrer",
    "X-Content-Type-Options": "nosniff",
    "Strict-Transport-Security": "max-age=31536000; includeSubDomains",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
}

_entries: list[tuple[str, str | None, tuple]] = []
EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)


def collect(generators: list) -> None:
    """Remember the absolute URL, date and editions of every published article and page."""
    _entries.clear()
    newest = None
    for generator in generators:
        published = ("articles", "pages", "translations")
        for content in [item for kind in published for item in getattr(generator, kind, [])]:
            siteurl = content.settings["SITEURL"]
            when = getattr(content, "modified", None) or getattr(content, "date", None)
            editions = [content, *getattr(content, "translations", [])]
            alternates = tuple(sorted((e.lang, f"{siteurl}/{e.url}") for e in editions))
            day = when.strftime("%Y-%m-%d") if when else None
            newest = max(newest, when) if newest and when else (newest or when)
            _entries.append(
                (f"{siteurl}/{content.url}", day, alternates if len(editions) > 1 else ())
            )
    settings = generators[0].settings
    if settings.get("INDEX_SAVE_AS") and any(getattr(g, "articles", []) for g in generators):
        day = (
            newest.strftime("%Y-%m-%d") if newest else None
        )  # the list of updates, as new as its newest
        _entries.append((f"{settings['SITEURL']}/{settings['INDEX_SAVE_AS']}", day, ()))


def write_person_feeds(generator: object, writer: object) -> None:
    """An Atom feed per profile of the updates that mention the person (PERSON_FEED_ATOM).

    Reads `mentioned_in`, which the people linker attaches to every profile.
    """
    pattern = generator.settings.get("PERSON_FEED_ATOM")
    if not pattern:
        return
    articles = {article.relative_source_path: article for article in generator.articles}
    for page in generator.context.get("pages", []):
        mentions = getattr(page, "mentioned_in", None)
        if mentions is None:
            continue
        updates = [articles[m.source] for m in mentions if m.source in articles]
        updates.sort(key=lambda article: (article.date, article.title), reverse=True)
        path = pattern.format(slug=page.slug)  # Pelican titles it "SITENAME - <title>"
        writer.write_feed(updates, generator.context, path, feed_title=page.title)


def date_empty_feed(context: dict, feed: object) -> None:
    """A feed with no entries yet (a person no update names) is dated by the newest update.

    feedgenerator would date it with the clock, and the site would differ from one build to the
    next; published output must be reproducible (SHA256SUMS, mirrors, signatures).
    """
    if getattr(feed, "items", None):
        return
    dates = [article.date for article in context.get("articles", [])]
    newest = max(dates, default=EPOCH)
    feed.latest_post_date = lambda: newest


def settings_problems(settings: dict) -> list[str]:
    """What the files need from the settings, before anything is built."""
    conf = settings_file(settings)
    problems = []
    siteurl = settings.get("SITEURL") or ""
    if not siteurl.startswith(("https://", "http://")):
        fix = "set SITEURL to the site's address, e.g. https://brief.example.org"
        where = at(conf, r"^SITEURL\s*=")
        problems.append(f"{where}: SITEURL must be an absolute URL, not {siteurl!r} — {fix}")
    if not isinstance(settings.get("CONTENT_SECURITY_POLICY"), str):
        fix = "set it to the policy the host's headers send, e.g. CONTENT_SECURITY_POLICY ="
        fix += " \"default-src 'none'; style-src 'self'; img-src 'self'\""
        problems.append(f"{conf}: publish_files needs CONTENT_SECURITY_POLICY — {fix}")
    return problems


def check_settings(pelican: object) -> None:
    """Stop before anything is built when the settings cannot give the files."""
    problems = settings_problems(pelican.settings)
    if problems:
        raise ProblemError(*problems)


def write_files(pelican: object) -> None:
    settings = pelican.settings
    siteurl = settings["SITEURL"]
    headers = security_headers(settings["CONTENT_SECURITY_POLICY"], DEFAULT_HEADERS)
    output = Path(pelican.output_path)
    texts = {
        "sitemap.xml": sitemap_xml(_entries),
        "robots.txt": robots_txt(siteurl),
        "_headers": headers_file(headers),
        "netlify.toml": netlify_toml(headers, publish="."),
    }
    for name, text in texts.items():
        (output / name).write_text(text, encoding="utf-8")
    logger.info("publish_files: wrote %s", ", ".join(texts))


def register() -> None:
    signals.initialized.connect(check_settings)
    signals.all_generators_finalized.connect(collect)
    signals.article_writer_finalized.connect(write_person_feeds)
    signals.feed_generated.connect(date_empty_feed)
    signals.finalized.connect(write_files)
