"""Measure our plugins against plain Pelican, side by side in one run, and write bench/RESULTS.md.

Every configuration builds the same generated site with the same settings and theme; only
PLUGINS differs. Builds are interleaved (one of each variant per round) so that load from other
work on the machine falls on all variants alike. Each build is a fresh process: wall time and
its own peak RSS (os.wait4) are recorded. Never part of the test suite.

Usage: python bench/run.py [--quick] [--rounds 3] [--profile]
(--quick prints its report and leaves bench/RESULTS.md alone.)
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from generate import write_site
from pelican import __version__ as pelican_version
from pelican.settings import read_settings

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "RESULTS.md"


@dataclass
class Sample:
    seconds: list[float] = field(default_factory=list)
    rss_mb: list[float] = field(default_factory=list)

    def add(self, seconds: float, rss_mb: float) -> None:
        self.seconds.append(seconds)
        self.rss_mb.append(rss_mb)

    @property
    def median(self) -> float:
        return statistics.median(self.seconds)


def project_plugins() -> list[str]:
    return list(read_settings(str(ROOT / "pelican.conf.py"))["PLUGINS"])


def build(site: Path, work: Path, plugins: list[str], cache: bool = False) -> tuple[float, float]:
    """One build in a fresh process: (wall seconds, peak RSS in MB)."""
    output = work / "output"
    extra = {
        "PLUGINS": plugins,
        "PAGE_PATHS": ["pages", "people"],
        "CACHE_PATH": str(work / "cache"),
        "CACHE_CONTENT": cache,
        "LOAD_CONTENT_CACHE": cache,
    }
    command = [sys.executable, "-m", "pelican", str(site), "-o", str(output)]
    command += ["-s", str(ROOT / "pelican.conf.py"), "-q", "-e"]
    command += [f"{key}={json.dumps(value)}" for key, value in extra.items()]
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise SystemExit(f"bench: build failed ({plugins}) for {site}")
    return seconds, usage.ru_maxrss / 1024


def cold(site: Path, plugins: list[str]) -> tuple[float, float]:
    with tempfile.TemporaryDirectory(prefix="bench-") as work:
        return build(site, Path(work), plugins)


def warm_ratio(site: Path, plugins: list[str]) -> float:
    """A rebuild after editing one update, with Pelican's content cache, over a cold cached build."""
    with tempfile.TemporaryDirectory(prefix="bench-") as work:
        first, _ = build(site, Path(work), plugins, cache=True)
        edited = sorted((site / "updates").iterdir())[0]
        original = edited.read_text(encoding="utf-8")
        edited.write_text(original + "\nOne more sentence.\n", encoding="utf-8")
        try:
            second, _ = build(site, Path(work), plugins, cache=True)
        finally:
            edited.write_text(original, encoding="utf-8")
        return second / first


def exponent(points: list[tuple[float, float]]) -> float:
    """The slope of log(time) against log(size): 1.0 is linear growth."""
    xs = [math.log(x) for x, _ in points]
    ys = [math.log(y) for _, y in points]
    mean_x, mean_y = statistics.fmean(xs), statistics.fmean(ys)
    numerator = sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys, strict=True))
    return numerator / sum((x - mean_x) ** 2 for x in xs)


def measure(sites: dict, variants: dict[str, list[str]], rounds: int) -> dict:
    results = {(size, name): Sample() for size in sites for name in variants}
    for round_number in range(rounds):
        order = list(variants)
        if round_number % 2:
            order.reverse()  # alternate which variant goes first
        for size, site in sites.items():
            for name in order:
                results[size, name].add(*cold(site, variants[name]))
        print(f"bench: round {round_number + 1}/{rounds} done", file=sys.stderr)
    return results


def ratio_cell(sample: Sample, plain: Sample) -> str:
    return f"{sample.median / plain.median:.3f}×"


def table(results: dict, sizes: list, variants: list[str]) -> list[str]:
    lines = [
        "| articles | people | variant | median s | min s | max s | per page ms | ratio to plain | peak RSS MB |"
    ]
    lines.append("|---:|---:|---|---:|---:|---:|---:|---:|---:|")
    for size in sizes:
        plain = results[size, "plain"]
        for name in variants:
            sample = results[size, name]
            per_page = 1000 * sample.median / (size[0] + size[1] + 1)
            lines.append(
                f"| {size[0]} | {size[1]} | {name} | {sample.median:.2f} | {min(sample.seconds):.2f} "
                f"| {max(sample.seconds):.2f} | {per_page:.2f} | {ratio_cell(sample, plain)} "
                f"| {max(sample.rss_mb):.0f} ({max(sample.rss_mb) / max(plain.rss_mb):.2f}×) |"
            )
    return lines


def machine() -> str:
    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        platform.processor(),
    )
    return f"{os.cpu_count()} cores ({cpu}), Python {platform.python_version()}, Pelican {pelican_version}"


def profile(site: Path, plugins: list[str]) -> list[str]:
    """cProfile's top entries for one build: overall by cumulative time, then the linker's own."""
    with tempfile.TemporaryDirectory(prefix="bench-prof-") as work:
        stats = Path(work) / "build.prof"
        command = [sys.executable, "-m", "cProfile", "-o", str(stats), "-m", "pelican", str(site)]
        command += ["-o", str(Path(work) / "out"), "-s", str(ROOT / "pelican.conf.py"), "-q", "-e"]
        command += [f"PLUGINS={json.dumps(plugins)}", 'PAGE_PATHS=["pages", "people"]']
        subprocess.run(command, cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
        script = (
            "import pstats,sys; s=pstats.Stats(sys.argv[1]).sort_stats('cumulative');"
            "s.print_stats(25); s.print_stats('plugins/', 20)"
        )
        text = subprocess.run(
            [sys.executable, "-c", script, str(stats)], capture_output=True, text=True, check=True
        ).stdout
    lines = [line for line in text.splitlines() if line.strip() and "Ordered by" not in line]
    return ["```text", *lines[1:], "```"]


LINKER = "people_linker"
ALL = "all plugins"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smallest sizes, under a minute")
    parser.add_argument("--rounds", type=int, help="builds per variant and size (3; quick: 1)")
    parser.add_argument("--profile", action="store_true", help="add cProfile's top entries")
    args = parser.parse_args()
    args.rounds = args.rounds or (1 if args.quick else 3)

    plugins = project_plugins()
    variants = {"plain": [], **{name: [name] for name in plugins}, ALL: plugins}
    if args.quick:
        by_articles, by_people = [(50, 10), (200, 10)], [(50, 10), (50, 100)]
    else:
        by_articles = [(100, 1000), (1000, 1000), (5000, 1000)]
        by_people = [(1000, 10), (1000, 100), (1000, 1000)]
    sizes = list(dict.fromkeys(by_articles + by_people))
    started = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
    scratch = Path(tempfile.mkdtemp(prefix="bench-sites-"))
    try:
        sites = {}
        for articles, people in sizes:
            sites[articles, people] = scratch / f"site-{articles}-{people}"
            write_site(sites[articles, people], articles, people, seed=1)
        results = measure(sites, variants, args.rounds)
        warm_site = sites[by_articles[1]]
        warm = {
            name: statistics.median(
                warm_ratio(warm_site, variants[name]) for _ in range(args.rounds)
            )
            for name in ("plain", LINKER, ALL)
        }
        largest = sites[by_articles[-1]]
        profile_lines = profile(largest, [LINKER]) if args.profile else []
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    lines = report(args, started, plugins, results, sizes, variants, by_articles, by_people, warm)
    if profile_lines:
        lines += [
            "",
            f"## Profile ({LINKER} alone, {by_articles[-1][0]} articles × {by_articles[-1][1]} "
            "people, one build under cProfile, cumulative time)",
            "",
            "The whole build first, then the entries in `plugins/`.",
            "",
            *profile_lines,
        ]
    if not args.quick:  # a smoke test: it never overwrites the committed results
        RESULTS.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))


def report(args, started, plugins, results, sizes, variants, by_articles, by_people, warm):
    """The Markdown of RESULTS.md: settings, the table, growth, warm rebuilds, the quality bars."""
    growth_n = {
        name: exponent([(s[0], results[s, name].median) for s in by_articles])
        for name in ("plain", LINKER, ALL)
    }
    growth_p = {
        name: [results[s, name].median / results[s, "plain"].median for s in by_people]
        for name in (LINKER, ALL)
    }
    quick = " --quick" if args.quick else ""
    largest = by_articles[-1]
    overhead = results[largest, LINKER].median / results[largest, "plain"].median
    memory = max(results[largest, LINKER].rss_mb) / max(results[largest, "plain"].rss_mb)
    people_growth = growth_p[LINKER][-1] / growth_p[LINKER][0]
    warm_gap = warm[LINKER] - warm["plain"]
    bars = [
        (
            f"linker overhead at {largest[0]} × {largest[1]} ≤ 1.15×",
            f"{overhead:.3f}×",
            overhead <= 1.15,
        ),
        (
            f"linker overhead at {by_people[-1][1]} people over {by_people[0][1]} people ≤ 1.10",
            f"{people_growth:.3f}",
            people_growth <= 1.10,
        ),
        ("fitted exponent in N (linker) ≤ 1.1", f"{growth_n[LINKER]:.2f}", growth_n[LINKER] <= 1.1),
        (
            f"peak memory (linker) at {largest[0]} × {largest[1]} ≤ 1.5× plain",
            f"{memory:.2f}×",
            memory <= 1.5,
        ),
        ("warm/cold ratio (linker) − plain's ≤ 0.05", f"{warm_gap:+.3f}", warm_gap <= 0.05),
    ]
    return [
        "# Benchmark results",
        "",
        f"Run on {started}: {machine()}.",
        f"Command: `.venv/bin/python bench/run.py{quick} --rounds {args.rounds}{' --profile' if args.profile else ''}` (`make bench{'-quick' if args.quick else ''}`).",
        f"Cold builds, {args.rounds} round(s) interleaved; each figure is the median (min and max beside it).",
        f"Each build is `python -m pelican` in a fresh process with PLUGINS set per variant; plugins measured: {', '.join(plugins)}.",
        "Sites from `bench/generate.py` (seed 1): ~660-word updates naming 2–5 people each, ~4 citations each; people with 3 aliases, named in Latin, and in Belarusian Cyrillic and Łacinka, nominative and inflected.",
        "",
        "## Quality bars (issue 9), for the people linker",
        "",
        "| bar | measured | met |",
        "|---|---:|---|",
        *(f"| {bar} | {value} | {'yes' if met else '**no**'} |" for bar, value, met in bars),
        "",
        "## Build time and memory",
        "",
        "Per page: the median build time over all pages (articles + profiles + the brief). Peak RSS: the largest of the rounds, and its ratio to plain's.",
        "",
        *table(results, sizes, list(variants)),
        "",
        "## Growth",
        "",
        f"- Time against articles ({', '.join(str(s[0]) for s in by_articles)}; {by_articles[0][1]} people), fitted exponent: "
        + ", ".join(f"{name} {growth_n[name]:.2f}" for name in growth_n)
        + " (1.00 = linear).",
        *(
            f"- Ratio of {name} to plain against people ({', '.join(str(s[1]) for s in by_people)}; {by_people[0][0]} articles): "
            + ", ".join(f"{ratio:.3f}×" for ratio in ratios)
            + f"; the largest over the smallest: {ratios[-1] / ratios[0]:.3f}."
            for name, ratios in growth_p.items()
        ),
        "",
        "## Warm rebuild (content cache on, one update edited)",
        "",
        f"Site: {by_articles[1][0]} articles, {by_articles[1][1]} people. Ratio warm / cold, median of {args.rounds}: "
        + ", ".join(f"{name} {ratio:.3f}" for name, ratio in warm.items())
        + f" (linker − plain: {warm[LINKER] - warm['plain']:+.3f}; all plugins − plain: {warm[ALL] - warm['plain']:+.3f}).",
    ]


if __name__ == "__main__":
    main()
