"""Where the people linker's own time goes, stage by stage, on a generated site.

`bench/run.py` times whole builds, and cProfile spreads the linker's time over many small
functions; this reads the site with Pelican once (no writing), then links every fragment again
and again, each time going one stage further: folding, the automaton's pass, the scan for
capitalised words, the rules over each match, choosing candidates, linking without and with the
backlinks' sentences. Stages are timed side by side in one run (interleaved rounds, the fastest
of each), so a stage's own cost is the difference from the one before it. Never part of the
test suite.

Usage: python bench/link_stages.py [--articles 5000] [--people 1000] [--rounds 5]
"""

from __future__ import annotations

import argparse
import gc
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from generate import write_site
from pelican import Pelican, signals
from pelican.plugins.people_linker.index import build_index
from pelican.plugins.people_linker.link import link_fragment
from pelican.plugins.people_linker.names import person_from_metadata
from pelican.plugins.people_linker.pipeline import is_profile
from pelican.plugins.people_linker.scan import CAPITALISED, Folded, chosen, matches
from pelican.plugins.people_linker.settings import linker_config
from pelican.settings import read_settings
from rights_brief_common.content_walk import walk
from run import ROOT


class _Read(Exception):
    """Raised once Pelican has read the site, to stop it before it writes."""

    def __init__(self, generators: list) -> None:
        self.generators = generators


def _stop(generators: list) -> None:
    raise _Read(generators)


def read_site(site: Path, work: Path) -> list:
    """Pelican's generators, with every page read (and nothing written)."""
    settings = read_settings(
        str(ROOT / "pelican.conf.py"),
        override={
            "PATH": str(site),
            "OUTPUT_PATH": str(work / "output"),
            "PLUGINS": [],
            "PAGE_PATHS": ["pages", "people"],
            "CACHE_CONTENT": False,
            "LOAD_CONTENT_CACHE": False,
            "CACHE_PATH": str(work / "cache"),
        },
    )
    signals.all_generators_finalized.connect(_stop)
    try:
        Pelican(settings).run()
    except _Read as read:
        return read.generators
    finally:
        signals.all_generators_finalized.disconnect(_stop)
    raise SystemExit("bench: Pelican finished without reaching all_generators_finalized")


def stages(index: object, css_class: str) -> dict[str, Callable[[str], object]]:
    """Each stage does what the one before it does, and one step more."""

    def candidates(html: str) -> list:
        folded = Folded(html)
        return list(chosen(matches(folded, index), folded, index))

    def scanned(html: str) -> list:
        folded = Folded(html)
        return [index.automaton.longest(folded.text), CAPITALISED.findall(html)]

    return {
        "fold": Folded,
        "+ automaton": lambda html: index.automaton.longest(Folded(html).text),
        "+ capitalised words": scanned,
        "+ rules per match (`matches`)": lambda html: matches(Folded(html), index),
        "+ candidates (`chosen`)": candidates,
        "+ rewriting, no sentences": lambda html: link_fragment(
            html, index, "first", css_class, "x", (), sentences=False
        ),
        "+ sentences (`link_fragment`)": lambda html: link_fragment(
            html, index, "first", css_class, "x", (), sentences=True
        ),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=5000)
    parser.add_argument("--people", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-stages-") as work:
        site = Path(work) / "site"
        write_site(site, args.articles, args.people, seed=1)
        generators = read_site(site, Path(work))
    items = [item for item, _ in walk(generators)]
    config = linker_config(items[0].settings)
    people = [
        person_from_metadata(item.relative_source_path, item.metadata)
        for item in items
        if is_profile(item, config)
    ]
    fragments = [item._content for item in items if item._content]
    fragments += [item.metadata["summary"] for item in items if item.metadata.get("summary")]
    gc.disable()  # as the plugin links (memory.py)
    best: dict[str, float] = {}
    index = build_index(people, config)
    for _ in range(args.rounds):
        started = time.process_time()
        index = build_index(people, config)
        best["index"] = min(best.get("index", 1e9), time.process_time() - started)
        for name, stage in stages(index, config.css_class).items():
            started = time.process_time()
            for html in fragments:
                stage(html)
            best[name] = min(best.get(name, 1e9), time.process_time() - started)
    print(f"{len(fragments)} fragments, {len(people)} people, {args.rounds} rounds (fastest)")
    print("\n| stage | CPU s | own s | share of linking |\n|---|---:|---:|---:|")
    print(f"| building the index | {best.pop('index'):.3f} | | |")
    total, before = max(best.values()), 0.0
    for name, seconds in best.items():
        own = seconds - before
        print(f"| {name} | {seconds:.3f} | {own:.3f} | {own / total:.0%} |")
        before = seconds


if __name__ == "__main__":
    main()
