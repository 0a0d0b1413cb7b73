"""Each kind of bad input stops the build with the file, the problem and the fix; output/ survives."""

import subprocess
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
    assert_clean_failure(run_build(content, output), words)
    assert tree_digest(output) == before
    assert leftovers(output.parent) == []


def assert_clean_failure(result: subprocess.CompletedProcess, words: list[str]) -> None:
    """Exit 1; every expected word; problem lines `where: what — fix`, a count; no traceback."""
    assert result.returncode == 1
    for word in words:
        assert word in result.stderr, result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    lines = result.stderr.splitlines()
    assert lines[-1].startswith("build: failed;") and "unchanged" in lines[-1]
    assert lines[-2].endswith("found; fix them and build again.")
    assert all(" — " in line for line in lines[:-2] if ".md" in line or ".toml" in line)


def test_all_problems_are_reported_together(tmp_path: Path, last_good: tuple[Path, Path]) -> None:
    content, output = copy_site(last_good, tmp_path)
    for name, data, _ in CASES.values():
        (content / name).parent.mkdir(parents=True, exist_ok=True)
        (content / name).write_bytes(data)
    result = run_build(content, output)
    assert f"{len(CASES) + 1} problems found" in result.stderr, result.stderr


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


BRIEF_CASES = {
    "profile missing a field": (
        "people/dana-norm.md",
        "Role: Judge (an invented person)\n",
        "",
        ["people/dana-norm.md", "missing Role", "add a line"],
    ),
    "profile field misspelt": (
        "people/ana-fixture.md",
        "Custody_date:",
        "Custody_dte:",
        ["people/ana-fixture.md:8", "'Custody_dte'", "did you mean Custody_date?"],
    ),
    "unknown citation": (
        "pages/about.md",
        "\n\n",
        "\n\nA claim [@example-repor].\n\n",
        ["pages/about.md", "'example-repor'", "closest known: example-report"],
    ),
    "alias claimed by two people": (
        "people/bo-sample.md",
        "Role:",
        "Aliases: Anna Fixture\nRole:",
        [
            "people/bo-sample.md",
            "'Anna Fixture'",
            "people/ana-fixture.md",
            "PEOPLE_LINKER['ambiguous']",
        ],
    ),
    "one-letter alias": (
        "people/dana-norm.md",
        "Role:",
        "Aliases: D\nRole:",
        ["people/dana-norm.md:2", "Aliases has 'D'", "two letters or more"],
    ),
    "wrong Autolink value": (
        "pages/about.md",
        "Backlinks: no",
        "Backlinks: no\nAutolink: sometimes",
        ["pages/about.md:4", "Autolink is 'sometimes'", "`Autolink: first`, `all` or `none`"],
    ),
    "unknown profile in Not-linked": (
        "pages/about.md",
        "Backlinks: no",
        "Backlinks: no\nNot-linked: dana-nrom",
        ["pages/about.md:4", "Not-linked has dana-nrom (did you mean dana-norm?)", "file name"],
    ),
    "source without a date": (
        "data/sources.toml",
        'published = "2024-03-06"',
        'published = "early March"',
        ["data/sources.toml:3", "source [example-report]", "published", "YYYY-MM-DD"],
    ),
    "source without an address": (
        "data/sources.toml",
        'url = "https://example.org/report"',
        'link = "https://example.org/report"',
        ["data/sources.toml:3", "source [example-report]", "missing field(s) url", "add `url = "],
    ),
}


@pytest.fixture(scope="module")
def brief_good(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    return good_build(tmp_path_factory.mktemp("brief-good"), "brief_site")


@pytest.mark.parametrize("case", sorted(BRIEF_CASES))
def test_bad_brief_content_stops_the_build(
    case: str, tmp_path: Path, brief_good: tuple[Path, Path]
) -> None:
    content, output = copy_site(brief_good, tmp_path)
    before = tree_digest(output)
    name, old, new, words = BRIEF_CASES[case]
    edit(content / name, old, new)
    assert_clean_failure(run_build(content, output), words)
    assert tree_digest(output) == before


SETTINGS_CASES = {
    "unknown linker key": (
        'PEOPLE_LINKER={"mood": "first"}',
        ["pelican.conf.py", "unknown key(s) mood", "known keys: mode"],
    ),
    "wrong linker value type": (
        'PEOPLE_LINKER={"ambiguous": "Kuchynski"}',
        ["PEOPLE_LINKER['ambiguous']", "list of strings"],
    ),
    "moved linker key": (
        'PEOPLE_LINKER={"folder": "who"}',
        ["pelican.conf.py", "PEOPLE_LINKER['folder'] is now the setting PEOPLE_PATH"],
    ),
    "unknown brief key": (
        'BRIEF={"sauces": "x"}',
        ["pelican.conf.py", "unknown key(s) sauces", "known keys: sources"],
    ),
}


@pytest.mark.parametrize("case", sorted(SETTINGS_CASES))
def test_bad_settings_stop_the_build(
    case: str, tmp_path: Path, brief_good: tuple[Path, Path]
) -> None:
    content, output = copy_site(brief_good, tmp_path)
    before = tree_digest(output)
    setting, words = SETTINGS_CASES[case]
    assert_clean_failure(run_build(content, output, "-e", setting), words)
    assert tree_digest(output) == before


def test_problems_in_many_profiles_are_reported_together(
    tmp_path: Path, brief_good: tuple[Path, Path]
) -> None:
    content, output = copy_site(brief_good, tmp_path)
    for name in ("people/ana-fixture.md", "people/bo-sample.md", "people/dana-norm.md"):
        edit(content / name, "Role:", "Rol:")
    result = run_build(content, output)
    assert "3 problems found" in result.stderr, result.stderr
    assert result.stderr.count("did you mean Role?") == 3
