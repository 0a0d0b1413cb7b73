"""The linker's memory: no collector runs while it links, and Pelican forgets a linked page's
resolved content once the page's own file is written.

Linking allocates hundreds of thousands of small objects and makes no reference cycles, but each
of Python's full collections in that time walks Pelican's whole heap again (about a tenth of the
linker's time at 1,000 profiles). The collector is paused for the linking and resumed after.

Pelican memoises `Content.get_content(siteurl)` until the build ends. For a page without
intrasite links the memo is the page's own string and costs nothing; for a page the linker has
given `{filename}` links it is a second full copy (about 50 MB at 5,000 updates). Once the page
is written, nothing needs the copy: a later reader of `.content` (a feed, say) computes it again.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

WRITTEN = ("article", "page")  # the content object Pelican's writer puts in a page's context


def release_resolved_content(path: str, context: dict) -> None:
    """Drop the memoised resolved copy of the article or page just written to `path`."""
    for name in WRITTEN:
        item = context.get(name)
        memo = getattr(getattr(item, "get_content", None), "cache", None)
        if isinstance(memo, dict) and hasattr(item, "get_siteurl"):
            memo.pop((item, item.get_siteurl()), None)


@contextmanager
def collector_paused() -> Iterator[None]:
    """Run a block without automatic cycle collection; restore what was there before."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
