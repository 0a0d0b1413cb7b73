"""A build that fails or is interrupted leaves the last good output/ untouched."""

import json
import os
import signal
import subprocess
import time
from pathlib import Path

import pytest
from site_tools import FIXTURES, ROOT, build_command, good_build, leftovers, run_build, tree_digest


@pytest.fixture
def site(tmp_path: Path) -> tuple[Path, Path]:
    """A copy of the fixture content and a first good build of it."""
    return good_build(tmp_path)


def test_good_build_replaces_output(site: tuple[Path, Path]) -> None:
    content, output = site
    (content / "pages" / "new.md").write_text("Title: New page\n\nNew.\n", encoding="utf-8")
    before = tree_digest(output)
    result = run_build(content, output)
    assert result.returncode == 0
    assert (output / "new.html").is_file()
    assert tree_digest(output) != before
    assert leftovers(output.parent) == []


def test_failed_build_leaves_output_unchanged(site: tuple[Path, Path]) -> None:
    content, output = site
    before = tree_digest(output)
    (content / "updates" / "broken.md").write_text(
        "Title: Broken\nDate: not-a-date\n\nText.\n", encoding="utf-8"
    )
    result = run_build(content, output)
    assert result.returncode != 0
    assert "unchanged" in result.stderr
    assert tree_digest(output) == before
    assert leftovers(output.parent) == []


def test_sigterm_half_way_leaves_output_unchanged(site: tuple[Path, Path], tmp_path: Path) -> None:
    content, output = site
    (content / "pages" / "new.md").write_text("Title: New page\n\nNew.\n", encoding="utf-8")
    before = tree_digest(output)
    ready = tmp_path / "ready"
    plugins = json.dumps(["outbound_links", "hold_build"])
    paths = json.dumps([str(FIXTURES / "plugins")])
    process = subprocess.Popen(
        build_command(content, output, "-e", f"PLUGINS={plugins}", f"PLUGIN_PATHS={paths}"),
        cwd=ROOT,
        env={**os.environ, "HOLD_BUILD_READY": str(ready)},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        for _ in range(600):  # the build announces that it has written the site
            if ready.exists() or process.poll() is not None:
                break
            time.sleep(0.05)
        assert ready.exists(), process.communicate()
        staged = [p for p in output.parent.iterdir() if p.name.startswith(".output-build-")]
        assert staged and (staged[0] / "new.html").is_file(), "the kill must land mid-build"
        process.send_signal(signal.SIGTERM)
        _, stderr = process.communicate(timeout=30)
    finally:
        process.kill()
    assert process.returncode == 130
    assert "interrupted" in stderr
    assert tree_digest(output) == before
    assert not (output / "new.html").exists()
    assert leftovers(output.parent) == []


def test_next_build_removes_what_a_killed_build_left(site: tuple[Path, Path]) -> None:
    content, output = site
    stale = output.parent / ".output-build-killed"
    (stale / "half").mkdir(parents=True)
    result = run_build(content, output)
    assert result.returncode == 0
    assert leftovers(output.parent) == []
