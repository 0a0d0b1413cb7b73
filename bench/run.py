"""Measure our plugins against plain Pelican, side by side in one run, and write bench/RESULTS.md.

Every configuration builds the same generated site with the same settings and theme; only
PLUGINS differs. Builds are interleaved (one of each variant per round) so that load from other
work on the machine falls on all variants alike. Each build is a fresh process: wall time and
its own CPU time (user + system) and peak RSS (os.wait4) are recorded. Never part of the test
suite.

Usage: python bench/run.py [--quick] [--rounds 3] [--profile]
       python bench/run.py --only people_linker --sizes 5000x1000,1000x1000,1000x10 [--rounds 5]
(--quick, --only and --sizes print their report and leave bench/RESULTS.md alone.)
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from generate import write_site
from pelican.settings import read_settings
from results import ALL, LINKER, Sample, partial_report, report

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "RESULTS.md"


def project_plugins() -> list[str]:
    return list(read_settings(str(ROOT / "pelican.conf.py"))["PLUGINS"])


def pelican_command(
    site: Path, work: Path, plugins: list[str], cache: bool = False, clock: Path | None = None
) -> list[str]:
    """The command line of one build of `site` with `plugins`, writing under `work`; with a
    `clock` file, bench/phase_clock.py (first of the plugins) writes the build's phases there."""
    extra = {
        "PLUGINS": (["phase_clock"] if clock else []) + plugins,
        "PAGE_PATHS": ["pages", "people"],
        "CACHE_PATH": str(work / "cache"),
        "CACHE_CONTENT": cache,
        "LOAD_CONTENT_CACHE": cache,
    }
    if clock:
        extra |= {"PLUGIN_PATHS": [str(ROOT / "bench")], "BENCH_PHASES_FILE": str(clock)}
    command = [sys.executable, "-m", "pelican", str(site), "-o", str(work / "output")]
    command += ["-s", str(ROOT / "pelican.conf.py"), "-q", "-e"]
    return command + [f"{key}={json.dumps(value)}" for key, value in extra.items()]


def build(
    site: Path, work: Path, plugins: list[str], cache: bool = False
) -> tuple[float, float, float, dict[str, float]]:
    """One build in a fresh process: (wall seconds, peak RSS in MB, CPU seconds, the CPU seconds
    of its phases: reading, the receivers of `all_generators_finalized`, writing, the end)."""
    clock = work / "phases.json"
    command = pelican_command(site, work, plugins, cache, clock)
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise SystemExit(f"bench: build failed ({plugins}) for {site}")
    cpu = usage.ru_utime + usage.ru_stime
    marks = json.loads(clock.read_text(encoding="utf-8"))
    phases = {**marks, "end": cpu - marks["read"] - marks["finalize"] - marks["write"]}
    return seconds, usage.ru_maxrss / 1024, cpu, phases


def cold(site: Path, plugins: list[str]) -> tuple[float, float, float, dict[str, float]]:
    with tempfile.TemporaryDirectory(prefix="bench-") as work:
        return build(site, Path(work), plugins)


def warm_ratio(site: Path, plugins: list[str]) -> float:
    """A rebuild after editing one update, with Pelican's content cache, over a cold cached build."""
    with tempfile.TemporaryDirectory(prefix="bench-") as work:
        first, *_ = build(site, Path(work), plugins, cache=True)
        edited = sorted((site / "updates").iterdir())[0]
        original = edited.read_text(encoding="utf-8")
        edited.write_text(original + "\nOne more sentence.\n", encoding="utf-8")
        try:
            second, *_ = build(site, Path(work), plugins, cache=True)
        finally:
            edited.write_text(original, encoding="utf-8")
        return second / first


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


def main() -> None:
    args = arguments()
    plugins = project_plugins()
    variants = {"plain": [], **{name: [name] for name in plugins}, ALL: plugins}
    if args.quick:
        by_articles, by_people = [(50, 10), (200, 10)], [(50, 10), (50, 100)]
    else:
        by_articles = [(100, 1000), (1000, 1000), (5000, 1000)]
        by_people = [(1000, 10), (1000, 100), (1000, 1000)]
    partial = bool(args.only or args.sizes)
    if args.only:
        variants = {"plain": [], **{name: variants[name] for name in args.only}}
    sizes = args.sizes or list(dict.fromkeys(by_articles + by_people))
    started = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
    scratch = Path(tempfile.mkdtemp(prefix="bench-sites-"))
    try:
        sites = {}
        for articles, people in sizes:
            sites[articles, people] = scratch / f"site-{articles}-{people}"
            write_site(sites[articles, people], articles, people, seed=1)
        results = measure(sites, variants, args.rounds)
        if partial:
            lines = partial_report(args, started, plugins, results, sizes, list(variants))
            print("\n".join(lines))
            return
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


def arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smallest sizes, under a minute")
    parser.add_argument("--rounds", type=int, help="builds per variant and size (3; quick: 1)")
    parser.add_argument("--profile", action="store_true", help="add cProfile's top entries")
    parser.add_argument(
        "--only",
        type=variant_names,
        help="variants besides plain, e.g. people_linker,'all plugins'",
    )
    parser.add_argument("--sizes", type=size_list, help="articles x people, e.g. 5000x1000,1000x10")
    args = parser.parse_args()
    known = {"plain", *project_plugins(), ALL}
    unknown = [name for name in args.only or () if name not in known]
    if unknown:
        parser.error(
            f"--only: unknown {', '.join(unknown)}; choose from {', '.join(sorted(known))}"
        )
    if args.quick and (args.only or args.sizes):
        parser.error("--quick chooses its own sizes and variants: leave out --only and --sizes")
    args.rounds = args.rounds or (1 if args.quick else 3)
    return args


def variant_names(value: str) -> list[str]:
    return [name.strip() for name in value.split(",") if name.strip() not in ("", "plain")]


def size_list(value: str) -> list[tuple[int, int]]:
    try:
        pairs = [part.strip().lower().split("x") for part in value.split(",")]
        return list(dict.fromkeys((int(articles), int(people)) for articles, people in pairs))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not ARTICLESxPEOPLE[,...]") from None


if __name__ == "__main__":
    main()
