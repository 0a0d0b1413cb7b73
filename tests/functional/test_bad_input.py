"""Each kind of bad input stops the build with the file, the problem and the fix; output/ survives."""

from pathlib import Path

import pytest
from site_tools import copy_site, good_build, leftovers, run_build, tree_digest

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
    "unknown status": (
        "pages/st.md",
        b"Title: T\nStatus: publish\n\nText.\n",
        ["pages/st.md:2", "status", "published, hidden, draft"],
    ),
    "empty slug": ("pages/sl.md", b"Title: T\nSlug:\n\nText.\n", ["pages/sl.md:2", "empty slug"]),
    "save_as outside the site": (
        "pages/sa.md",
        b"Title: T\nSave_as: ../x.html\n\nText.\n",
        ["pages/sa.md:2", "outside the site"],
    ),
    "unknown template": (
        "pages/tp.md",
        b"Title: T\nTemplate: no-such-layout\n\nText.\n",
        ["pages/tp.md:2", "'no-such-layout'", "page"],
    ),
    "bad modified date": (
        "pages/md.md",
        b"Title: T\nModified: soon\n\nText.\n",
        ["pages/md.md:2", "Modified: 2024-07-04"],
    ),
    "duplicate output path": (
        "pages/sub/about.md",
        b"Title: Again\n\nText.\n",
        ["about.html", "pages/about.md"],
    ),
}


@pytest.fixture(scope="module")
def last_good(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    return good_build(tmp_path_factory.mktemp("good"))


@pytest.mark.parametrize("case", sorted(CASES))
def test_bad_input_stops_the_build_and_keeps_output(
    case: str, tmp_path: Path, last_good: tuple[Path, Path]
) -> None:
    content, output = copy_site(last_good, tmp_path)
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


def test_all_problems_are_reported_together(tmp_path: Path, last_good: tuple[Path, Path]) -> None:
    content, output = copy_site(last_good, tmp_path)
    for name, data, _ in CASES.values():
        (content / name).parent.mkdir(parents=True, exist_ok=True)
        (content / name).write_bytes(data)
    result = run_build(content, output)
    assert f"{len(CASES) + 1} problems found" in result.stderr, result.stderr
