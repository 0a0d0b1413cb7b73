"""Pelican wiring: run mark_outbound over every article's and page's content and summary."""

from pelican import signals

from .rewrite import mark_outbound


def mark_all(generators: list) -> None:
    for generator in generators:
        for content in _contents(generator):
            if content._content:
                content._content = mark_outbound(content._content)
            summary = content.metadata.get("summary")
            if summary:
                content.metadata["summary"] = mark_outbound(summary)
                content._summary = content.metadata["summary"]


def _contents(generator: object) -> list:
    found = []
    for attribute in ("articles", "translations", "drafts", "pages", "hidden_pages", "draft_pages"):
        found.extend(getattr(generator, attribute, []))
    return found


def register() -> None:
    signals.all_generators_finalized.connect(mark_all)
