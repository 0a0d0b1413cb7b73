"""Start a new brief in a new folder: this setup, starter content, the editor's settings, a git repo.

    make new-brief DIR=../our-brief SITENAME="Our brief" LANGUAGES=en TIMEZONE=Asia/Baku
    python tools/new_brief.py --dir ../our-brief --sitename "Our brief" --timezone Asia/Baku

Copies the setup (theme, plugins, tools, setup tests, Makefile, settings, CI, docs) as git tracks
it, never this brief's content or the tests of its facts; writes the starter content from
tools/starter/ and a README; fills the settings block of pelican.conf.py; makes one commit.
Nothing here is deleted or changed. What is missing is asked for when a terminal is attached.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from string import Template
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

ROOT = Path(__file__).resolve().parent.parent
STARTER = ROOT / "tools" / "starter"
# What belongs to this brief, not to the setup: its content, its facts' tests, its history.
NOT_COPIED = ("content/", "tests/content/", "README.md", "CHANGELOG.md", "bench/RESULTS.md")
ASKED = {
    "dir": "Folder for the new brief (e.g. ../our-brief)",
    "sitename": "Site name (shown in every page's header and <title>)",
}
DEFAULTS = {"subtitle": "", "languages": "en", "timezone": "UTC"}


def problems_with(options: argparse.Namespace) -> list[str]:
    """Every problem with the arguments at once, each with its fix."""
    problems = [
        f"{name.upper()} is missing — give it, e.g. {name.upper()}=..."
        for name in ASKED
        if not getattr(options, name)
    ]
    target = Path(options.dir).resolve() if options.dir else None
    if target is not None and target.exists() and any(target.iterdir()):
        problems.append(f"DIR {options.dir} exists and is not empty — name a new folder")
    if target is not None and target.is_relative_to(ROOT):
        problems.append(f"DIR {options.dir} is inside this repository — name a folder outside it")
    languages = options.languages.replace(",", " ").split()
    if len(languages) != 1 or not re.fullmatch(r"[a-z]{2,3}(-[A-Za-z0-9]+)*", languages[0]):
        problems.append(
            f"LANGUAGES {options.languages!r} is not one language tag — e.g. LANGUAGES=en"
        )
    try:
        ZoneInfo(options.timezone)
    except (ZoneInfoNotFoundError, ValueError):
        problems.append(
            f"TIMEZONE {options.timezone!r} is not a time zone — e.g. TIMEZONE=Asia/Baku"
        )
    return problems


def setup_files() -> list[str]:
    """The setup's files as git tracks them (so nothing built, installed or ignored is copied)."""
    listed = subprocess.run(
        ["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.split("\0")
    return [name for name in listed if name and not name.startswith(NOT_COPIED)]


def python_string(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)  # a JSON string is a Python and a TOML string


def set_value(text: str, name: str, value: str) -> str:
    """Replace the string value of `name = "..."` at the start of a line, keeping its comment."""
    pattern = re.compile(rf'^({re.escape(name)} = )"(?:[^"\\]|\\.)*"', re.MULTILINE)
    new, count = pattern.subn(lambda match: match.group(1) + python_string(value), text, count=1)
    if count != 1:
        raise SystemExit(f'new_brief.py: no `{name} = "..."` line to fill in')
    return new


def write_settings(target: Path, options: argparse.Namespace) -> None:
    conf = target / "pelican.conf.py"
    text = conf.read_text(encoding="utf-8")
    for name, value in [
        ("SITENAME", options.sitename),
        ("SITESUBTITLE", options.subtitle),
        ("DEFAULT_LANG", options.languages.replace(",", " ").split()[0]),
        ("TIMEZONE", options.timezone),
    ]:
        text = set_value(text, name, value)
    conf.write_text(text, encoding="utf-8")
    project = target / "pyproject.toml"
    description = f"{options.sitename}: a brief built with the rights-brief Pelican setup."
    project.write_text(
        set_value(project.read_text(encoding="utf-8"), "description", description), encoding="utf-8"
    )


def write_starter(target: Path, options: argparse.Namespace) -> None:
    shutil.copytree(STARTER / "content", target / "content")
    readme = Template((STARTER / "README.md").read_text(encoding="utf-8"))
    fields = {"sitename": options.sitename, "subtitle": options.subtitle}
    (target / "README.md").write_text(readme.substitute(fields), encoding="utf-8")


def first_commit(target: Path, sitename: str) -> None:
    def git(*args: str) -> None:
        subprocess.run(["git", *args], cwd=target, check=True, capture_output=True)

    git("init", "--quiet")
    git("add", "--all")
    who = (
        []
        if os.environ.get("GIT_AUTHOR_EMAIL") or configured("user.email")
        else ["-c", "user.name=new_brief.py", "-c", "user.email=new-brief@localhost"]
    )
    git(*who, "commit", "--quiet", "--message", f"Start the brief: {sitename}")


def configured(key: str) -> bool:
    result = subprocess.run(["git", "config", key], capture_output=True, text=True, check=False)
    return bool(result.stdout.strip())


def create(options: argparse.Namespace) -> Path:
    """Write the new brief; the folder is created only when every argument is good."""
    target = Path(options.dir).resolve()
    target.mkdir(parents=True, exist_ok=True)
    for name in setup_files():
        (target / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / name, target / name)
    write_starter(target, options)
    write_settings(target, options)
    first_commit(target, options.sitename)
    return target


def ask_for_missing(options: argparse.Namespace) -> None:
    if not sys.stdin.isatty():
        return
    for name, question in ASKED.items():
        while not getattr(options, name):
            setattr(options, name, input(f"{question}: ").strip())


def parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="new_brief.py", description=__doc__.splitlines()[0])
    parser.add_argument("--dir", default="", help=ASKED["dir"])
    parser.add_argument("--sitename", default="", help=ASKED["sitename"])
    parser.add_argument("--subtitle", default="", help="shown under the site name (optional)")
    parser.add_argument("--languages", default="", help="the brief's language tag (default: en)")
    parser.add_argument("--timezone", default="", help="the zone dates are read in (default: UTC)")
    options = parser.parse_args(argv)
    for name, default in DEFAULTS.items():  # make passes empty values for unset variables
        setattr(options, name, getattr(options, name).strip() or default)
    return options


def main(argv: list[str] | None = None) -> None:
    options = parse(sys.argv[1:] if argv is None else argv)
    ask_for_missing(options)
    problems = problems_with(options)
    if problems:
        print("\n".join(f"make new-brief: {problem}" for problem in problems), file=sys.stderr)
        raise SystemExit(2)
    target = create(options)
    print(f"new brief: {target}\n  cd {target} && make html && make test")


if __name__ == "__main__":
    main()
