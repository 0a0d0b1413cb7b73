"""Citations: `[@id]` and `[@a; @b]` in a page's HTML become numbered notes and a source list."""

from __future__ import annotations

import re
from collections.abc import Callable
from html import escape

from .sources import Source

# [@ap-2024-07-02] or [@a; @b]: ids are letters, digits, '-', '_', '.', ':'.
CITATION = re.compile(r"\[@([\w.:-]+)((?:\s*;\s*@[\w.:-]+)*)\]")
SKIPPED = re.compile(r"(<(pre|code)\b.*?</\2>)", re.DOTALL | re.IGNORECASE)


def citation_ids(text: str) -> list[str]:
    """Every id cited in `text`, in order of appearance, repeats kept."""
    found = []
    for match in CITATION.finditer(text):
        found.extend(_ids(match))
    return found


def _ids(match: re.Match) -> list[str]:
    rest = [part.strip().lstrip("@") for part in match.group(2).split(";") if part.strip()]
    return [match.group(1), *rest]


def number_sources(ids: list[str]) -> dict[str, int]:
    """Number distinct ids 1, 2, 3 in order of first appearance."""
    numbers: dict[str, int] = {}
    for source_id in ids:
        numbers.setdefault(source_id, len(numbers) + 1)
    return numbers


def replace_citations(html: str, render: Callable[[list[str]], str]) -> str:
    """Replace each citation outside <pre> and <code> with render(ids)."""
    pieces = SKIPPED.split(html)
    out = []
    for index, piece in enumerate(pieces):
        kind = index % 3  # split with two groups: text, whole skipped element, its tag name
        if kind == 0:
            out.append(CITATION.sub(lambda match: render(_ids(match)), piece))
        elif kind == 1:
            out.append(piece)
    return "".join(out)


def note_html(ids: list[str], numbers: dict[str, int], page: str = "") -> str:
    """The numbered note for one citation: [1] or [1, 2], each number a link to its entry.

    `page` is the page's own link ("{filename}/pages/index.md") so that the notes still work
    where the content is shown elsewhere, as in the Atom feed.
    """
    links = ", ".join(
        f'<a class="app-cite__link" href="{escape(page)}#source-{escape(source_id)}">'
        f'<span class="app-visually-hidden">source </span>{numbers[source_id]}</a>'
        for source_id in ids
    )
    return f'<sup class="app-cite">[{links}]</sup>'


def strip_citations(html: str) -> str:
    """Remove citations (for summaries, which carry no source list)."""
    return re.sub(r"\s*" + CITATION.pattern, "", html)


def source_entry_html(source: Source) -> str:
    """One source as a reader sees it: publisher, title, dates, language, address."""
    published = (
        f"Published {source.published.text}"
        if source.published
        else "Publication date not recorded"
    )
    if source.url.startswith("http"):  # templates show this too, after outbound_links has run
        where = (
            f'<a class="app-source__url" href="{escape(source.url)}" rel="noopener noreferrer">'
            f"{escape(source.url)}</a>"
        )
    else:
        where = '<span class="app-source__url">Address not recorded</span>'
    note = f' <span class="app-source__note">{escape(source.note)}</span>' if source.note else ""
    return (
        f'<span class="app-source__publisher">{escape(source.publisher)}</span>, '
        f'<cite class="app-source__title" lang="{escape(source.title_language)}">'
        f"{escape(source.title)}</cite>. "
        f"{escape(published)}; in {escape(source.language_name)}. {where}. "
        f'<span class="app-source__checked">Checked {escape(source.checked.text)}.</span>{note}'
    )


def source_list_html(numbers: dict[str, int], sources: dict[str, Source], title: str) -> str:
    """The list of sources that ends a page, numbered as the page's notes are."""
    items = "".join(
        f'<li class="app-source" id="source-{escape(source_id)}" value="{number}">'
        f"{source_entry_html(sources[source_id])}</li>"
        for source_id, number in numbers.items()
    )
    return (
        '<section class="app-source-list" aria-labelledby="app-source-list-title">'
        f'<h2 class="app-source-list__title" id="app-source-list-title">{escape(title)}</h2>'
        f'<ol class="app-source-list__items">{items}</ol></section>'
    )
