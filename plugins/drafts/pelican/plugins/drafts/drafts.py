"""Pelican wiring: drafts are read and checked like any content, then never written.

Pelican writes drafts to drafts/ (and crashes on a draft update when categories are off): an
embargoed text would go public with `make publish`. Emptying the draft lists as soon as each
generator has read its content keeps drafts out of every page, feed, list and SHA256SUMS.
"""

from __future__ import annotations

import logging

from pelican import signals

logger = logging.getLogger(__name__)

DRAFT_LISTS = ("drafts", "drafts_translations", "draft_pages", "draft_translations")


def drop_drafts(generator: object) -> None:
    """Empty the generator's draft lists in place (its context holds the same lists)."""
    for name in DRAFT_LISTS:
        drafts = getattr(generator, name, None)
        if drafts:
            logger.info("drafts: %d left unwritten (%s)", len(drafts), name)
            drafts.clear()


def register() -> None:
    signals.article_generator_finalized.connect(drop_drafts)
    signals.page_generator_finalized.connect(drop_drafts)
