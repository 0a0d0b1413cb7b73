"""Build sites for tests and read what they produced."""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
import sys
import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from bs4 import BeautifulSoup
from pelican import Pelican, signals
from pelican.log import FatalLogger
from pelican.settings import read_settings
from rights_brief_common.problems import file_checks, translation_checks
from rights_brief_common.settings import profile_save_as

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def require_program(path: str, package: str) -> str:
    """The program's path; if it is missing, fail under CI and skip elsewhere, saying why."""
    found = shutil.which(path)
    if found:
        return found
    reason = f"{path} is missing: install Debian's {package} (.ci/run does; README.md lists all)"
    if os.environ.get("CI") == "true":
        pytest.fail(reason)
    pytest.skip(reason)


def make_command(*args: str) -> list[str]:
    """`make` with the virtual environment that runs these tests, so that a run under another
    Python (`.ci/run` has one per version) builds with that Python too."""
    venv = [f"VENV={sys.prefix}"] if sys.prefix != sys.base_prefix else []
    return [shutil.which("make") or "make", "--no-print-directory", *venv, *args]


def _all_signals() -> list:
    """Pelican's signals, and ours (plugins connect to them in register() too)."""
    ours = [file_checks, translation_checks, profile_save_as]
    return [*(value for value in vars(signals).values() if hasattr(value, "receivers")), *ours]


@contextmanager
def signals_restored() -> Iterator[None]:
    """Put Pelican's signal receivers (and its fatal log level) back as they were once the block
    ends.

    Plugin receivers stay connected across builds in one process; restoring them keeps one
    test's plugins out of the next test's build. They are disconnected, not just dropped from
    `receivers`: Pelican's signals call receivers in the order of first connection (an ordered
    set of ids that `receivers` does not hold), so a receiver left in it would run before the
    plugins that come before it in the next build's PLUGINS.
    """
    saved = {signal: dict(signal.receivers) for signal in _all_signals()}
    # tools/build.py's --fatal sets these for the process (fatal_lvl from Pelican 4.12, the two
    # flags before it, on Python 3.10)
    names = ("fatal_lvl", "warnings_fatal", "errors_fatal")
    fatal = {name: getattr(FatalLogger, name) for name in names if hasattr(FatalLogger, name)}
    try:
        yield
    finally:
        for name, value in fatal.items():
            setattr(FatalLogger, name, value)
        for signal, receivers in saved.items():
            for receiver_id, ref in list(signal.receivers.items()):
                receiver = ref() if isinstance(ref, weakref.ref) else ref
                if receiver_id not in receivers and receiver is not None:
                    signal.disconnect(receiver)
            signal.receivers.clear()
            signal.receivers.update(receivers)


def build_in_process(
    content: Path, output: Path, conf: str = "pelican.conf.py", **overrides: object
) -> None:
    """Build with the project's settings (or `conf`) and restore Pelican's signals afterwards."""
    settings = read_settings(
        str(ROOT / conf),
        override={
            "PATH": str(content),
            "OUTPUT_PATH": str(output),
            "THEME": str(ROOT / "theme"),
            "CACHE_PATH": str(output.parent / "cache"),
            **overrides,
        },
    )
    with signals_restored():
        Pelican(settings).run()


def build_plain_site(tmp_path: Path, files: dict[str, str], **settings: object) -> Path:
    """Build `files` (path under content/ -> text) with Pelican's default settings and theme
    plus `settings`, as any Pelican site uses a plugin; return the output folder."""
    content, output = tmp_path / "content", tmp_path / "output"
    for name, text in files.items():
        (content / name).parent.mkdir(parents=True, exist_ok=True)
        (content / name).write_text(text, encoding="utf-8")
    defaults = {"PATH": str(content), "OUTPUT_PATH": str(output), "TIMEZONE": "UTC"}
    plain = read_settings(None, override={**defaults, "CACHE_CONTENT": False, **settings})
    with signals_restored():
        Pelican(plain).run()
    return output


def build_with_cli(
    output: Path, *extra: str, content: Path | str = "content", conf: Path | str = "pelican.conf.py"
) -> subprocess.CompletedProcess:
    """Build with Pelican's own command line and --fatal, in a separate process: by default the
    real site with the project's settings; `content` and `conf` name others."""
    command = [sys.executable, "-m", "pelican", str(content), "-o", str(output), "-s", str(conf)]
    return subprocess.run(
        [*command, "--fatal", "warnings", *extra],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )


def html_files(output: Path) -> Iterator[Path]:
    yield from sorted(output.rglob("*.html"))


def parse(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def reader_text(tag: object) -> str:
    """A tag's text as a reader sees it: inline elements (links) add no spaces."""
    text = " ".join(tag.get_text(" ").split())
    return re.sub(r" ([,.;:!?’”)])", r"\1", text)


def main_text(page: Path) -> str:
    return reader_text(parse(page).find("main"))


def is_external(url: str) -> bool:
    parts = urlsplit(url)
    return bool(parts.scheme or parts.netloc)


def local_target(page: Path, url: str) -> Path | None:
    """The file a relative URL in `page` points to, or None for fragments and external URLs."""
    if is_external(url) or url.startswith("#") or not url:
        return None
    path = unquote(urlsplit(url).path)
    target = (page.parent / path).resolve()
    return target / "index.html" if target.is_dir() else target


def build_command(content: Path, output: Path, *extra: str) -> list[str]:
    """The command `make html` runs: the atomic build script with the project's settings."""
    script = [sys.executable, str(ROOT / "tools" / "build.py"), str(content), "-o", str(output)]
    return [*script, "-s", str(ROOT / "pelican.conf.py"), *extra]


def run_build(content: Path, output: Path, *extra: str) -> subprocess.CompletedProcess:
    command = build_command(content, output, "--fatal", "warnings", *extra)
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)


def good_build(folder: Path, fixture: str = "tiny") -> tuple[Path, Path]:
    """Copy a fixture's content into `folder` and build it once: the last good site."""
    content = folder / "content"
    shutil.copytree(FIXTURES / fixture, content)
    output = folder / "output"
    result = run_build(content, output)
    assert result.returncode == 0, result.stderr
    return content, output


def copy_site(built: tuple[Path, Path], folder: Path) -> tuple[Path, Path]:
    """A private copy of a built site's content and output, for a test to break."""
    content, output = folder / "content", folder / "output"
    shutil.copytree(built[0], content)
    shutil.copytree(built[1], output, copy_function=shutil.copy2)
    return content, output


def tree_digest(folder: Path) -> str:
    """One hash over every path, mode and byte under `folder`."""
    digest = hashlib.sha256()
    for path in sorted(folder.rglob("*")):
        digest.update(str(path.relative_to(folder)).encode())
        digest.update(oct(path.stat().st_mode).encode())
        if path.is_file():
            digest.update(path.read_bytes())
    return digest.hexdigest()


def leftovers(parent: Path) -> list[str]:
    """Temporary folders a build left beside its output."""
    return sorted(p.name for p in parent.iterdir() if p.name.startswith(".output-"))


def originals(folder: Path) -> list[Path]:
    """The Markdown files of a content folder in the default language (about.md, not about.be.md)."""
    return sorted(path for path in folder.glob("*.md") if "." not in path.stem)
