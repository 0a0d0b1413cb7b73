"""Pelican wiring: translations link to their own language, and profiles list the pages that
mention them in their language. Runs after the people linker and brief (PLUGINS order)."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from pelican import signals
from rights_brief_common.content_walk import contents

from .feeds import named_feed
from .links import localize_links
from .updates import in_language, updates_lists

logger = logging.getLogger(__name__)


def localize(generators: list) -> None:
    items = contents(generators)
    by_path = {item.relative_source_path.replace("\\", "/"): item for item in items}
    translated = 0
    for item in items:
        if getattr(item, "in_default_lang", True):
            continue
        translated += 1
        path = item.relative_source_path.replace("\\", "/")
        if item._content:
            item._content = localize_links(item._content, item.lang, path, by_path.__contains__)
        summary = item.metadata.get("summary")
        if summary:
            summary = localize_links(summary, item.lang, path, by_path.__contains__)
            item.metadata["summary"] = item._summary = summary
    for item in items:
        split_backlinks(item, by_path)
    context = generators[0].context
    lists = updates_lists(
        with_front_page(context), context["DEFAULT_LANG"], context["INDEX_SAVE_AS"]
    )
    context["updates_editions"] = lists if len(lists) > 1 else {}
    logger.info("languages: %d translations linked to their own language", translated)


@dataclass(frozen=True)
class Elsewhere:
    """A page in another language that mentions the person."""

    title: str
    url: str
    lang: str


def split_backlinks(profile: object, by_path: dict) -> None:
    """A profile's "Mentioned in" lists the pages in its own language; the others are counted
    apart (`mentioned_elsewhere`), so each edition shows its readers' pages first."""
    if not getattr(profile, "in_default_lang", True) or not hasattr(profile, "mentioned_in"):
        return
    every = [(mention, by_path[mention.source].lang) for mention in profile.mentioned_in]
    for edition in [profile, *getattr(profile, "translations", [])]:
        edition.mentioned_in = [mention for mention, lang in every if lang == edition.lang]
        edition.mentioned_elsewhere = [
            Elsewhere(mention.title, mention.url, lang)
            for mention, lang in every
            if lang != edition.lang
        ]


def with_front_page(context: dict) -> list[str]:
    """The site's languages that have a front page (the default language always counts)."""
    default = context["DEFAULT_LANG"]
    languages = [default, *[lang for lang in context.get("LANGUAGES") or [] if lang != default]]
    fronts = {default}
    for page in context.get("pages", []):
        if page.slug == "index":
            fronts.update(translation.lang for translation in page.translations)
    return [lang for lang in languages if lang in fronts]


def write_updates_lists(generator: object, writer: object) -> None:
    """Write be/updates.html and the others beside Pelican's own list of the default language."""
    lists = generator.context.get("updates_editions") or {}
    template = generator.get_template("index")
    for lang, edition in lists.items():
        if lang == generator.settings["DEFAULT_LANG"]:
            continue
        shown = in_language(generator.articles, lang)
        writer.write_file(
            edition.save_as,
            template,
            generator.context,
            relative_urls=generator.settings["RELATIVE_URLS"],
            articles=shown,
            dates=shown,
            template_name="index",
            lang=lang,
            url=edition.url,
        )


def name_feed(context: dict, feed: object) -> None:
    """Title a language's feed of updates with the site's name in that language (SITENAMES)."""
    feed.feed.update(named_feed(feed.feed, context))


def register() -> None:
    signals.all_generators_finalized.connect(localize)
    signals.article_writer_finalized.connect(write_updates_lists)
    signals.feed_generated.connect(name_feed)
