"""Link mentions of people in an HTML fragment; report each link, each person's first mention
(for backlinks) and each mention left unlinked for a reason.

The fragment is folded and scanned once with the automaton; only in a fragment with a candidate
(or a `{filename}` link) are the tags looked at, with regular expressions. Text inside links,
headings, code, scripts, comments and attributes is never touched; linking only inserts <a>
tags, so the visible text never changes and linking twice equals linking once.
"""

from __future__ import annotations

import bisect
import html as html_lib
import posixpath
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from operator import itemgetter

from .candidate import NAMESAKE_ON_PAGE, names_a_namesake
from .index import Index
from .names import cases_read
from .scan import Candidate, Folded, chosen, matches, settle
from .sentences import one_sentence, sentence_in_html
from .text import primary_language

SKIP_TAGS = {"a", "h1", "h2", "h3", "h4", "h5", "h6", "code", "pre", "kbd", "samp", "textarea"}
# A comment, a script or style element, or a tag (with its "/" and name, when it has a name).
TOKEN = re.compile(
    r"<!--.*?-->|<(script|style)\b[^>]*>.*?</\1\s*>"
    r"|<(?:\s*(/?)\s*([a-zA-Z][a-zA-Z0-9-]*))?[^>]*>",
    re.DOTALL | re.IGNORECASE,
)
# The tags of SKIP_TAGS elements, and what makes a ">" end no tag (see `_placement`).
SKIP_TAG = re.compile(
    rf"<\s*(/?)\s*({'|'.join(sorted(SKIP_TAGS))})(?![a-zA-Z0-9-])[^>]*>", re.IGNORECASE
)
RAW = re.compile(r"<(?:!--|script|style)", re.IGNORECASE)
HREF = re.compile(r"""\bhref\s*=\s*(["'])(.*?)\1""", re.IGNORECASE | re.DOTALL)
FILENAME_LINKS = ("{filename}", "|filename|")


@dataclass(slots=True)
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
    sentences: bool = True,
    lang: str = "",
) -> Result:
    """Link `html`; also return every mention and near miss for backlinks and the report
    (with the sentence of each person's first mention, unless `sentences` is False). `lang` is
    the page's language: a case form only some languages' grammar makes, and a pack's case
    endings, are names on those languages' pages (and on any where `lang` is "")."""
    if not html or index.automaton is None:
        return Result(html)
    lang = primary_language(lang)
    index = index.for_lang(lang)
    folded = Folded(html, cases_read(lang) if lang else None)
    found = matches(folded, index)
    if not found and not any(marker in html for marker in FILENAME_LINKS):
        return Result(html)
    inside, existing = _placement(html, index, source)

    def settled(candidate: Candidate) -> Candidate | None:
        candidate = settle(candidate, folded, index)
        return candidate if inside(candidate) else None

    def rewritten(namesakes: _Namesakes) -> tuple[Result, _Namesakes]:
        rewriter = _Rewriter(html, mode, css_class, set(exclude), sentences, namesakes)
        # Candidates are made as the rewriter takes them, so that it can say whom it is done
        # with; links already there are sorted in among them, so then all are made first.
        made = chosen(found, folded, index, () if existing else rewriter.done)
        return rewriter.run(made, inside, existing, settled), rewriter.found

    result, namesakes = rewritten(_Namesakes())
    # "Dzianis Kuchynski ... Kuchynski said": on a page that names a namesake, a surname alone
    # may be either man. Such pages are few; they are rewritten once more, knowing where.
    return rewritten(namesakes)[0] if namesakes.at else result


def _given_to_a_namesake(word: str, given: Iterable[str]) -> bool:
    """Whether a word opening a sentence before a surname is a given name the page gives a
    namesake, in any case form: "Остап" for "Остапа Лукашенко" (one ends in at most two more
    letters than the other)."""
    for name in given:
        short, long = sorted((word, name), key=len)
        if len(short) >= 3 and len(long) - len(short) <= 2 and long.startswith(short):
            return True
    return False


@dataclass
class _Namesakes:
    """Where a page names namesakes of each person (offsets, in order), and the given names it
    gives them (folded)."""

    at: dict[str, list[int]] = field(default_factory=dict)
    given: dict[str, set[str]] = field(default_factory=dict)

    def add(self, person: str, offset: int, given: str) -> None:
        self.at.setdefault(person, []).append(offset)
        if given:
            self.given.setdefault(person, set()).add(given)


def _placement(
    html: str, index: Index, source: str
) -> tuple[Callable[[Candidate], bool], list[tuple[int, str]]]:
    """Whether a candidate lies in text where a link may go, and the links to profiles already
    there (offset, person).

    Most fragments have no comment, script or style, and then a tag is a "<" up to the first ">"
    (`_in_tag`): only the skipped elements' tags are walked, not every tag (a page of citations
    has many more). Otherwise every tag is walked (`_walk`).
    """
    if RAW.search(html):
        spans, existing = _walk(html, index, source)
        starts = [start for start, _ in spans]

        def in_span(candidate: Candidate) -> bool:
            number = bisect.bisect_right(starts, candidate.start) - 1
            return number >= 0 and candidate.stop <= spans[number][1]

        return in_span, existing
    ends, open_at, existing = _skipped_elements(html, index, source)

    def in_text(candidate: Candidate) -> bool:
        start, stop = candidate.start, candidate.stop
        if _in_tag(html, start):
            return False
        tag = html.find("<", start, stop)
        if tag >= 0 and html.find(">", tag) >= 0:
            return False  # a tag begins inside it
        number = bisect.bisect_right(ends, start) - 1
        return number < 0 or not open_at[number]

    return in_text, existing


def _in_tag(html: str, offset: int) -> bool:
    """Whether `offset` lies inside a tag, a "<" up to the first ">" after it (as `TOKEN` has it
    without comments, scripts and styles): the last "<" before it comes after the last ">", and
    a ">" comes later. Two searches back from the offset, not a walk of the tags before it."""
    return html.rfind("<", 0, offset) > html.rfind(">", 0, offset) and html.find(">", offset) >= 0


def _skipped_elements(html: str, index: Index, source: str) -> tuple[list, list, list]:
    """The end of each tag of a skipped element, how many skipped elements are open after it,
    and the links to profiles; a "<a" inside another tag's attribute is no tag."""
    ends, open_at, existing = [], [], []
    depth: dict[str, int] = {}
    skipped = 0
    for token in SKIP_TAG.finditer(html):
        begin = token.start()
        if _in_tag(html, begin) or token.group().endswith("/>"):
            continue
        name, closing = token.group(2).lower(), token.group(1) == "/"
        skipped += _nesting(depth, name, closing)
        ends.append(token.end())
        open_at.append(skipped)
        person = None if closing or name != "a" else _profile_of(token.group(), index, source)
        if person:
            existing.append((begin, person))
    return ends, open_at, existing


def _walk(html: str, index: Index, source: str) -> tuple[list[tuple[int, int]], list]:
    """Text spans where links may go, and links to profiles already there (offset, person)."""
    spans, existing = [], []
    depth: dict[str, int] = {}
    skipped = position = 0  # skipped: how many skipped elements are open here
    for token in TOKEN.finditer(html):
        if token.start() > position and not skipped:
            spans.append((position, token.start()))
        position = token.end()
        name = token.group(3)
        if name is None:
            continue
        name = name.lower()
        if name not in SKIP_TAGS or token.group().endswith("/>"):
            continue
        closing = token.group(2) == "/"
        skipped += _nesting(depth, name, closing)
        person = None if closing or name != "a" else _profile_of(token.group(), index, source)
        if person:
            existing.append((token.start(), person))
    if position < len(html) and not skipped:
        spans.append((position, len(html)))
    return spans, existing


def _nesting(depth: dict[str, int], name: str, closing: bool) -> int:
    """How many more skipped elements are open after a tag (a stray closing tag closes none)."""
    opened = depth.get(name, 0)
    depth[name] = max(0, opened + (-1 if closing else 1))
    return depth[name] - opened


def _profile_of(tag: str, index: Index, source: str) -> str | None:
    """The profile an <a> points at with a `{filename}` link, if any."""
    href = HREF.search(tag)
    target = html_lib.unescape(href.group(2)) if href else ""
    for prefix in FILENAME_LINKS:
        if target.startswith(prefix):
            path = target[len(prefix) :].split("#")[0]
            name = posixpath.basename(path)
            if name not in index.files and name not in ("", ".", ".."):
                return None  # no profile's file: no need to resolve the path
            if not path.startswith("/"):
                path = posixpath.join(posixpath.dirname(source), path)
            path = posixpath.normpath(path.lstrip("/"))
            return path if path in index.people else None
    return None


class _Rewriter:
    def __init__(
        self,
        html: str,
        mode: str,
        css_class: str,
        exclude: set[str],
        sentences: bool,
        namesakes: _Namesakes | None = None,
    ) -> None:
        self.html, self.mode, self.exclude, self.sentences = html, mode, exclude, sentences
        # The namesakes a first pass found on the page; this pass collects them in `found`.
        known = namesakes or _Namesakes()
        self.namesakes, self.namesake_given = known.at, known.given
        self.found = _Namesakes()
        self.own_at: dict[str, int] = {}  # the latest mention of a person by more than a surname
        self.css_class = html_lib.escape(css_class)
        self.seen: set[str] = set()
        # The people whose further certain mentions would neither link nor be recorded: the
        # excluded, and those linked ("first") or recorded ("none") here already.
        self.done: set[str] = set(exclude)

    def run(
        self,
        found: Iterable[Candidate],
        inside: Callable[[Candidate], bool],
        existing: list[tuple[int, str]],
        settled: Callable[[Candidate], Candidate | None],
    ) -> Result:
        """Link and record in order; `settled` resolves a pending candidate (None: it may not
        link), only when it could change what is linked or reported. A candidate where no link
        may go (`inside` says) only tells of a namesake: "<h2>Dzianis Kuchynski</h2>"."""
        events = ((c.start, 1, c) for c in found)
        if existing:  # links already there come first at one offset
            events = sorted([*events, *((o, 0, p) for o, p in existing)], key=itemgetter(0, 1))
        linked: set[str] = set()
        pieces, position = [], 0
        result = Result(self.html)
        for offset, kind, what in events:
            if kind == 0:
                if what not in self.exclude:
                    self._record(result, Mention(what, "", True, ""), offset)
                    linked.add(what)
                    self.own_at[what] = offset
                continue
            if not inside(what):
                if self._names_a_namesake(what):
                    self.found.add(what.near, offset, what.given)
                continue
            if what.person in self.exclude:
                continue
            if what.pending is not None:  # a surname whose person is certain
                if self.mode != "all" and what.person in linked:
                    continue  # a repeat of someone linked here: nothing to link or report
                what = settled(what)
                if what is None:
                    continue
                offset = what.start  # the given name may have joined: its sentence is read there
            if what.person in self.namesakes:
                if what.opening and _given_to_a_namesake(
                    what.opening, self.namesake_given.get(what.person, ())
                ):
                    # "Donald Blinken, a former diplomat": the page gives a namesake this name
                    bisect.insort(self.namesakes[what.person], offset)
                    what = replace(what, person=None, reason=NAMESAKE_ON_PAGE, near=what.person)
                elif not what.bare:
                    self.own_at[what.person] = offset
                elif self._unsure(what.person, offset):
                    if what.person in self.seen:
                        continue  # a repeat of someone mentioned here already: nothing new
                    what = replace(what, person=None, reason=NAMESAKE_ON_PAGE, near=what.person)
            if what.person is None:
                if what.near in self.exclude:
                    continue  # the page is not about that person: its own, or Not-linked
                if what.near and names_a_namesake(what.reason):
                    self.found.add(what.near, offset, what.given)
                miss = Mention(what.near, self._shown(what), False, "", what.reason)
                self._record(result, miss, offset)
                continue
            make = self.mode == "all" or (self.mode == "first" and what.person not in linked)
            make = make and what.start >= position
            if make or what.person not in self.seen:  # a repeat left unlinked tells nothing new
                self._record(result, Mention(what.person, self._shown(what), make, ""), offset)
            if make:
                linked.add(what.person)
                if self.mode == "first":
                    self.done.add(what.person)
                pieces += [self.html[position : what.start], self._anchor(what)]
                position = what.stop
        result.html = "".join([*pieces, self.html[position:]]) if pieces else self.html
        return result

    def _names_a_namesake(self, candidate: Candidate) -> bool:
        """Whether a candidate left unlinked names a namesake of a person the page may link."""
        near = candidate.near
        return bool(near) and near not in self.exclude and names_a_namesake(candidate.reason)

    def _unsure(self, person: str, offset: int) -> bool:
        """Whether a surname alone at `offset` may be a namesake's: the page has not named the
        person by more than the surname before it, or has named a namesake since, or in the
        sentence that named the person ("Donald Blinken, father of Antony Blinken, died.
        Blinken was ...": either man)."""
        own = self.own_at.get(person)
        if own is None:
            return True
        return any(
            own < at < offset or (at < own and one_sentence(self.html, at, own))
            for at in self.namesakes[person]
        )

    def _shown(self, candidate: Candidate) -> str:
        return html_lib.unescape(self.html[candidate.start : candidate.stop])

    def _record(self, result: Result, mention: Mention, offset: int) -> None:
        """Keep a mention; only a person's first mention and the misses carry their sentence."""
        if self.sentences and (mention.reason or mention.person not in self.seen):
            sentence = sentence_in_html(self.html, offset)
            mention = Mention(
                mention.person, mention.text, mention.linked, sentence, mention.reason
            )
        if not mention.reason:
            self.seen.add(mention.person)
            if self.mode == "none":
                self.done.add(mention.person)
        (result.misses if mention.reason else result.mentions).append(mention)

    def _anchor(self, candidate: Candidate) -> str:
        href = html_lib.escape("{filename}/" + candidate.person, quote=True)
        inner = self.html[candidate.start : candidate.stop]
        return f'<a class="{self.css_class}" href="{href}">{inner}</a>'
