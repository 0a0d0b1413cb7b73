"""Three languages against one: a synthetic brief built alone and with a Belarusian and a Russian
edition of every page, profile and update, interleaved in one run. Issue 16's bar: at most 3.2x.

Usage: python bench/languages.py [--articles 300] [--people 50] [--rounds 3] [--write]
(--write puts the report in bench/RESULTS.md's "Three languages" section; make bench does.)
"""

from __future__ import annotations

import argparse
import platform
import shutil
import statistics
import tempfile
from pathlib import Path

from generate import write_site
from run import cold, project_plugins

BAR = 3.2
RESULTS = Path(__file__).resolve().with_name("RESULTS.md")
HEADING = "## Three languages (issue 16)"


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
    parser.add_argument("--write", action="store_true", help="record the report in RESULTS.md")
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
    report = [
        f"languages: {args.articles} updates, {args.people} people, {args.rounds} rounds",
        f"  one language:    median {one_s:.2f} s  {[round(s, 2) for s in seconds['one']]}",
        f"  three languages: median {three_s:.2f} s  {[round(s, 2) for s in seconds['three']]}",
        f"  ratio {ratio:.2f}x (bar: at most {BAR}x): {verdict}",
    ]
    print("\n".join(report))
    if args.write:
        write_section(report)


def write_section(report: list[str]) -> None:
    """Replace (or add, at the end) the section of RESULTS.md that this script writes."""
    text = RESULTS.read_text(encoding="utf-8") if RESULTS.exists() else "# Benchmark results\n"
    head, found, rest = text.partition(HEADING)
    after = rest[rest.index("\n## ") + 1 :] if found and "\n## " in rest else ""
    section = [
        HEADING,
        "",
        "`python bench/languages.py --write` (make bench runs it): one synthetic brief built with our",
        "plugins, alone and with a Belarusian and a Russian edition of every file, interleaved, cold",
        f"builds, Python {platform.python_version()}.",
        "",
        "```text",
        *report,
        "```",
        "",
    ]
    parts = [head.rstrip("\n") + "\n", "\n".join(section)]
    if after:
        parts.append("\n" + after)
    RESULTS.write_text("\n".join(parts), encoding="utf-8")


if __name__ == "__main__":
    main()
