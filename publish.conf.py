"""Pelican settings for publishing: the local settings, plus absolute URLs and feeds.

A dotted file name cannot be imported, so the local settings are loaded with runpy.
"""

import os
import runpy
from pathlib import Path

globals().update(
    {
        key: value
        for key, value in runpy.run_path(str(Path(__file__).with_name("pelican.conf.py"))).items()
        if key.isupper()
    }
)

SITEURL = os.environ.get("SITEURL", "").rstrip("/")
RELATIVE_URLS = False

FEED_DOMAIN = SITEURL
FEED_ALL_ATOM = "feeds/updates.atom.xml"
TRANSLATION_FEED_ATOM = "feeds/updates.{lang}.atom.xml"  # the updates translated into each language
PERSON_FEED_ATOM = "feeds/people/{slug}.atom.xml"  # updates that mention each person

# site_guard stays last: it must scan every file the other plugins write (sitemap, headers).
PLUGINS = [*(p for p in PLUGINS if p != "site_guard"), "publish_files", "site_guard"]  # noqa: F821
