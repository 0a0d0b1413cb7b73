"""A rebuild with Pelican's content cache (as `make serve` does after an edit) equals a cold build."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from site_tools import FIXTURES, run_build, tree_digest

CACHED = ["-e", "CACHE_CONTENT=true", "LOAD_CONTENT_CACHE=true"]
EDITS = {
    "an update": ("updates/2024-06-10-bo-sample-released.md", "\nAna Fixture was named again.\n"),
    "a profile": ("people/ana-fixture.md", None),
}


@pytest.mark.parametrize("edited", EDITS)
def test_a_warm_rebuild_after_an_edit_equals_a_cold_build(tmp_path: Path, edited: str) -> None:
    content, cache = tmp_path / "content", tmp_path / "cache"
    shutil.copytree(FIXTURES / "brief_site", content)
    first = run_build(content, tmp_path / "first", *CACHED, "--cache-path", str(cache))
    assert first.returncode == 0, first.stderr
    assert (cache / "people_linker.pickle").is_file()
    path, added = EDITS[edited]
    source = content / path
    text = source.read_text(encoding="utf-8")
    if added is None:  # a new spelling in the profile: every page must be linked again
        text = text.replace("Misspellings: ", "Misspellings: Ana Fixtur; ", 1)
    source.write_text(text + (added or ""), encoding="utf-8")
    warm = run_build(content, tmp_path / "warm", *CACHED, "--cache-path", str(cache))
    cold = run_build(content, tmp_path / "cold")
    assert warm.returncode == 0 and cold.returncode == 0, warm.stderr + cold.stderr
    assert tree_digest(tmp_path / "warm") == tree_digest(tmp_path / "cold")
    assert tree_digest(tmp_path / "warm") != tree_digest(tmp_path / "first")
