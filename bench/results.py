"""The Markdown of bench/RESULTS.md from bench/run.py's measurements (kept apart from the runner)."""

from __future__ import annotations

import math
import os
import platform
import statistics
from dataclasses import dataclass, field
from pathlib import Path

from pelican import __version__ as pelican_version

LINKER = "people_linker"
ALL = "all plugins"


@dataclass
class Sample:
    seconds: list[float] = field(default_factory=list)
    rss_mb: list[float] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)  # user + system seconds of the build's process
    # CPU seconds of each build's phases (bench/phase_clock.py): "read", "finalize", "write", "end"
    phases: dict[str, list[float]] = field(default_factory=dict)

    def add(
        self, seconds: float, rss_mb: float, cpu: float, phases: dict[str, float] | None = None
    ) -> None:
        self.seconds.append(seconds)
        self.rss_mb.append(rss_mb)
        self.cpu.append(cpu)
        for phase, value in (phases or {}).items():
            self.phases.setdefault(phase, []).append(value)

    def phase(self, name: str) -> float:
        return statistics.median(self.phases[name])

    @property
    def median(self) -> float:
        return statistics.median(self.seconds)

    @property
    def cpu_median(self) -> float:
        return statistics.median(self.cpu)


def exponent(points: list[tuple[float, float]]) -> float:
    """The slope of log(time) against log(size): 1.0 is linear growth."""
    xs = [math.log(x) for x, _ in points]
    ys = [math.log(y) for _, y in points]
    mean_x, mean_y = statistics.fmean(xs), statistics.fmean(ys)
    numerator = sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys, strict=True))
    return numerator / sum((x - mean_x) ** 2 for x in xs)


def ratio_cell(sample: Sample, plain: Sample) -> str:
    return f"{sample.median / plain.median:.3f}×"


def cpu_cell(sample: Sample, plain: Sample) -> str:
    """The median CPU seconds, their range, and the ratio of medians to plain's."""
    low, high = min(sample.cpu), max(sample.cpu)
    ratio = sample.cpu_median / plain.cpu_median
    return f"{sample.cpu_median:.2f} ({low:.2f}–{high:.2f}) | {ratio:.3f}×"


def table(results: dict, sizes: list, variants: list[str]) -> list[str]:
    lines = [
        "| articles | people | variant | median s | min s | max s | per page ms | ratio to plain"
        " | CPU s (min–max) | CPU ratio | peak RSS MB |"
    ]
    lines.append("|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for size in sizes:
        plain = results[size, "plain"]
        for name in variants:
            sample = results[size, name]
            per_page = 1000 * sample.median / (size[0] + size[1] + 1)
            lines.append(
                f"| {size[0]} | {size[1]} | {name} | {sample.median:.2f} | {min(sample.seconds):.2f} "
                f"| {max(sample.seconds):.2f} | {per_page:.2f} | {ratio_cell(sample, plain)} "
                f"| {cpu_cell(sample, plain)} | {max(sample.rss_mb):.0f} ({max(sample.rss_mb) / max(plain.rss_mb):.2f}×) |"
            )
    return lines


PHASES_NOTE = (
    "CPU seconds (user + system) of each build's phases, medians (bench/phase_clock.py): reading"
    " (from the process's start to Pelican's `all_generators_finalized`: the interpreter, every"
    " reader, and plugins' receivers of earlier signals), finalizing (that signal's receivers:"
    " where the people linker links), writing (to Pelican's `finalized`; its system time, files"
    " written to disk, varies by seconds) and the end (other `finalized` receivers, the process's"
    " exit). Past reading: the variant's last three phases less plain's; as a ratio, plain's"
    " median CPU plus that, over plain's median CPU. Reading varies by seconds between two builds"
    " of one site, and the people linker does nothing in it; a plugin that checks the files"
    " before Pelican reads them (content_checks, in *all plugins*) costs in reading, shown beside"
    " it."
)
AFTER_READING = ("finalize", "write", "end")


def phase_table(results: dict, sizes: list, variants: list[str]) -> list[str]:
    """Where each variant's CPU time goes, and its cost past reading (see PHASES_NOTE)."""
    lines = [
        "| articles | people | variant | reading s (min–max) | finalizing s | writing s | end s"
        " | reading − plain's s | past reading − plain's s | ratio past reading |",
        "|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for size in sizes:
        plain = results[size, "plain"]
        for name in variants:
            sample = results[size, name]
            read = sample.phases["read"]
            past = sum(sample.phase(p) - plain.phase(p) for p in AFTER_READING)
            lines.append(
                f"| {size[0]} | {size[1]} | {name} | {sample.phase('read'):.2f}"
                f" ({min(read):.2f}–{max(read):.2f}) | {sample.phase('finalize'):.2f}"
                f" | {sample.phase('write'):.2f} | {sample.phase('end'):.2f}"
                f" | {sample.phase('read') - plain.phase('read'):+.2f}"
                f" | {past:+.2f} | {(plain.cpu_median + past) / plain.cpu_median:.3f}× |"
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
    cpu = results[largest, LINKER].cpu_median / results[largest, "plain"].cpu_median
    cpu_p = [results[s, LINKER].cpu_median / results[s, "plain"].cpu_median for s in by_people]
    memory = max(results[largest, LINKER].rss_mb) / max(results[largest, "plain"].rss_mb)
    people_growth = growth_p[LINKER][-1] / growth_p[LINKER][0]
    warm_gap = warm[LINKER] - warm["plain"]
    bars = [
        (
            f"linker overhead at {largest[0]} × {largest[1]} ≤ 1.10× (issue 15; aim 1.05×)",
            f"{overhead:.3f}× (CPU {cpu:.3f}×)",
            overhead <= 1.10,
        ),
        (
            f"linker overhead at {by_people[-1][1]} people over {by_people[0][1]} people ≤ 1.05",
            f"{people_growth:.3f} (CPU {cpu_p[-1] / cpu_p[0]:.3f})",
            people_growth <= 1.05,
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
        "## Quality bars (issues 9 and 15), for the people linker",
        "",
        "Judged on the ratio of median wall times, as before; the ratio of median CPU times (user + system of the build's process, steadier on a shared machine) beside it.",
        "",
        "| bar | measured | met |",
        "|---|---:|---|",
        *(f"| {bar} | {value} | {'yes' if met else '**no**'} |" for bar, value, met in bars),
        "",
        "## Build time and memory",
        "",
        "Per page: the median build time over all pages (articles + profiles + the brief). CPU s: user + system time of the build's process, median (min–max); CPU ratio: of the medians, to plain's. Peak RSS: the largest of the rounds, and its ratio to plain's.",
        "",
        *table(results, sizes, list(variants)),
        "",
        "## Phases",
        "",
        PHASES_NOTE,
        "",
        *phase_table(results, sizes, list(variants)),
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


def partial_report(args, started, plugins, results, sizes, variants) -> list[str]:
    """A run of chosen variants or sizes (--only, --sizes): the table and the ratios to plain."""
    command = " ".join(
        [f"--rounds {args.rounds}"]
        + ([f"--only {','.join(variants[1:])}"] if args.only else [])
        + ([f"--sizes {','.join(f'{a}x{p}' for a, p in sizes)}"] if args.sizes else [])
    )
    lines = [
        f"Run on {started}: {machine()}.",
        f"Command: `.venv/bin/python bench/run.py {command}`; {args.rounds} round(s) interleaved.",
        "",
        *table(results, sizes, variants),
        "",
        PHASES_NOTE,
        "",
        *phase_table(results, sizes, variants),
    ]
    lines += paired_lines(results, sizes, variants)
    for name in variants[1:]:
        lines += growth_lines(results, sizes, name)
    return lines


def paired_lines(results: dict, sizes: list, variants: list[str]) -> list[str]:
    """Each round builds plain and the variant back to back on one site: the median of the
    rounds' own ratios is steadier on a shared machine than the ratio of the medians."""
    lines = []
    for size in sizes:
        plain = results[size, "plain"]
        for name in variants[1:]:
            sample = results[size, name]
            wall = [s / p for s, p in zip(sample.seconds, plain.seconds, strict=True)]
            cpu = [s / p for s, p in zip(sample.cpu, plain.cpu, strict=True)]
            lines.append(
                f"- {size[0]} × {size[1]}, {name}: ratio to plain per round"
                f" {', '.join(f'{r:.3f}' for r in wall)}; median wall"
                f" **{statistics.median(wall):.3f}×**, CPU {statistics.median(cpu):.3f}×"
            )
    return ["", "Paired (each round's own ratio to plain):", "", *lines] if lines else []


def people_ends(sizes: list) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """For each article count measured with several people counts: its sizes with the fewest
    and with the most people, whose ratios to plain make the growth (issue 15: within 1.05)."""
    ends = []
    for articles in dict.fromkeys(size[0] for size in sizes):
        people = sorted(size[1] for size in sizes if size[0] == articles)
        if len(people) > 1:
            ends.append(((articles, people[0]), (articles, people[-1])))
    return ends


def growth_lines(results: dict, sizes: list, name: str) -> list[str]:
    """The variant's ratio to plain at the most people over its ratio at the fewest."""
    lines = []
    for ends in people_ends(sizes):
        wall = [results[s, name].median / results[s, "plain"].median for s in ends]
        cpu = [results[s, name].cpu_median / results[s, "plain"].cpu_median for s in ends]
        (articles, fewest), (_, most) = ends
        lines.append(
            f"{name}: its ratio to plain at {articles} articles, {most} people over"
            f" {fewest} people: wall {wall[1] / wall[0]:.3f}, CPU {cpu[1] / cpu[0]:.3f}"
        )
    return ["", *lines] if lines else []
