"""Link mentions of people in an HTML fragment: find candidates with the automaton, then rewrite.

The fragment is scanned once with the automaton; only fragments with a candidate (or an existing
link to a profile) are tokenised. Text inside links, headings, code, scripts and attributes is
never touched; linking only inserts <a> tags, so the visible text never changes.
"""

from __future__ import annotations

import html as html_lib
import posixpath
import re
from dataclasses import dataclass, field

from .index import Entry, Index
from .names import SURNAME
from .sentences import sentence_at
from .text import case_key, fold_with_map, is_word_char, visible

SKIP_TAGS = {"a", "h1", "h2", "h3", "h4", "h5", "h6", "code", "pre", "kbd", "samp", "textarea"}
BLOCK_TAGS = {"p", "li", "div", "br", "td", "th", "blockquote", "dd", "dt", "tr", "figcaption"}
BLOCK_TAGS |= SKIP_TAGS - {"a", "code", "kbd", "samp"}
TOKEN = re.compile(
    r"<!--.*?-->|<(script|style)\b[^>]*>.*?</\1\s*>|<[^>]*>", re.DOTALL | re.IGNORECASE
)
TAG_NAME = re.compile(r"<\s*(/?)\s*([a-zA-Z][a-zA-Z0-9-]*)")
HREF = re.compile(r"""\bhref\s*=\s*(["'])(.*?)\1""", re.IGNORECASE | re.DOTALL)
PREVIOUS_WORD = re.compile(r"(\w+)(\.?) +$")


@dataclass(frozen=True)
class Mention:
    """A person found in a fragment: linked now, linked before, or left unlinked (and why)."""

    person: str
    text: str
    linked: bool
    sentence: str
    reason: str = ""


@dataclass
class Result:
    html: str
    mentions: list[Mention] = field(default_factory=list)
    misses: list[Mention] = field(default_factory=list)  # person "" when nobody was chosen


@dataclass
class _Candidate:
    start: int
    stop: int
    entry: Entry


def link(
    html: str, index: Index, mode: str = "first", css_class: str = "app-person-link", **kw
) -> str:
    """Return `html` with mentions of people linked to their profiles."""
    return link_fragment(html, index, mode, css_class, **kw).html


def link_fragment(
    html: str,
    index: Index,
    mode: str = "first",
    css_class: str = "app-person-link",
    source: str = "",
    exclude: tuple[str, ...] = (),
) -> Result:
    """Link `html`; also return every mention and near miss for backlinks and the report."""
    if not html or index.automaton is None:
        return Result(html)
    if "{filename}" not in html and "|filename|" not in html and not _any_candidate(html, index):
        return Result(html)
    return _Rewriter(index, mode, css_class, source, exclude).run(html)


def _any_candidate(html: str, index: Index) -> bool:
    folded, _ = fold_with_map(html)
    for end, number in index.automaton.iter(folded):
        start = end + 1 - index.entries[number].length
        if _on_boundaries(folded, start, end + 1):
            return True
    return False


def _on_boundaries(folded: str, start: int, stop: int) -> bool:
    before = folded[start - 1] if start else " "
    after = folded[stop] if stop < len(folded) else " "
    return not is_word_char(before) and not is_word_char(after)


def capitalised_as(text: str, form: str, alone: bool) -> bool:
    """Same spelling up to the case of word starts, or ALL CAPS; a lone surname needs a capital."""
    if text == form or (text.isupper() and len(text) > 1):
        return True
    words, expected = re.split(r"([ -])", text), re.split(r"([ -])", form)
    if len(words) != len(expected):
        return False
    if alone and not words[0][:1].isupper():
        return False  # "путина" is a word; "Путина" is the name
    return all(
        w[1:] == e[1:] and w[:1].lower() == e[:1].lower()
        for w, e in zip(words, expected, strict=True)
    )


class _Rewriter:
    def __init__(self, index: Index, mode: str, css_class: str, source: str, exclude) -> None:
        self.index, self.mode, self.css_class = index, mode, css_class
        self.source, self.exclude = source, set(exclude)
        self.linked: set[str] = set()
        self.found: list[tuple[int, str, str, bool, str]] = []  # offset, person, text, linked, why
        self.plain: list[str] = []
        self.plain_length = 0
        self.skip_depth: dict[str, int] = {}

    def run(self, html: str) -> Result:
        out = []
        position = 0
        for token in TOKEN.finditer(html):
            out.append(self._text(html[position : token.start()]))
            out.append(token.group())
            self._tag(token.group())
            position = token.end()
        out.append(self._text(html[position:]))
        return self._result("".join(out))

    def _result(self, html: str) -> Result:
        plain = "".join(self.plain)
        result = Result(html)
        seen = set()
        for offset, person, text, linked, reason in self.found:
            # Only a person's first mention and the misses show their sentence.
            wanted = reason or person not in seen
            seen.add(person)
            sentence = sentence_at(plain, offset) if wanted else ""
            mention = Mention(person, text, linked, sentence, reason)
            (result.misses if reason else result.mentions).append(mention)
        return result

    def _emit_plain(self, text: str) -> None:
        self.plain.append(text)
        self.plain_length += len(text)

    def _tag(self, tag: str) -> None:
        match = TAG_NAME.match(tag)
        if not match:
            return
        closing, name = match.group(1) == "/", match.group(2).lower()
        if name in BLOCK_TAGS:
            self._emit_plain("\n\n")
        if name not in SKIP_TAGS or tag.endswith("/>"):
            return
        self.skip_depth[name] = max(0, self.skip_depth.get(name, 0) + (-1 if closing else 1))
        if name == "a" and not closing:
            self._existing_link(tag)

    def _existing_link(self, tag: str) -> None:
        """A link an author (or an earlier run) made to a profile counts as that mention."""
        href = HREF.search(tag)
        person = href and self._profile_of(html_lib.unescape(href.group(2)))
        if person and person not in self.exclude:
            self.linked.add(person)
            self.found.append((self.plain_length, person, "", True, ""))

    def _profile_of(self, href: str) -> str | None:
        for prefix in ("{filename}", "|filename|"):
            if href.startswith(prefix):
                path = href[len(prefix) :].split("#")[0]
                if not path.startswith("/"):
                    path = posixpath.join(posixpath.dirname(self.source), path)
                path = posixpath.normpath(path.lstrip("/"))
                return path if path in self.index.people else None
        return None

    def _text(self, text: str) -> str:
        if not text:
            return text
        base = self.plain_length
        self._emit_plain(visible(text))
        if any(self.skip_depth.values()):
            return text
        folded, offsets = fold_with_map(text)
        pieces, position = [], 0
        for candidate in self._chosen(folded, offsets, text):
            person, reason = self._resolve(candidate, folded, offsets, text)
            start, stop = _at(offsets, candidate.start), _at(offsets, candidate.stop)
            shown = visible(text[start:stop])
            offset = base + len(visible(text[:start]))
            if person in self.exclude:
                continue
            if reason or person is None:
                self.found.append((offset, person or "", shown, False, reason or "ambiguous"))
                continue
            make_link = self.mode == "all" or (self.mode == "first" and person not in self.linked)
            self.found.append((offset, person, shown, make_link, ""))
            if make_link:
                self.linked.add(person)
                pieces.append(text[position:start])
                pieces.append(self._anchor(person, text[start:stop]))
                position = stop
        pieces.append(text[position:])
        return "".join(pieces)

    def _anchor(self, person: str, inner: str) -> str:
        href = html_lib.escape("{filename}/" + person, quote=True)
        return f'<a class="{html_lib.escape(self.css_class)}" href="{href}">{inner}</a>'

    def _chosen(self, folded: str, offsets: list[int] | None, text: str) -> list[_Candidate]:
        """Leftmost-longest candidates on word boundaries with an acceptable capitalisation."""
        found = []
        for end, number in self.index.automaton.iter(folded):
            entry = self.index.entries[number]
            start, stop = end + 1 - entry.length, end + 1
            if not _on_boundaries(folded, start, stop):
                continue
            original = case_key(visible(text[_at(offsets, start) : _at(offsets, stop)]))
            if capitalised_as(original, entry.form, alone=entry.kind == SURNAME):
                found.append(_Candidate(start, stop, entry))
        found.sort(key=lambda c: (c.start, -c.stop))
        chosen, last = [], 0
        for candidate in found:
            if candidate.start >= last:
                chosen.append(candidate)
                last = candidate.stop
        return chosen

    def _resolve(
        self, candidate: _Candidate, folded: str, offsets, text: str
    ) -> tuple[str | None, str]:
        """Pick the person for a candidate; a surname looks at the word before it."""
        persons = candidate.entry.persons
        if candidate.entry.kind != SURNAME:
            return (persons[0], "") if len(persons) == 1 else (None, "ambiguous form")
        before = PREVIOUS_WORD.search(folded, max(0, candidate.start - 40), candidate.start)
        if before:
            word = before.group(1)
            original = visible(text[_at(offsets, before.start(1)) : _at(offsets, before.end(1))])
            owners = [p for p in persons if word in self.index.given.get(p, ())]
            if len(word) == 1 and original.isupper():
                owners = [p for p in persons if word in self.index.initials.get(p, ())]
                if len(owners) == 1:
                    return owners[0], ""
                return None, "different initial"
            if len(owners) == 1:
                candidate.start = before.start(1)
                return owners[0], ""
            if not owners and word in self.index.known_given and original[:1].isupper():
                return None, "different given name"
        return (persons[0], "") if len(persons) == 1 else (None, "ambiguous form")


def _at(offsets: list[int] | None, index: int) -> int:
    return index if offsets is None else offsets[index]
