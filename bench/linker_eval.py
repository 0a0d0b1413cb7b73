"""Measure the people linker on real reporting: how many (text, person) pairs it links, and how
many of its links go to the right person.

The texts stay outside the repository (third-party copyright). A text file starts with a line
`expect: <profile file stems>` naming the people the text names (by full name or surname), then
any number of lines `not: <words of the text>` naming someone else there, a namesake or a
relative ("Viktor Lukashenko", "Blinken Sr"), optionally `lang: <code>` (the text's
language, as a page's: a pack's case endings then apply only on its own language's pages), then
a blank line, then the text. A link to a
person the text does not name is wrong, and so is a link that touches a `not:` phrase: counting
people alone would not see a link to the son on a page that also names the father. Profiles are
Markdown files in the authoring format.

    .venv/bin/python bench/linker_eval.py --people content/people --texts /path/to/texts
"""

from __future__ import annotations

import argparse
import html
import re
import sys
from pathlib import Path

import markdown
from pelican.plugins.people_linker.index import build_index
from pelican.plugins.people_linker.link import link_fragment
from pelican.plugins.people_linker.names import person_from_metadata
from pelican.plugins.people_linker.settings import load


def read_people(folder: Path, lang: str = "en") -> list:
    """Profiles read with Markdown's meta extension, as Pelican reads them; a translation of a
    profile (`Lang:` another language) is the same person, as the linker treats it in a build."""
    people = []
    for path in sorted(folder.glob("*.md")):
        reader = markdown.Markdown(extensions=["meta"])
        reader.convert(path.read_text(encoding="utf-8"))
        metadata = {
            key: value[0] if len(value) == 1 else value for key, value in reader.Meta.items()
        }
        if metadata.get("lang", lang) != lang:
            continue
        people.append(person_from_metadata(f"people/{path.name}", metadata))
    return people


# A person link as the linker writes it, and any other tag.
LINK = re.compile(r'<a class="[^"]*" href="\{filename\}/?(?:[^"]*/)?([^"/]+)\.md">')
TAG = re.compile(r"(<[^>]*>)")


def read_text(path: Path) -> tuple[set[str], list[str], str, str]:
    """The people a text names, the phrases naming someone else, the text as HTML, and its
    language if a `lang:` line gives it ("" otherwise: every pack's rules apply)."""
    head, _, body = path.read_text(encoding="utf-8").partition("\n\n")
    expected, others, lang = set(), [], ""
    for line in head.splitlines():
        field, _, value = line.partition(":")
        if field.strip() == "expect":
            expected |= set(value.split())
        elif field.strip() == "not":
            others.append(value.strip())
        elif field.strip() == "lang":
            lang = value.strip()
        else:
            raise SystemExit(f"{path}: unknown line {line!r} (expect:, not: or lang:)")
    paragraphs = [line for line in body.splitlines() if line.strip()]
    for phrase in others:
        if not any(phrase in paragraph for paragraph in paragraphs):
            raise SystemExit(f"{path}: `not: {phrase}` is not in the text")
    text = "".join(f"<p>{html.escape(p, quote=False)}</p>" for p in paragraphs)
    return expected, others, text, lang


def linked_spans(linked: str) -> tuple[str, list[tuple[int, int, str]]]:
    """The visible text of linked HTML and each person link in it: (start, stop, file stem)."""
    text, spans, opened = "", [], None
    for part in TAG.split(linked):
        link = LINK.fullmatch(part)
        if link:
            opened = (len(text), link.group(1))
        elif part == "</a>" and opened:
            spans.append((opened[0], len(text), opened[1]))
            opened = None
        elif not part.startswith("<"):
            text += html.unescape(part)
    return text, spans


def touches(span: tuple[int, int, str], text: str, phrases: list[str]) -> bool:
    """Whether a link overlaps an occurrence of one of the phrases."""
    start, stop, _ = span
    for phrase in phrases:
        begin = text.find(phrase)
        while begin >= 0:
            if begin < stop and start < begin + len(phrase):
                return True
            begin = text.find(phrase, begin + 1)
    return False


def evaluate(
    people_dir: Path, texts_dir: Path, verbose: bool, lang: str = "en"
) -> tuple[float, float]:
    index = build_index(read_people(people_dir, lang), load({}))
    pairs = found = links = right = 0
    for path in sorted(texts_dir.glob("*.txt")):
        if path.name == "README.txt":
            continue
        expected, others, fragment, lang = read_text(path)
        text, spans = linked_spans(link_fragment(fragment, index, mode="all", lang=lang).html)
        made = [(person, text[start:stop]) for start, stop, person in spans]
        good = [span[2] in expected and not touches(span, text, others) for span in spans]
        linked = {person for (person, _), ok in zip(made, good, strict=True) if ok}
        pairs += len(expected)
        found += len(expected & linked)
        links += len(made)
        right += sum(good)
        missing = expected - linked
        wrong = [pair for pair, ok in zip(made, good, strict=True) if not ok]
        if missing or wrong or verbose:
            print(f"{path.name}: missing {sorted(missing)} wrong {wrong}")
            if verbose:
                print("   ", made)
    recall, precision = found / max(pairs, 1), right / max(links, 1)
    print(f"(text, person) pairs linked: {found}/{pairs} = {recall:.1%}")
    print(f"links to the right person:   {right}/{links} = {precision:.1%}")
    return recall, precision


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=Path, default=Path("content/people"))
    parser.add_argument("--texts", type=Path, required=True)
    parser.add_argument("--lang", default="en", help="the site's language (DEFAULT_LANG)")
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    evaluate(args.people, args.texts, args.verbose, args.lang)
    return 0


if __name__ == "__main__":
    sys.exit(main())
