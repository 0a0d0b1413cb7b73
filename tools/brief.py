"""The Makefile's targets without make (Windows, many Macs): the same venv, the same commands.

    python tools/brief.py html            build the site into output/
    python tools/brief.py test [ARGS]     lint, then the tests (ARGS go to pytest)
    python tools/brief.py serve           preview on http://127.0.0.1:8000

`python tools/brief.py --help` lists every target. Like the Makefile, the first run installs uv
(hash-pinned, into .tools/) and the versions in uv.lock (into .venv/, for the Python running this
script); later runs install nothing unless uv.lock or pyproject.toml changed.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = "Scripts" if os.name == "nt" else "bin"
CLEANED = ["output", "cache", ".pytest_cache", ".ruff_cache", "test-artifacts"]
NO_PYTHON = """brief.py needs Python 3.10 or newer; this is {version}.
  Windows, macOS: the installer from https://www.python.org/downloads/
  macOS with Homebrew: brew install python@3.13
  Debian, Ubuntu: sudo apt install python3 python3-venv"""


def program(venv: Path, name: str) -> Path:
    """A program inside a virtual environment, on Windows or elsewhere."""
    return venv / BIN / (name + (".exe" if os.name == "nt" else ""))


def stale(target: Path, *sources: Path) -> bool:
    """True when `target` is missing or older than one of `sources`, as make decides."""
    if not target.exists():
        return True
    return any(source.stat().st_mtime > target.stat().st_mtime for source in sources)


def run(*command: object, env: dict[str, str] | None = None) -> None:
    """Run one command in the repository, printed first; its failure ends this script."""
    words = [str(word) for word in command]
    print(" ".join(words), flush=True)
    code = subprocess.run(words, cwd=ROOT, env=env, check=False).returncode
    if code:
        raise SystemExit(code)


def install(venv: Path) -> Path:
    """Create or update the virtual environment from uv.lock, as `make install` does."""
    stamp = venv / ".synced"
    if not stale(stamp, ROOT / "uv.lock", ROOT / "pyproject.toml"):
        return venv
    tools, requirements = ROOT / ".tools", ROOT / "tools" / "uv-requirements.txt"
    uv = program(tools, "uv")
    if stale(uv, requirements):
        run(sys.executable, "-m", "venv", tools)
        pip = [program(tools, "python"), "-m", "pip", "install", "--quiet", "--require-hashes"]
        run(*pip, "--no-deps", "-r", requirements)
        uv.touch()
    env = {
        **os.environ,
        "UV_PYTHON_DOWNLOADS": os.environ.get("UV_PYTHON_DOWNLOADS", "never"),
        "UV_PYTHON": sys.executable,
        "UV_PROJECT_ENVIRONMENT": str(venv),
    }
    run(uv, "sync", "--frozen", "--all-groups", "--quiet", env=env)
    stamp.touch()
    return venv


def build(options: argparse.Namespace, settings: str) -> None:
    python = program(install(options.venv), "python")
    run(
        python,
        "tools/build.py",
        options.content,
        "-o",
        options.output,
        "-s",
        settings,
        "--fatal",
        "warnings",
    )


def html(options: argparse.Namespace) -> None:
    """Build the site into output/ (relative URLs, for preview, zip or mirrors)."""
    build(options, "pelican.conf.py")


def publish(options: argparse.Namespace) -> None:
    """Build for the web with publish.conf.py (needs the SITEURL environment variable)."""
    if not os.environ.get("SITEURL"):
        sys.exit("brief.py publish: set SITEURL, e.g. SITEURL=https://example.org")
    build(options, "publish.conf.py")


def serve(options: argparse.Namespace) -> None:
    """Preview on http://127.0.0.1:8000, rebuilding and reloading the browser on every change."""
    python = program(install(options.venv), "python")
    where = ["--host", options.host, "--port", options.port]
    run(python, "tools/serve.py", *where, "--content", options.content, "--output", options.output)


def zip_site(options: argparse.Namespace) -> None:
    """Pack the local build into brief-YYYY-MM-DD.zip (opens from disk; for mirrors)."""
    html(options)
    run(program(options.venv, "python"), "tools/zip_site.py", options.output)


def clean(options: argparse.Namespace) -> None:
    """Remove output/ and caches (keeps .venv)."""
    for folder in [*(ROOT / name for name in CLEANED), options.output]:
        shutil.rmtree(folder, ignore_errors=True)
    for cache in ROOT.rglob("__pycache__"):
        if not cache.relative_to(ROOT).parts[0].startswith((".venv", ".tools")):
            shutil.rmtree(cache, ignore_errors=True)


def lint(options: argparse.Namespace) -> None:
    """ruff check and ruff format --check."""
    ruff = program(install(options.venv), "ruff")
    run(ruff, "check", ".")
    run(ruff, "format", "--check", ".")


def format_code(options: argparse.Namespace) -> None:
    """Reformat the code with ruff."""
    ruff = program(install(options.venv), "ruff")
    run(ruff, "format", ".")
    run(ruff, "check", "--fix", ".")


def test(options: argparse.Namespace) -> None:
    """Lint, then run the test suite (arguments after `test` go to pytest)."""
    stamp = ROOT / "node_modules" / ".installed"
    if stale(stamp, ROOT / "package-lock.json", ROOT / "package.json"):
        npm = shutil.which("npm") or "npm"
        run(npm, "ci", "--ignore-scripts", "--no-audit", "--no-fund", "--loglevel=error")
        stamp.touch()
    lint(options)
    run(program(options.venv, "pytest"), *options.pytest_args)


TARGETS = {
    "html": html,
    "serve": serve,
    "publish": publish,
    "zip": zip_site,
    "clean": clean,
    "test": test,
    "lint": lint,
    "format": format_code,
}


def absolute(path: str) -> Path:
    return Path(path).resolve()


def parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="brief.py", description=__doc__.splitlines()[0])
    parser.add_argument("--venv", type=absolute, default=ROOT / ".venv", help="default: .venv")
    parser.add_argument("--content", type=absolute, default=ROOT / "content")
    parser.add_argument("--output", type=absolute, default=ROOT / "output")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", default="8000")
    targets = parser.add_subparsers(dest="target", required=True, metavar="TARGET")
    for name, target in TARGETS.items():
        sub = targets.add_parser(name, help=target.__doc__)
        sub.set_defaults(target=target)
    options, rest = parser.parse_known_args(argv)
    if rest and options.target is not test:
        parser.error(f"unrecognized arguments: {' '.join(rest)}")
    options.pytest_args = rest
    return options


def main(argv: list[str] | None = None) -> None:
    if sys.version_info < (3, 10):  # noqa: UP036 (an older Python is told what to install)
        sys.exit(NO_PYTHON.format(version=sys.version.split()[0]))
    options = parse(sys.argv[1:] if argv is None else argv)
    options.target(options)


if __name__ == "__main__":
    main()
