"""The sentence around a mention, for the "Mentioned in" list on a profile."""

from __future__ import annotations

import html as html_lib
import re

BLOCK = re.compile(
    r"</?(?:p|li|div|br|td|th|blockquote|dd|dt|tr|h[1-6]|pre|figcaption)\b[^>]*>", re.I
)
TAG = re.compile(r"<!--.*?-->|<[^>]*>", re.DOTALL)

MAX_LENGTH = 300
END = re.compile(r"[.!?…][\"'”’»)]*\s|\n\s*\n")
ABBREVIATIONS = {
    "mr",
    "mrs",
    "ms",
    "dr",
    "prof",
    "st",
    "gen",
    "col",
    "lt",
    "sgt",
    "no",
    "vs",
    "etc",
}


def _is_sentence_end(text: str, index: int) -> bool:
    """A full stop after an initial ("S.") or an abbreviation ("Mr.") ends no sentence."""
    if text[index] != ".":
        return True
    word = text[max(0, index - 5) : index].split()
    if not word:
        return True
    last = word[-1]
    return not ((len(last) == 1 and last.isupper()) or last.lower() in ABBREVIATIONS)


def sentence_at(text: str, offset: int) -> str:
    """The sentence of `text` that contains `offset`, whitespace collapsed, at most ~300 chars;
    "…" marks where a sentence too long to show was cut."""
    start, cut_start = max(0, offset - MAX_LENGTH), offset > MAX_LENGTH
    for match in END.finditer(text, start, offset):
        if _is_sentence_end(text, match.start()):
            start, cut_start = match.end(), False
    end, cut_end = min(len(text), offset + MAX_LENGTH), offset + MAX_LENGTH < len(text)
    for match in END.finditer(text, offset, end):
        if _is_sentence_end(text, match.start()):
            end, cut_end = match.start() + 1, False
            break
    if end - start > MAX_LENGTH:  # keep the part around the mention, cut at spaces
        low = max(start, min(offset - MAX_LENGTH // 2, end - MAX_LENGTH))
        cut_start, cut_end = cut_start or low > start, cut_end or low + MAX_LENGTH < end
        start, end = low, low + MAX_LENGTH
        if cut_start and " " in text[start:offset]:
            start = text.index(" ", start, offset)
        if cut_end and " " in text[offset:end]:
            end = text.rindex(" ", offset, end)
    sentence = " ".join(text[start:end].split())
    return ("… " if cut_start else "") + sentence + (" …" if cut_end else "")


def _plain(html: str) -> str:
    return html_lib.unescape(TAG.sub("", BLOCK.sub("\n\n", html)))


def sentence_in_html(html: str, offset: int) -> str:
    """The sentence around `offset` (an index into `html`), read as plain text."""
    window = html[max(0, offset - MAX_LENGTH * 2) : offset]
    first_close, first_open = window.find(">"), window.find("<")
    if first_close != -1 and (first_open == -1 or first_close < first_open):
        window = window[first_close + 1 :]  # the window began inside a tag
    ahead = html[offset : offset + MAX_LENGTH * 2]
    if ahead.rfind("<") > ahead.rfind(">"):
        ahead = ahead[: ahead.rfind("<")]  # ... and ends inside one
    before = _plain(window)
    return sentence_at(before + _plain(ahead), len(before))
