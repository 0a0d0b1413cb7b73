"""`make new-brief` (tools/new_brief.py): a new brief in a new folder, with this setup and none of
this brief's content, that builds; bad arguments stop it before anything is written."""

import re
import runpy
import subprocess
import sys
from pathlib import Path

import pytest
from site_tools import ROOT, parse

SCRIPT = ROOT / "tools" / "new_brief.py"
STARTER = ROOT / "tools" / "starter" / "content"


def new_brief(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, str(SCRIPT), *args],
        stdin=subprocess.DEVNULL,  # no terminal: nothing is asked
        capture_output=True,
        text=True,
        check=False,
    )


@pytest.fixture(scope="module")
def brief(tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("new") / "our-brief"
    sitename = 'Our "test" brief'
    result = new_brief("--dir", str(target), "--sitename", sitename, "--timezone", "Asia/Baku")
    assert result.returncode == 0, result.stderr
    return target


def files(folder: Path) -> list[str]:
    return sorted(
        path.relative_to(folder).as_posix()
        for path in folder.rglob("*")
        if path.is_file() and ".git" not in path.relative_to(folder).parts
    )


def test_the_new_brief_has_the_setup_and_the_starter_but_nothing_of_this_brief(brief: Path) -> None:
    copied = files(brief)
    for setup in ["Makefile", "uv.lock", ".ci/run", "theme/templates/base.html", "tools/brief.py"]:
        assert setup in copied
    assert not [name for name in copied if name.startswith("tests/content/")]
    assert [name for name in copied if name.startswith("content/")] == [
        f"content/{name}" for name in files(STARTER)
    ]
    mentions = [
        name
        for name in copied
        if re.search(r"\bBelarus\b", (brief / name).read_text("utf-8", "replace"), re.IGNORECASE)
    ]
    assert mentions == []


def test_the_settings_block_is_filled_from_the_arguments(brief: Path) -> None:
    settings = runpy.run_path(str(brief / "pelican.conf.py"))
    assert settings["SITENAME"] == 'Our "test" brief'
    assert settings["SITESUBTITLE"] == ""
    assert settings["DEFAULT_LANG"] == "en"
    assert settings["TIMEZONE"] == "Asia/Baku"
    assert (brief / "README.md").read_text(encoding="utf-8").startswith('# Our "test" brief\n')


def test_the_new_brief_is_a_git_repository_with_one_commit(brief: Path) -> None:
    log = subprocess.run(
        ["git", "log", "--format=%s"], cwd=brief, capture_output=True, text=True, check=True
    )
    assert log.stdout.splitlines() == ['Start the brief: Our "test" brief']
    status = subprocess.run(
        ["git", "status", "--porcelain"], cwd=brief, capture_output=True, text=True, check=True
    )
    assert status.stdout == ""


def test_the_new_brief_builds_and_links_its_example_person(brief: Path, tmp_path: Path) -> None:
    output = tmp_path / "output"
    command = [sys.executable, "tools/build.py", "content", "-o", str(output)]
    result = subprocess.run(
        [*command, "-s", "pelican.conf.py", "--fatal", "warnings"],
        cwd=brief,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    index = parse(output / "index.html")
    assert index.title.get_text().endswith('Our "test" brief')
    assert index.find("a", href="./people/sam-placeholder.html") is not None


def test_bad_arguments_are_all_named_and_nothing_is_written(tmp_path: Path) -> None:
    (tmp_path / "taken").mkdir()
    (tmp_path / "taken" / "notes.txt").write_text("mine", encoding="utf-8")
    result = new_brief("--dir", str(tmp_path / "taken"), "--timezone", "Mars/Olympus")
    assert result.returncode == 2
    lines = result.stderr.splitlines()
    assert len(lines) == 3
    assert "SITENAME is missing" in lines[0]
    assert "exists and is not empty" in lines[1]
    assert "'Mars/Olympus' is not a time zone" in lines[2]
    assert [path.name for path in (tmp_path / "taken").iterdir()] == ["notes.txt"]
