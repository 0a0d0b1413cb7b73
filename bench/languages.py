"""Three languages against one: a synthetic brief built alone and with a Belarusian and a Russian
edition of every page, profile and update, interleaved in one run. Issue 16's bar: at most 3.2x.

Usage: python bench/languages.py [--articles 300] [--people 50] [--rounds 3]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import tempfile
from pathlib import Path

from generate import write_site
from run import cold, project_plugins

BAR = 3.2


def add_editions(site: Path, languages: tuple[str, ...] = ("be", "ru")) -> None:
    """A translation beside every content file (about.md -> about.be.md, Lang: be)."""
    for path in sorted(site.rglob("*.md")):
        text = path.read_text(encoding="utf-8")
        for lang in languages:
            edition = path.with_name(f"{path.stem}.{lang}.md")
            edition.write_text(f"Lang: {lang}\n{text}", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--people", type=int, default=50)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    plugins = project_plugins()
    with tempfile.TemporaryDirectory(prefix="bench-languages-") as work:
        one, three = Path(work) / "one", Path(work) / "three"
        write_site(one, args.articles, args.people, seed=1)
        shutil.copytree(one, three)
        add_editions(three)
        seconds: dict[str, list[float]] = {"one": [], "three": []}
        for _ in range(args.rounds):
            for name, site in (("one", one), ("three", three)):
                seconds[name].append(cold(site, plugins)[0])
    one_s, three_s = (statistics.median(seconds[name]) for name in ("one", "three"))
    ratio = three_s / one_s
    verdict = "met" if ratio <= BAR else "NOT met"
    print(f"languages: {args.articles} updates, {args.people} people, {args.rounds} rounds")
    print(f"  one language:    median {one_s:.2f} s  {[round(s, 2) for s in seconds['one']]}")
    print(f"  three languages: median {three_s:.2f} s  {[round(s, 2) for s in seconds['three']]}")
    print(f"  ratio {ratio:.2f}x (bar: at most {BAR}x): {verdict}")


if __name__ == "__main__":
    main()
