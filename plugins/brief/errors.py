"""The one exception the brief plugin raises: it stops the build with a message an editor can act on."""


class BriefError(Exception):
    """Content that the brief cannot build honestly (a missing field, an unknown source id)."""
