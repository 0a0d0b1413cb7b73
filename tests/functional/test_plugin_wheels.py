"""The plugins as any Pelican user gets them: wheels built from plugins/, installed with Pelican
from the registry into a fresh virtual environment, used by a stock `pelican-quickstart` site
with Pelican's default theme.

Offline, like every test: the wheels' build backend (hatchling) is in .venv's dev group, and
Pelican and the plugins' dependencies come from uv's cache, which `make`'s `uv sync` filled, at
the versions uv.lock pins.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from site_tools import ROOT

UV = ROOT / ".tools" / "bin" / "uv"
PLUGINS = ["content_checks", "drafts", "people_linker", "outbound_links", "site_guard"]
# pelican-quickstart's questions, in order: folder, title, author, language (the flags' values),
# URL prefix? no; pagination? yes, 10 a page; time zone; tasks.py and Makefile? no; then six
# upload methods, all no.
ANSWERS = "\n\n\n\nn\n\n\nUTC\nn\n" + "\n" * 6
SETTINGS = f"""
PLUGINS = {PLUGINS!r}
PAGE_PATHS = ["pages", "people"]
PEOPLE_LINKER = {{"backlinks_in_content": True}}
# The default theme's own links to other sites carry no rel="noopener noreferrer".
SITE_GUARD = {{"outbound_rel": False}}
"""
PROFILE = "Title: Ada Lovelace\nDate: 2024-07-01\n\nA mathematician who wrote the first published program.\n"
ABOUT = "Title: About\nDate: 2024-07-01\n\nThis site remembers Ada Lovelace and her notes.\n"


def run(*command: object, cwd: Path = ROOT, stdin: str | None = None) -> str:
    env = {key: value for key, value in os.environ.items() if not key.startswith("VIRTUAL_ENV")}
    result = subprocess.run(
        [str(part) for part in command],
        cwd=cwd,
        input=stdin,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, f"{command}\n{result.stdout}\n{result.stderr}"
    return result.stdout


@pytest.fixture(scope="module")
def venv(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh virtual environment holding the wheels, Pelican and their dependencies only."""
    if not UV.is_file():
        pytest.fail(f"{UV} is missing: `make install` (or `make html`) creates it")
    work = tmp_path_factory.mktemp("wheels")
    wheels, locked = work / "wheels", work / "lock" / "pylock.toml"
    run(UV, "build", "--all-packages", "--wheel", "--no-build-isolation", "--offline",
        "--python", sys.executable, "--out-dir", wheels, "--quiet")  # fmt: skip
    run(UV, "export", "--frozen", "--format", "pylock.toml", "--no-dev", "--no-emit-workspace",
        "--quiet", "--output-file", locked)  # fmt: skip
    folder = work / "venv"
    run(UV, "venv", "--offline", "--quiet", "--python", sys.executable, folder)
    python = folder / "bin" / "python"
    run(UV, "pip", "install", "--offline", "--quiet", "--python", python, "-r", locked)
    run(UV, "pip", "install", "--offline", "--quiet", "--python", python, "--no-deps",
        *sorted(wheels.glob("*.whl")))  # fmt: skip
    run(UV, "pip", "check", "--offline", "--python", python)  # every wheel's requirements met
    return folder


@pytest.fixture(scope="module")
def site(venv: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """pelican-quickstart's site, our plugins added to its settings, a profile and a page."""
    parent = tmp_path_factory.mktemp("quickstart")
    run(venv / "bin" / "pelican-quickstart", "--path", "site", "--title", "Wheel test",
        "--author", "Editors", "--lang", "en", cwd=parent, stdin=ANSWERS)  # fmt: skip
    folder = parent / "site"
    with (folder / "pelicanconf.py").open("a", encoding="utf-8") as conf:
        conf.write(SETTINGS)
    for name, text in [("people/ada-lovelace.md", PROFILE), ("pages/about.md", ABOUT)]:
        (folder / "content" / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / "content" / name).write_text(text, encoding="utf-8")
    return folder


def build(venv: Path, site: Path) -> subprocess.CompletedProcess:
    command = [venv / "bin" / "pelican", "content", "-o", "output", "-s", "pelicanconf.py"]
    return subprocess.run(
        [*map(str, command), "--fatal", "errors"],
        cwd=site,
        capture_output=True,
        text=True,
        check=False,
    )


def page(site: Path, name: str) -> BeautifulSoup:
    return BeautifulSoup((site / "output" / name).read_text(encoding="utf-8"), "html.parser")


def test_the_plugins_come_from_the_wheels_and_pelican_from_the_registry(venv: Path) -> None:
    where = run(venv / "bin" / "python", "-c", "import pelican.plugins.people_linker as p, "
                "rights_brief_common as c, pelican; print(p.__file__, c.__file__, pelican.__file__)")  # fmt: skip
    for path in where.split():
        assert Path(path).is_relative_to(venv), path  # installed, not the repository's sources


def test_a_quickstart_site_links_names_and_lists_backlinks(venv: Path, site: Path) -> None:
    result = build(venv, site)
    assert result.returncode == 0, result.stdout + result.stderr
    about = page(site, "pages/about.html")
    link = about.find("a", string="Ada Lovelace")
    assert link is not None and link["href"].endswith("pages/ada-lovelace.html")
    profile = page(site, "pages/ada-lovelace.html")
    backlinks = profile.select(".people-linker-backlinks a")
    assert [a.get_text() for a in backlinks] == ["About"]
    assert backlinks[0]["href"].endswith("pages/about.html")


def test_the_guard_stops_a_quickstart_site_that_loads_a_third_party_image(
    venv: Path, site: Path
) -> None:
    leak = '<img src="https://tracker.example/pixel.png" alt="A pixel">'
    (site / "content" / "pages" / "leak.md").write_text(
        f"Title: Leak\nDate: 2024-07-01\n\n{leak}\n", encoding="utf-8"
    )
    try:
        result = build(venv, site)
    finally:
        (site / "content" / "pages" / "leak.md").unlink()
    assert result.returncode != 0
    assert "tracker.example" in result.stdout + result.stderr
