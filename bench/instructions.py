"""Count the instructions of whole builds with valgrind's cachegrind: plain Pelican against the
chosen variants, on the bench's generated sites, in the same run.

On a shared machine the wall and CPU time of two builds of one site can differ by a third, more
than the costs being measured; the number of instructions a build executes does not change with
the load. It is not time (a cache miss costs more than an instruction), so `bench/run.py` stays
the measure of record, and this one tells which way a change moved when that one cannot.
Slow: a build under cachegrind takes about 40 times as long. Never part of the test suite.

Usage: python bench/instructions.py --only people_linker --sizes 1000x1000,1000x10 [--jobs 2]
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from generate import write_site
from results import people_ends
from run import ROOT, pelican_command, project_plugins, size_list, variant_names

REFS = re.compile(r"I\s+refs:\s+([\d,]+)")


def instructions(site: Path, plugins: list[str]) -> int:
    """The instructions one build executes (PYTHONHASHSEED fixed: the same count every run)."""
    valgrind = shutil.which("valgrind")
    if not valgrind:
        raise SystemExit("bench: valgrind is missing (Debian's valgrind package)")
    with tempfile.TemporaryDirectory(prefix="bench-ir-") as work:
        command = [valgrind, "--tool=cachegrind", "--cache-sim=no"]
        command += ["--cachegrind-out-file=/dev/null", *pelican_command(site, Path(work), plugins)]
        env = {**os.environ, "PYTHONHASHSEED": "0"}
        done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)
    found = REFS.search(done.stderr)
    if done.returncode != 0 or not found:
        raise SystemExit(f"bench: build failed ({plugins}) for {site}:\n{done.stderr[-2000:]}")
    return int(found.group(1).replace(",", ""))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", type=variant_names, required=True, help="variants besides plain")
    parser.add_argument("--sizes", type=size_list, required=True, help="articles x people, …")
    parser.add_argument("--jobs", type=int, default=2, help="builds at once (2)")
    args = parser.parse_args()
    plugins = project_plugins()
    variants = {"plain": [], **{name: [name] for name in args.only}}
    unknown = [name for name in args.only if name not in plugins]
    if unknown:
        parser.error(f"--only: unknown {', '.join(unknown)}; choose from {', '.join(plugins)}")
    scratch = Path(tempfile.mkdtemp(prefix="bench-sites-"))
    try:
        jobs = []
        for articles, people in args.sizes:
            site = scratch / f"site-{articles}-{people}"
            write_site(site, articles, people, seed=1)
            jobs += [((articles, people), name, site) for name in variants]
        with ThreadPoolExecutor(args.jobs) as pool:
            counts = list(pool.map(lambda job: instructions(job[2], variants[job[1]]), jobs))
        found = {(size, name): count for (size, name, _), count in zip(jobs, counts, strict=True)}
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    print(report(found, args))


def report(found: dict, args: argparse.Namespace) -> str:
    sizes = ",".join(f"{a}x{p}" for a, p in args.sizes)
    lines = [
        f"Command: `.venv/bin/python bench/instructions.py --only {','.join(args.only)}"
        f" --sizes {sizes}`",
        "",
        "| articles | people | variant | instructions (billions) | ratio to plain |",
        "|---:|---:|---|---:|---:|",
    ]
    ratios = {}
    for (size, name), count in found.items():
        ratios[size, name] = count / found[size, "plain"]
        lines.append(
            f"| {size[0]} | {size[1]} | {name} | {count / 1e9:.2f} | {ratios[size, name]:.3f}× |"
        )
    for name in args.only:
        for (articles, fewest), (_, most) in people_ends(args.sizes):
            growth = ratios[(articles, most), name] / ratios[(articles, fewest), name]
            lines += [
                "",
                f"{name}: its ratio at {articles} articles, {most} people over"
                f" {fewest} people: {growth:.3f}",
            ]
    return "\n".join(lines)


if __name__ == "__main__":
    main()
