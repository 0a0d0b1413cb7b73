"""The editor's report: per page, every link made, every mention left unlinked and why, and
near misses (a capitalised word close to a known surname: probably a spelling to add)."""

from __future__ import annotations

import difflib
import html
import re
from collections import defaultdict
from dataclasses import dataclass, field

from .index import Index
from .link import TOKEN, Mention, Result
from .sentences import plain_text
from .spelling import spelling_key
from .text import fold_key, visible

WORD = re.compile(r"[^\W\d_][\w'’]{3,}")
CLOSENESS = 0.8
NEAR_MISS = "near miss"


@dataclass
class PageReport:
    source: str
    title: str
    links: list[Mention]
    misses: list[Mention]


@dataclass
class Report:
    ambiguous: list[str] = field(default_factory=list)
    keep_pages: bool = True  # a normal build only counts, to keep its memory flat
    pages: list[PageReport] = field(default_factory=list)
    links: int = 0
    misses: int = 0
    cached: int = 0  # fragments whose linking came from the last build's cache

    def add(self, source: str, title: str, result: Result) -> None:
        links = [m for m in result.mentions if m.linked and m.text]
        self.links += len(links)
        self.misses += len(result.misses)
        if self.keep_pages and (links or result.misses):
            self.pages.append(PageReport(source, title, links, list(result.misses)))

    def summary(self) -> str:
        counts = f"{self.links} links made, {self.misses} mentions left unlinked or near misses"
        return counts + (f" ({self.cached} fragments as cached)" if self.cached else "")

    def render(self) -> str:
        """Plain text for the terminal, one block per page in source order."""
        lines = []
        for page in sorted(self.pages, key=lambda p: p.source):
            lines.append(f"{page.source} ({page.title})")
            lines.extend(f"  link  {_shown(m.text)!r} -> {m.person}" for m in page.links)
            for miss in page.misses:
                target = f" -> {miss.person}?" if miss.person else ""
                why = (
                    f"[{miss.reason}]"
                    if miss.reason == NEAR_MISS
                    else f"left unlinked: {miss.reason}"
                )
                shown = _shown(miss.text)
                lines.append(f"  MISS  {shown!r}{target}  {why}  {plain_text(miss.sentence)}")
        if self.ambiguous:
            lines.append(
                "Forms declared ambiguous (never linked alone): " + ", ".join(self.ambiguous)
            )
        lines.append(self.summary())
        return "\n".join(lines)


def _shown(text: str) -> str:
    """A mention as the reader sees it: a name broken across lines in the source is one line."""
    return " ".join(text.split())


def near_misses(result: Result, index: Index) -> list[Mention]:
    """Capitalised words close to (not equal to) a surname form; only for the report."""
    if index.automaton is None:
        return []
    buckets = _surnames_by_letter(index)
    plain = visible(TOKEN.sub(" ", result.html))
    found = []
    for match in WORD.finditer(plain):
        word = match.group()
        key = fold_key(word).removesuffix("'s").rstrip("'")
        if not word[0].isupper() or key in index.automaton or key in index.known_given:
            continue
        if spelling_key(word) in index.loose:
            continue  # a spelling the key matched: linked, or left unlinked for a reason
        close = difflib.get_close_matches(key, buckets.get(key[0], []), n=1, cutoff=CLOSENESS)
        if close:
            person = index.surname_keys[close[0]]
            sentence = plain[max(0, match.start() - 60) : match.end() + 60]
            sentence = html.escape(" ".join(sentence.split()), quote=False)
            found.append(Mention(person, word, False, sentence, NEAR_MISS))
    return found


def _surnames_by_letter(index: Index) -> dict[str, list[str]]:
    buckets: dict[str, list[str]] = defaultdict(list)
    for key in sorted(index.surname_keys):
        buckets[key[0]].append(key)
    return buckets
