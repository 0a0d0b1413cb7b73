"""Pelican wiring: run mark_outbound over the content and summary of every article and page."""

from pelican import signals
from rights_brief_common.content_walk import contents

from .rewrite import mark_outbound


def mark_all(generators: list) -> None:
    for content in contents(generators):
        if content._content:
            content._content = mark_outbound(content._content)
        summary = content.metadata.get("summary")
        if summary:
            content.metadata["summary"] = mark_outbound(summary)
            content._summary = content.metadata["summary"]


def register() -> None:
    signals.all_generators_finalized.connect(mark_all)
