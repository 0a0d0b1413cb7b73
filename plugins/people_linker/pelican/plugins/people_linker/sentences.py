"""The sentence around a mention, for the "Mentioned in" list on a profile.

A sentence is kept as HTML that is safe to show: its text escaped, and a `<span lang>` around
each part the page marked with a language (a Belarusian or Russian name, say), so that screen
readers still pronounce it right. Nothing else of the page's markup survives.
"""

from __future__ import annotations

import html as html_lib
import re

BLOCK = re.compile(
    r"</?(?:p|li|div|br|td|th|blockquote|dd|dt|tr|h[1-6]|pre|figcaption)\b[^>]*>", re.I
)
TAG = re.compile(r"<!--.*?-->|<[^>]*>", re.DOTALL)
ELEMENT = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9-]*)([^>]*)>")
LANG_TAG = r"[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*"  # a BCP 47 tag, nothing that could break out
LANG = re.compile(rf"""\blang\s*=\s*(["']?)({LANG_TAG})\1""")
VOID = {"br", "img", "hr", "input", "wbr", "meta", "link", "source", "col", "area", "embed"}
# While a sentence is cut out of plain text, a language is marked with private-use characters,
# which no sentence rule looks at: OPEN lang SEP ... CLOSE.
OPEN, SEP, CLOSE = "\ue000", "\ue001", "\ue002"
UNMARKED = str.maketrans("", "", OPEN + SEP + CLOSE)  # the page's own, if it had any
MARK = re.compile(f"[{OPEN}{SEP}{CLOSE}]")
MARKED = re.compile(f"{OPEN}({LANG_TAG}){SEP}|{CLOSE}")

MAX_LENGTH = 300
NEAR = 200  # how far back `_sentence_near` looks for the tag before a mention
# A sentence end, or a blank line. Written to start with one character class, so that the regex
# engine jumps from candidate to candidate instead of trying both branches at every character.
END = re.compile(r"[.!?…\n](?:(?<=[.!?…])[\"'”’»)]*\s|(?<=\n)\s*\n)")
_LINE_BREAKS = re.compile(r"(?:\s*\n)?")  # the whitespace up to the last line break
_UNBEGUN = re.compile(r"[\s\"'”’»)]*")  # what `END` may take after a full stop
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


def one_sentence(html: str, start: int, stop: int) -> bool:
    """Whether two offsets of `html` lie in one sentence: no block tag and no sentence end
    between them (an initial's or a title's full stop ends none), within `MAX_LENGTH`."""
    if stop - start > MAX_LENGTH:
        return False
    between = html[start:stop]
    if BLOCK.search(between):
        return False
    text = TAG.sub("", between)
    return _next_end(text, 0, len(text)) is None


def sentence_at(text: str, offset: int) -> str:
    """The sentence of `text` that contains `offset`, whitespace collapsed, at most ~300 chars;
    "…" marks where a sentence too long to show was cut."""
    start, end, cut_start, cut_end = _bounds(text, offset)
    return _shown(text[start:end], cut_start, cut_end)


def _shown(sentence: str, cut_start: bool, cut_end: bool) -> str:
    sentence = " ".join(sentence.split())
    return ("… " if cut_start else "") + sentence + (" …" if cut_end else "")


def _bounds(text: str, offset: int) -> tuple[int, int, bool, bool]:
    start, cut_start = max(0, offset - MAX_LENGTH), offset > MAX_LENGTH
    last = _last_end(text, start, offset)
    if last is not None:
        start, cut_start = last.end(), False
    end, cut_end = min(len(text), offset + MAX_LENGTH), offset + MAX_LENGTH < len(text)
    found = _next_end(text, offset, end)
    if found is not None:
        end, cut_end = found, False
    return _fitted(text, offset, start, end, cut_start, cut_end)


def _last_end(text: str, start: int, offset: int) -> re.Match | None:
    """The last sentence end in `text[start:offset]`."""
    for match in reversed(list(END.finditer(text, start, offset))):
        if _is_sentence_end(text, match.start()):
            return match
    return None


def _next_end(text: str, offset: int, end: int) -> int | None:
    """Where the first sentence end in `text[offset:end]` ends the sentence."""
    for match in END.finditer(text, offset, end):
        if _is_sentence_end(text, match.start()):
            return match.start() + 1
    return None


def _fitted(
    text: str, offset: int, start: int, end: int, cut_start: bool, cut_end: bool
) -> tuple[int, int, bool, bool]:
    if end - start > MAX_LENGTH:  # keep the part around the mention, cut at spaces
        low = max(start, min(offset - MAX_LENGTH // 2, end - MAX_LENGTH))
        cut_start, cut_end = cut_start or low > start, cut_end or low + MAX_LENGTH < end
        start, end = low, low + MAX_LENGTH
        if cut_start and " " in text[start:offset]:
            start = text.index(" ", start, offset)
        if cut_end and " " in text[offset:end]:
            end = text.rindex(" ", offset, end)
    return start, end, cut_start, cut_end


def _plain(html: str) -> str:
    """The text of `html`, with its languages marked; a tag cut by the window is dropped."""
    out, stack, position = [], [], 0
    for tag in TAG.finditer(html):
        out.append(_text(html[position : tag.start()]))
        position = tag.end()
        if BLOCK.match(tag.group()):
            out.append("\n\n")
        element = ELEMENT.match(tag.group())
        if not element or element.group(2).lower() in VOID or tag.group().endswith("/>"):
            continue
        name = element.group(2).lower()
        if not element.group(1):
            lang = LANG.search(element.group(3))
            stack.append((name, bool(lang)))
            out.append(f"{OPEN}{lang.group(2)}{SEP}" if lang else "")
            continue
        while any(opened == name for opened, _ in stack):
            opened, marked = stack.pop()
            out.append(CLOSE if marked else "")
            if opened == name:
                break
    out.append(_text(html[position:]))
    return "".join(out)


def _text(html: str) -> str:
    text = html_lib.unescape(html)
    if OPEN in text or SEP in text or CLOSE in text:  # `in` is a fast scan, a class regex is not
        return text.translate(UNMARKED)
    return text


def as_html(sentence: str) -> str:
    """Escape a marked sentence, turning its marks into balanced `<span lang>` elements."""
    out, depth = [], 0
    position = 0
    for mark in MARKED.finditer(sentence):
        out.append(html_lib.escape(sentence[position : mark.start()], quote=False))
        position = mark.end()
        if mark.group(1) is not None:
            out.append(f'<span lang="{mark.group(1)}">')
            depth += 1
        elif depth:
            out.append("</span>")
            depth -= 1
    out.append(html_lib.escape(sentence[position:], quote=False))
    return "".join(out) + "</span>" * depth


def sentence_in_html(html: str, offset: int) -> str:
    """The sentence around `offset` (an index into `html`), as safe HTML (see the module)."""
    reach = max(0, offset - MAX_LENGTH * 8)
    languages = html.find("lang", reach, offset + MAX_LENGTH * 2) >= 0  # `in`, without a copy
    if not languages:  # the common case: plain text is enough, and often a short stretch of it
        near = _sentence_near(html, offset, max(0, offset - MAX_LENGTH * 2))
        if near is not None:
            return near
    return _sentence_wide(html, offset, reach, languages)


def _sentence_wide(html: str, offset: int, reach: int, languages: bool) -> str:
    if languages:  # start at the block the mention is in, to know which languages are open
        start = max((b.start() for b in BLOCK.finditer(html, reach, offset)), default=reach)
    else:
        start = max(0, offset - MAX_LENGTH * 2)
    window = html[start:offset]
    first_close, first_open = window.find(">"), window.find("<")
    if first_close != -1 and (first_open == -1 or first_close < first_open):
        window = window[first_close + 1 :]  # the window began inside a tag
    ahead = html[offset : offset + MAX_LENGTH * 2]
    if ahead.rfind("<") > ahead.rfind(">"):
        ahead = ahead[: ahead.rfind("<")]  # ... and ends inside one
    if languages:  # read together: a language may open before the mention and close after
        text, at = _plain(window + ahead), len(_plain(window))
    else:
        before = _text_only(window)
        text, at = before + _text_only(ahead), len(before)
    start, end, cut_start, cut_end = _bounds(text, at)
    if not languages:  # no marks in the text: nothing open, nothing to turn into <span lang>
        return _escaped(text[start:end], cut_start, cut_end)
    opened = "".join(f"{OPEN}{lang}{SEP}" for lang in _languages_open(text[:start]))
    return as_html(_shown(opened + text[start:end].lstrip(), cut_start, cut_end))


def _sentence_near(html: str, offset: int, reach: int) -> str | None:
    """The sentence read only from the last tag before the mention (or a space, within `NEAR`)
    to the first tag after it, when both of its ends lie there (most sentences): what
    `sentence_in_html` would say from its wider window, at a fraction of the cost; None when
    unsure.

    The text after a tag's `>`, or after a space where no tag is near, is the end of the wider
    window's text: no tag or character reference crosses either (a comment can: then None). A
    sentence end counts only once the text has begun there, and a full stop only with the five
    characters its check looks at.
    """
    low = max(reach, offset - NEAR)
    begin = html.rfind(">", low, offset) + 1 or html.find(" ", low, offset) + 1
    stop = html.find("<", offset, offset + MAX_LENGTH * 2)
    if stop < 0:  # the wide window's text ahead has no tag either
        stop = offset + MAX_LENGTH * 2
    if not begin or html.find("<!--", reach, offset) >= 0:
        return None
    before = _text_only(html[begin:offset])
    text, at = before + _text(html[offset:stop]), len(before)
    end = _next_end(text, at, min(len(text), at + MAX_LENGTH))
    if end is None or not _begun(text, end - 1):
        return None
    last = _last_end(text, 0, at)
    if last is not None and _begun(text, last.start()):
        start = last.end()
    elif _after_block(html, begin, reach):  # read as if after the line break the block makes
        start = last.end() if last else _LINE_BREAKS.match(text).end()
        if end - start >= MAX_LENGTH:  # the wide window's start may lie one line break earlier
            return None
    else:
        return None
    start, end, cut_start, cut_end = _fitted(text, at, start, end, False, False)
    return _escaped(text[start:end], cut_start, cut_end)


def _escaped(sentence: str, cut_start: bool, cut_end: bool) -> str:
    """A sentence of plain text (no language marks) as safe HTML."""
    return html_lib.escape(_shown(sentence.lstrip(), cut_start, cut_end), quote=False)


def _after_block(html: str, begin: int, reach: int) -> bool:
    """Whether `html[:begin]` ends with a block tag that the wide window reads as a line break
    (a tag it reads whole: no tag left open before it)."""
    tag = html.rfind("<", reach, begin)
    if html[begin - 1 : begin] != ">" or tag < 0 or not BLOCK.fullmatch(html, tag, begin):
        return False
    return html.rfind("<", reach, tag) <= html.rfind(">", reach, tag)


def _begun(text: str, index: int) -> bool:
    """Whether `text` has a character before `index` that no sentence end could have taken in
    (`END` takes quotes and spaces after a full stop), and five of them before a full stop."""
    if text[index] == "." and index < 5:
        return False
    return not _UNBEGUN.fullmatch(text, 0, index)


def _text_only(html: str) -> str:
    if "<" not in html:  # the stretch before a mention often has no tag: nothing to replace
        return _text(html)
    return _text(TAG.sub("", BLOCK.sub("\n\n", html)))


def _languages_open(marked: str) -> list[str]:
    """The languages still open at the end of `marked`, outermost first."""
    languages: list[str] = []
    for mark in MARKED.finditer(marked):
        if mark.group(1) is not None:
            languages.append(mark.group(1))
        elif languages:
            languages.pop()
    return languages


def plain_text(sentence: str) -> str:
    """A sentence from `sentence_in_html` as the terminal shows it."""
    return html_lib.unescape(TAG.sub("", sentence))
