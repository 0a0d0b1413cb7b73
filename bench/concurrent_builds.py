"""Run pairs of builds into one output folder at the same time, as an editor might (`make html`
while `make publish` runs, or while `make serve` rebuilds), and check every result.

The second build of a pair starts once the first has made its staging folder. After each pair
the output must be complete (index.html, updates.html, 404.html) and verify
(`sha256sum -c SHA256SUMS`), and no staging folder may be left. Never part of `make test`.

Usage: python bench/concurrent_builds.py [--pairs 20] [--articles 380] [--people 20]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUILD = [sys.executable, str(ROOT / "tools" / "build.py")]


def commands(content: Path, output: Path, cache: Path) -> dict[str, list[str]]:
    base = [*BUILD, str(content), "-o", str(output), "--fatal", "warnings"]
    nav = 'NAV_PAGES=["index"]'  # the synthetic brief has only a front page
    serve = ["CACHE_CONTENT=true", "LOAD_CONTENT_CACHE=true", "--cache-path", str(cache)]
    return {
        "html": [*base, "-s", str(ROOT / "pelican.conf.py"), "-e", nav],
        "publish": [*base, "-s", str(ROOT / "publish.conf.py"), "-e", nav],
        "serve": [*base, "-s", str(ROOT / "pelican.conf.py"), "-e", nav, *serve],
    }


def start(command: list[str], env: dict[str, str]) -> subprocess.Popen:
    return subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def staged(output: Path) -> None:
    """Wait (at most a minute) until a build has made its staging folder beside `output`."""
    for _ in range(600):
        if any(output.parent.glob(f".{output.name}-build-*")):
            return
        time.sleep(0.1)


def verdict(output: Path) -> str:
    """ "ok", or what is wrong with the output folder."""
    missing = [n for n in ("index.html", "updates.html", "404.html") if not (output / n).is_file()]
    if missing:
        return f"missing {', '.join(missing)}"
    check = subprocess.run(["sha256sum", "--quiet", "-c", "SHA256SUMS"], cwd=output, check=False)
    if check.returncode != 0:
        return "SHA256SUMS does not verify"
    left = [p.name for p in output.parent.iterdir() if p.name.startswith(f".{output.name}-")]
    return f"left {', '.join(left)}" if left else "ok"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", type=int, default=20)
    parser.add_argument("--articles", type=int, default=380)
    parser.add_argument("--people", type=int, default=20)
    args = parser.parse_args()
    env = {**os.environ, "SITEURL": "https://brief.example.org"}
    with tempfile.TemporaryDirectory(prefix="concurrent-") as scratch:
        work = Path(scratch)
        generate = [sys.executable, str(ROOT / "bench" / "generate.py"), str(work / "content")]
        generate += ["--articles", str(args.articles), "--people", str(args.people)]
        subprocess.run(generate, check=True, capture_output=True)
        pages = sum(1 for _ in (work / "content").rglob("*.md"))
        run = commands(work / "content", work / "output", work / "cache")
        failures = 0
        for number in range(args.pairs):
            pair = ("html", "publish") if number % 2 == 0 else ("serve", "html")
            started = [start(run[pair[0]], env)]
            staged(work / "output")  # the second starts while the first is half-way
            started.append(start(run[pair[1]], env))
            codes = [process.wait() for process in started]
            result = verdict(work / "output")
            failures += result != "ok" or codes != [0, 0]
            print(f"pair {number + 1:2} {' ∥ '.join(pair):15} exit {codes} output {result}")
        print(f"{args.pairs} pairs on a {pages}-file site: {failures} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
