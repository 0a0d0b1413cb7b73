"""The build owns only what it made: it refuses folders it would destroy, and builds one at a time."""

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import build as build_script
import pytest
from site_tools import (
    FIXTURES,
    ROOT,
    build_command,
    good_build,
    leftovers,
    signals_restored,
    tree_digest,
)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A project folder of its own: settings, theme, plugins and the tiny fixture's content."""
    folder = tmp_path / "project"
    folder.mkdir()
    shutil.copy(ROOT / "pelican.conf.py", folder)
    for name in ("theme", "plugins"):
        shutil.copytree(ROOT / name, folder / name, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(FIXTURES / "tiny", folder / "content")
    (tmp_path / "home").mkdir()
    (tmp_path / "home" / "notes.txt").write_text("mine", encoding="utf-8")
    return folder


def build_into(project: Path, output: str) -> subprocess.CompletedProcess:
    command = [sys.executable, str(ROOT / "tools" / "build.py"), "content", "-o", output]
    return subprocess.run(
        [*command, "-s", "pelican.conf.py", "--fatal", "warnings"],
        cwd=project,
        env={**os.environ, "HOME": str(project.parent / "home")},
        capture_output=True,
        text=True,
        check=False,
    )


@pytest.mark.parametrize(
    ("output", "named"),
    [
        ("content", "content folder"),
        ("content/pages", "content folder"),
        (".", "project folder"),
        ("..", "project folder"),
        ("theme", "theme"),
        ("plugins", "plugin folder"),
        ("../home", "home folder"),
    ],
)
def test_refuses_a_folder_it_would_destroy(project: Path, output: str, named: str) -> None:
    before = tree_digest(project.parent)
    result = build_into(project, output)
    assert result.returncode == 2, result.stderr
    assert named in result.stderr and "OUTPUTDIR=" in result.stderr
    assert tree_digest(project.parent) == before


def test_refuses_a_folder_of_files_no_build_made(project: Path) -> None:
    (project / "notes").mkdir()
    (project / "notes" / "draft.txt").write_text("keep me", encoding="utf-8")
    result = build_into(project, "notes")
    assert result.returncode == 2
    assert "no build made" in result.stderr
    assert (project / "notes" / "draft.txt").read_text(encoding="utf-8") == "keep me"


def test_builds_into_a_new_an_empty_or_its_own_folder(project: Path) -> None:
    (project / "empty").mkdir()
    for output in ("output", "empty", "output"):
        result = build_into(project, output)
        assert result.returncode == 0, result.stderr
        assert (project / output / "index.html").is_file()


def hold_command(content: Path, output: Path) -> list[str]:
    plugins = '["content_checks", "hold_build"]'
    paths = f'["{FIXTURES / "plugins"}"]'
    return build_command(content, output, "-e", f"PLUGINS={plugins}", f"PLUGIN_PATHS={paths}")


def test_a_second_build_waits_for_the_first(tmp_path: Path) -> None:
    content, output = good_build(tmp_path)
    ready, release = tmp_path / "ready", tmp_path / "release"
    env = {**os.environ, "HOLD_BUILD_READY": str(ready), "HOLD_BUILD_RELEASE": str(release)}
    first = subprocess.Popen(
        hold_command(content, output), cwd=ROOT, env=env, stderr=subprocess.PIPE, text=True
    )
    try:
        for _ in range(600):  # the first build has written its staging folder and holds
            if ready.exists() or first.poll() is not None:
                break
            time.sleep(0.05)
        assert ready.exists()
        second = subprocess.Popen(
            build_command(content, output, "--fatal", "warnings"),
            cwd=ROOT,
            stderr=subprocess.PIPE,
            text=True,
        )
        waiting = second.stderr.readline()  # the second build says it waits, or ends
        release.write_text("go", encoding="utf-8")
        _, first_err = first.communicate(timeout=120)
        _, second_err = second.communicate(timeout=120)
    finally:
        release.write_text("go", encoding="utf-8")
        first.kill()
    assert "waiting" in waiting
    assert first.returncode == 0, first_err
    assert second.returncode == 0, waiting + second_err
    check = subprocess.run(["sha256sum", "--quiet", "-c", "SHA256SUMS"], cwd=output, check=False)
    assert check.returncode == 0
    assert {"index.html", "updates.html", "404.html"} <= {p.name for p in output.iterdir()}
    assert leftovers(output.parent) == []


def test_concurrent_builds_leave_a_complete_verified_site(tmp_path: Path) -> None:
    content, output = good_build(tmp_path)
    publish = [*build_command(content, output, "--fatal", "warnings")]
    publish[publish.index(str(ROOT / "pelican.conf.py"))] = str(ROOT / "publish.conf.py")
    for _ in range(2):
        runs = [
            subprocess.Popen(command, cwd=ROOT, env={**os.environ, "SITEURL": "https://x.example"})
            for command in (build_command(content, output, "--fatal", "warnings"), publish)
        ]
        assert [run.wait(timeout=300) for run in runs] == [0, 0]
        check = subprocess.run(["sha256sum", "--quiet", "-c", "SHA256SUMS"], cwd=output)
        assert check.returncode == 0
        assert {"index.html", "updates.html", "404.html"} <= {p.name for p in output.iterdir()}
        assert leftovers(output.parent) == []


def test_a_site_it_could_not_clean_up_is_not_called_unchanged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture
) -> None:
    """A read-only old site (non-root) can fail to go: the new one is in place all the same."""
    content, output = good_build(tmp_path)
    (content / "pages" / "new.md").write_text("Title: New\n\nNew.\n", encoding="utf-8")
    real_rmtree = shutil.rmtree

    def refuse_old_sites(path: object, ignore_errors: bool = False, **kwargs: object) -> None:
        if not ignore_errors and Path(str(path)).name.startswith(".output-"):
            raise PermissionError(13, "Permission denied", str(path))
        real_rmtree(path, ignore_errors=ignore_errors, **kwargs)

    monkeypatch.setattr(shutil, "rmtree", refuse_old_sites)
    argv = [str(content), "-s", str(ROOT / "pelican.conf.py"), "--fatal", "warnings"]
    with signals_restored():
        status = build_script.build(argv, output)
    stderr = capsys.readouterr().err
    assert (output / "new.html").is_file()
    assert "unchanged" not in stderr
    assert "updated, but the previous site could not be removed" in stderr
    assert status == 1


def test_a_folder_it_cannot_write_in_is_named_without_a_traceback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture
) -> None:
    """A read-only project folder (non-root): the lock file beside output/ cannot be made."""

    def read_only(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied", str(tmp_path / ".output.lock"))

    monkeypatch.setattr(build_script, "exclusive", read_only)
    argv = [str(FIXTURES / "tiny"), "-s", str(ROOT / "pelican.conf.py")]
    assert build_script.build(argv, tmp_path / "output") == 1
    stderr = capsys.readouterr().err
    assert f"cannot write in {tmp_path / '.output.lock'} (Permission denied)" in stderr
    assert "OUTPUTDIR=" in stderr
