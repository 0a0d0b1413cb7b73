"""Time the HTML parsers the guard could read pages with, over every page of a built site.

The guard needs a parser that follows the WHATWG algorithm, as browsers do (issue 14).
html5lib is the reference (pure Python); Lexbor (selectolax) is the one the guard uses;
markupever (html5ever, Servo's parser) and nh3 (ammonia's sanitizer, itself on html5ever) are
the other candidates. Candidates that are not installed are skipped. Never part of the tests.

Usage: .tools/bin/uv run --with html5lib --with markupever --with nh3 \\
           python bench/parsers.py OUTPUT_DIR [--rounds 3]
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from pelican.plugins.site_guard.browser import page_references  # the guard's browser-grade view
from pelican.plugins.site_guard.scan import html_references  # the first guard's html.parser scanner


def candidates() -> dict[str, Callable[[str], object]]:
    """Each parser (or whole guard view) by name, as a function of one page's text."""
    found: dict[str, Callable[[str], object]] = {
        "html.parser token scanner (first guard, not WHATWG)": html_references,
        "guard's view: Lexbor parse + walk + rules": page_references,
    }
    from selectolax.lexbor import LexborHTMLParser

    found["Lexbor (selectolax) parse only"] = LexborHTMLParser
    try:
        import html5lib

        found["html5lib parse only (reference)"] = html5lib.parse
    except ImportError:
        pass
    try:
        import markupever

        found["markupever (html5ever) parse only"] = markupever.parse
    except ImportError:
        pass
    try:
        import nh3

        found["nh3 (ammonia) clean with its default allowlist"] = nh3.clean
    except ImportError:
        pass
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output", type=Path)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    pages = [p.read_text(encoding="utf-8") for p in sorted(args.output.rglob("*.html"))]
    megabytes = sum(len(page.encode()) for page in pages) / 1e6
    print(f"{len(pages)} pages, {megabytes:.1f} MB; median CPU time of {args.rounds} rounds")
    for name, parse in candidates().items():
        times = []
        for _ in range(args.rounds):
            started = time.process_time()  # CPU time: the machine may be shared
            for page in pages:
                parse(page)
            times.append(time.process_time() - started)
        seconds = statistics.median(times)
        print(f"  {name:55} {seconds:7.2f} s  {1000 * seconds / len(pages):6.2f} ms/page")


if __name__ == "__main__":
    main()
