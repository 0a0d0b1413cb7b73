"""Each kind of bad input stops the build with the file, the problem and the fix; output/ survives."""

from pathlib import Path

import pytest
from site_tools import good_build, leftovers, run_build, tree_digest

CASES = {
    "no metadata": (
        "pages/plain.md",
        b"Just text, no metadata.\n",
        ["pages/plain.md:1", "no metadata"],
    ),
    "not UTF-8": (
        "pages/latin1.md",
        "Title: Caf\xe9\n".encode("latin-1"),
        ["pages/latin1.md:1", "UTF-8"],
    ),
    "impossible date": (
        "updates/bad-date.md",
        b"Title: T\nDate: 2024-02-30\n\nText.\n",
        ["updates/bad-date.md:2", "2024-02-30", "YYYY-MM-DD"],
    ),
    "month-only date": (
        "updates/month.md",
        b"Title: T\nDate: 2024-07\n\nText.\n",
        ["updates/month.md:2"],
    ),
    "missing date": (
        "updates/undated.md",
        b"Title: T\n\nText.\n",
        ["updates/undated.md:1", "no date"],
    ),
    "broken filename link": (
        "pages/linker.md",
        b"Title: T\n\nSee [it]({filename}/pages/missing.md).\n",
        ["pages/linker.md:3", "missing.md", "does not exist"],
    ),
    "duplicate output path": (
        "pages/sub/about.md",
        b"Title: Again\n\nText.\n",
        ["about.html", "pages/about.md"],
    ),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_bad_input_stops_the_build_and_keeps_output(case: str, tmp_path: Path) -> None:
    content, output = good_build(tmp_path)
    before = tree_digest(output)
    name, data, words = CASES[case]
    (content / name).parent.mkdir(parents=True, exist_ok=True)
    (content / name).write_bytes(data)
    result = run_build(content, output)
    assert result.returncode != 0
    for word in words:
        assert word in result.stderr, result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    assert "problem" in result.stderr.splitlines()[-2]
    assert tree_digest(output) == before
    assert leftovers(output.parent) == []


def test_all_problems_are_reported_together(tmp_path: Path) -> None:
    content, output = good_build(tmp_path)
    for name, data, _ in CASES.values():
        (content / name).parent.mkdir(parents=True, exist_ok=True)
        (content / name).write_bytes(data)
    result = run_build(content, output)
    assert "8 problems found" in result.stderr, result.stderr
