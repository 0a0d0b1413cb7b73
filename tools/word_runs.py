"""Find wording copied from a source: runs of consecutive words a page shares with it.

Facts are free to use; wording is not. A run of nine or more words that a page shares with a
story, outside quotation marks, is the story's sentence, not ours. Case, punctuation and
apostrophes are folded; text inside <q>, <blockquote> and quotation marks (“…”, "...", «…»)
is left out, and a left-out passage breaks a run.

    .venv/bin/python tools/word_runs.py output ../shared/source/article-as-received.txt
"""

from __future__ import annotations

import re
import sys
import unicodedata
from collections.abc import Iterable
from pathlib import Path

from bs4 import BeautifulSoup

MIN_WORDS = 9
# Quotations, and elements a reader never sees as text.
LEFT_OUT_TAGS = ("q", "blockquote", "script", "style", "template")
# Elements set apart by spaces, so that `custody</p><p>Dozens` stays two words.
BLOCK_TAGS = (
    *("address", "article", "aside", "br", "dd", "div", "dl", "dt", "figcaption", "figure"),
    *("footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol"),
    *("p", "pre", "section", "table", "td", "th", "title", "tr", "ul"),
)
# A quoted passage within one text: “…”, «…» or "...". An unclosed mark quotes nothing.
QUOTED = re.compile(r"“[^“”]*”|«[^«»]*»|\"[^\"]*\"")
# Apostrophes inside a word and separators inside a number: "country’s", "35,000" are one word.
JOINERS = re.compile(r"(?<=\w)['’ʼ](?=\w)|(?<=\d)[,.](?=\d)")
WORD = re.compile(r"\w+")
BREAK = "\x00"  # stands where a quoted passage was left out; no run crosses it


def fold_words(text: str) -> list[str]:
    """The words of `text`, case folded, punctuation dropped, "country’s" and "1,409" one word each."""
    text = unicodedata.normalize("NFKC", text).casefold()
    return WORD.findall(JOINERS.sub("", text))


def unquoted_segments(text: str) -> list[str]:
    """The parts of `text` outside quotation marks, split where a quoted passage was."""
    return QUOTED.sub(BREAK, text).split(BREAK)


def page_segments(html: str) -> list[str]:
    """The reader-visible text of an HTML page outside quotations, split at every quotation."""
    soup = BeautifulSoup(html, "html.parser")
    for tag in soup.find_all(LEFT_OUT_TAGS):
        tag.replace_with(BREAK)
    for tag in soup.find_all(BLOCK_TAGS):
        tag.insert_before(" ")
        tag.insert_after(" ")
    segments = []
    for part in soup.get_text().split(BREAK):
        segments.extend(unquoted_segments(part))
    return segments


def word_grams(words: list[str], size: int = MIN_WORDS) -> set[tuple[str, ...]]:
    """Every run of `size` consecutive words."""
    return {tuple(words[start : start + size]) for start in range(len(words) - size + 1)}


def shared_runs(
    segments: Iterable[str], source_grams: set[tuple[str, ...]], size: int = MIN_WORDS
) -> list[str]:
    """The longest runs of at least `size` words in `segments` that also occur in the source."""
    runs = []
    for segment in segments:
        words = fold_words(segment)
        hits = [
            start
            for start in range(len(words) - size + 1)
            if tuple(words[start : start + size]) in source_grams
        ]
        runs.extend(" ".join(words[first : last + size]) for first, last in _spans(hits))
    return runs


def _spans(starts: list[int]) -> list[tuple[int, int]]:
    """Group sorted start positions whose windows overlap or touch: (first, last) each."""
    spans: list[tuple[int, int]] = []
    for start in starts:
        if spans and start <= spans[-1][1] + 1:
            spans[-1] = (spans[-1][0], start)
        else:
            spans.append((start, start))
    return spans


def runs_in_site(output: Path, source_text: str) -> dict[str, list[str]]:
    """Every HTML page under `output` (relative path) with the runs it shares with the source."""
    grams = word_grams(fold_words(source_text))
    found = {}
    for page in sorted(output.rglob("*.html")):
        runs = shared_runs(page_segments(page.read_text(encoding="utf-8")), grams)
        if runs:
            found[page.relative_to(output).as_posix()] = runs
    return found


def report(found: dict[str, list[str]]) -> str:
    """One line per run: `page: (N words) the run`."""
    return "\n".join(
        f"{page}: ({len(run.split())} words) {run}" for page, runs in found.items() for run in runs
    )


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: word_runs.py OUTPUT_DIR SOURCE_TEXT", file=sys.stderr)
        return 2
    found = runs_in_site(Path(argv[0]), Path(argv[1]).read_text(encoding="utf-8"))
    print(report(found) or f"no run of {MIN_WORDS} or more words shared with {argv[1]}")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
