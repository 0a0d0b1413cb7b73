"""Measure the people linker on real reporting: how many (text, person) pairs it links, and how
many of its links go to the right person.

The texts stay outside the repository (third-party copyright). A text file starts with a line
`expect: <profile file stems>` naming the people the text names (by full name or surname), then
a blank line, then the text. Profiles are Markdown files in the authoring format.

    .venv/bin/python bench/linker_eval.py --people content/people --texts /path/to/texts
"""

from __future__ import annotations

import argparse
import html
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


def read_text(path: Path) -> tuple[set[str], str]:
    head, _, body = path.read_text(encoding="utf-8").partition("\n\n")
    expected = set(head.removeprefix("expect:").split())
    paragraphs = [line for line in body.splitlines() if line.strip()]
    return expected, "".join(f"<p>{html.escape(p, quote=False)}</p>" for p in paragraphs)


def evaluate(
    people_dir: Path, texts_dir: Path, verbose: bool, lang: str = "en"
) -> tuple[float, float]:
    index = build_index(read_people(people_dir, lang), load({}))
    pairs = found = links = right = 0
    for path in sorted(texts_dir.glob("*.txt")):
        if path.name == "README.txt":
            continue
        expected, fragment = read_text(path)
        result = link_fragment(fragment, index, mode="all")
        made = [(Path(m.person).stem, m.text) for m in result.mentions if m.linked]
        linked = {person for person, _ in made}
        pairs += len(expected)
        found += len(expected & linked)
        links += len(made)
        right += sum(person in expected for person, _ in made)
        missing, wrong = expected - linked, [(p, t) for p, t in made if p not in expected]
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
