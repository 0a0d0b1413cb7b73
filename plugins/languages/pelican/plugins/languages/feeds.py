"""Each language's feed of updates carries the site's name in that language: Pelican titles
every feed with the one SITENAME. Pure functions, Pelican-free."""

from __future__ import annotations

from collections.abc import Mapping

TRANSLATION_FEEDS = ("TRANSLATION_FEED_ATOM", "TRANSLATION_FEED_RSS")


def feed_language(feed_url: str, settings: Mapping[str, object]) -> str | None:
    """The language whose translation feed is at `feed_url`, among those SITENAMES names."""
    for lang in settings.get("SITENAMES") or {}:
        for name in TRANSLATION_FEEDS:
            path = settings.get(f"{name}_URL") or settings.get(name)
            if path and feed_url.endswith("/" + str(path).format(lang=lang).lstrip("/")):
                return lang
    return None


def named_feed(feed: Mapping[str, object], settings: Mapping[str, object]) -> dict[str, object]:
    """The feed's title, subtitle and language in its language, where SITENAMES gives them
    (lang: name, or lang: (name, subtitle)), and the updates list in that language as its page
    and id (Pelican gives every feed the site's root, so all would share one Atom id); an empty
    dict for any other feed."""
    lang = feed_language(str(feed.get("feed_url") or ""), settings)
    if lang is None:
        return {}
    value = settings["SITENAMES"][lang]
    name, subtitle = (value, "") if isinstance(value, str) else value
    fields = {"title": name, "subtitle": subtitle, "description": subtitle, "language": lang}
    lists = settings.get("updates_editions") or {}
    if lang in lists and settings.get("SITEURL"):
        page = f"{settings['SITEURL']}/{lists[lang].url}"
        fields.update(link=page, id=page)
    return fields
