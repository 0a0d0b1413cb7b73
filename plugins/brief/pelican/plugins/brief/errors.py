"""The one exception the brief plugin raises: every problem found, each with where and how to fix.

Messages follow the build's format, `path:LINE: problem — fix`, one line each (rights_brief_common.problems).
"""

from __future__ import annotations

from rights_brief_common.problems import ProblemError


class BriefError(ProblemError):
    """Content that the brief cannot build honestly (a missing field, an unknown source id)."""
