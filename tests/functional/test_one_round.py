"""Every mistake in one round: a content folder with twelve different mistakes in nine files
reports all twelve in one build, each with its file and line, sorted and counted."""

import re
import shutil
from pathlib import Path

import pytest
from site_tools import FIXTURES, run_build, tree_digest


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, (path, old)
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


# (file, the text replaced, the mistake, where the report puts it, words the report must hold)
MISTAKES = [
    ("updates/2024-07-04-release.md", "Date: 2024-07-04", "Date: 2024-02-30", "updates/2024-07-04-release.md:2", "not a real date"),
    ("updates/2024-07-04-release.md", "[@fixture-wire-2]", "[@fixture-wire-9]", "updates/2024-07-04-release.md:5", "unknown source id 'fixture-wire-9'"),
    ("updates/2024-07-02-report.md", "A report named", "See [x]({filename}/pages/nowhere.md). A report named", "updates/2024-07-02-report.md:6", "which does not exist"),
    ("updates/2024-07-02-report.md", "Summary:", "Events: 30.12.2024 | Something | fixture-wire-1\nSummary:", "updates/2024-07-02-report.md:3", "'30.12.2024' is not a date"),
    ("people/anna-fixture.md", "Custody: released", "Custody: freed", "people/anna-fixture.md:5", "Custody 'freed' is not known"),
    ("people/boris-fixture.md", "Aliases: Boris Fikstur", "Aliases: Anna Fikstura", "people/anna-fixture.md:3", "'Anna Fikstura') belongs to people/anna-fixture.md and people/boris-fixture.md"),
    ("people/boris-fixture.md", "Role:", "Autolink: sometimes\nRole:", "people/boris-fixture.md:4", "Autolink is 'sometimes'"),
    ("pages/about.md", "Title:", "Status: pending\nTitle:", "pages/about.md:1", "the status 'pending' is not known"),
    ("pages/figures.md", "Title: Figures", "Title: Figures\nTemplate: figurez", "pages/figures.md:2", "template 'figurez' that does not exist"),
    ("pages/people.md", "Title:", "Slug: about\nTitle:", "pages/people.md:1", "would be written to about.html, like"),
    ("data/sources.toml", 'language = "en"\n', "", "data/sources.toml:3", "missing field(s) language"),
    ("data/figures.toml", 'source = "fixture-wire-1"', 'source = "fixture-wire-7"', "data/figures.toml:3", "unknown source id 'fixture-wire-7'"),
]  # fmt: skip


@pytest.fixture
def broken(tmp_path: Path) -> tuple[Path, Path]:
    content = tmp_path / "content"
    shutil.copytree(FIXTURES / "editor_site", content)
    output = tmp_path / "output"
    assert run_build(content, output).returncode == 0  # the fixture itself builds
    for name, old, new, _, _ in MISTAKES:
        edit(content / name, old, new)
    return content, output


def test_twelve_mistakes_in_one_build_each_with_file_and_line(broken: tuple[Path, Path]) -> None:
    content, output = broken
    before = tree_digest(output)
    result = run_build(content, output)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    for _, _, _, where, words in MISTAKES:
        located = [text for text in lines if f"{where}: " in text and words in text]
        assert located, f"{where}: {words}\n{result.stderr}"
    problems = [text for text in lines if re.match(r"\S+:\d+: .+ — ", text)]
    assert len(problems) >= len(MISTAKES)
    assert f"{len(problems)} problems found" in result.stderr
    assert tree_digest(output) == before


def test_a_profile_without_a_title_is_reported_once(tmp_path: Path) -> None:
    """content_checks, the brief and the linker each need the title; the editor reads it once."""
    content = tmp_path / "content"
    shutil.copytree(FIXTURES / "editor_site", content)
    edit(content / "people" / "anna-fixture.md", "Title: Anna Fixturova", "Title:")
    result = run_build(content, tmp_path / "output")
    assert result.returncode == 1
    about = [line for line in result.stderr.splitlines() if "anna-fixture.md" in line]
    assert len(about) == 1, result.stderr
    assert about[0].endswith(
        "people/anna-fixture.md:1: has no title — add a line `Title: ...` at the top"
    )
    assert "1 problem found" in result.stderr
