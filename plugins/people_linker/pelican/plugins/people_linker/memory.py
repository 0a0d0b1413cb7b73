"""Let Pelican forget a linked page's resolved content once the page's own file is written.

Pelican memoises `Content.get_content(siteurl)` until the build ends. For a page without
intrasite links the memo is the page's own string and costs nothing; for a page the linker has
given `{filename}` links it is a second full copy (about 50 MB at 5,000 updates). Once the page
is written, nothing needs the copy: a later reader of `.content` (a feed, say) computes it again.
"""

from __future__ import annotations

WRITTEN = ("article", "page")  # the content object Pelican's writer puts in a page's context


def release_resolved_content(path: str, context: dict) -> None:
    """Drop the memoised resolved copy of the article or page just written to `path`."""
    for name in WRITTEN:
        item = context.get(name)
        memo = getattr(getattr(item, "get_content", None), "cache", None)
        if isinstance(memo, dict) and hasattr(item, "get_siteurl"):
            memo.pop((item, item.get_siteurl()), None)
