"""Every content file Pelican reads is checked, and its metadata strictly: a mistake that Pelican
would publish without a word (a misspelt field, a key date dropped, a date invented) stops the
build with the file, the line and the fix."""

import os
import shutil
from importlib.metadata import version
from pathlib import Path

import pytest
from site_tools import FIXTURES, run_build

PELICAN_BEFORE_4_12 = tuple(int(part) for part in version("pelican").split(".")[:2]) < (4, 12)


@pytest.fixture
def content(tmp_path: Path) -> Path:
    folder = tmp_path / "content"
    shutil.copytree(FIXTURES / "editor_site", folder)
    return folder


def write(content: Path, name: str, text: str) -> None:
    (content / name).parent.mkdir(parents=True, exist_ok=True)
    (content / name).write_text(text, encoding="utf-8")


UPDATE = "Title: U\nDate: 2024-07-05\nSummary: S.\n\nText [@fixture-wire-1].\n"

# (file, text, what the report must say, at which path:LINE)
STOPS = [
    ("updates/u.markdown", UPDATE.replace("2024-07-05", "2024"), "the date '2024' is not a real date", "u.markdown:2"),
    ("updates/u.mkd", UPDATE.replace("Title: U", "Tilte: U"), "unknown field `Tilte:` — did you mean `Title:`?", "u.mkd:1"),
    ("updates/u.md", UPDATE.replace("Summary:", "Sumary:"), "unknown field `Sumary:` — did you mean `Summary:`?", "u.md:3"),
    ("updates/u.md", UPDATE.replace("Date:", "Dte:"), "unknown field `Dte:` — did you mean `Date:`?", "u.md:2"),
    ("pages/p.md", "Title: P\nAutolnk: none\n\nText.\n", "unknown field `Autolnk:` — did you mean `Autolink:`?", "p.md:2"),
    ("updates/u.md", UPDATE.replace("Summary: S.\n", "Summary: S.\nEvents: 2024-07-01 | One | fixture-wire-1\n  2024-07-02 | Two | fixture-wire-1\n"), "ends the metadata block without a blank line", "u.md:5"),
    ("updates/u.md", UPDATE.replace("Summary: S.\n", "Summary: S.\nEvents: 2024-07-01 | One | fixture-wire-1\n2024-07-02 | Two | fixture-wire-1\n"), "ends the metadata block without a blank line", "u.md:5"),
    ("pages/p.html", "<html><head><title>P</title></head><body>x</body></html>\n", "is not a Markdown file", "p.html"),
    ("updates/u.md", UPDATE.replace("2024-07-05", "2999-01-01"), "the date '2999-01-01' lies in the future", "u.md:2"),
    ("data/sources.toml", None, "missing field(s) published (and has unknown field(s) publised (did you mean published?)", "sources.toml:3"),
    ("people/c.md", "Title: C\nNames: ru: Ц\nRole: R\n\nText.\n", "profile is missing Custody — add a line for each at the top, e.g. `Custody: ...`", "c.md:1"),
    ("pages/p.md", "Title: P\nSave_as: updates.html\n\nText.\n", "would be written to updates.html, which is the list of updates", "p.md:2"),
    ("pages/p.md", "Title: P\nSlug: 404\n\nText.\n", "would be written to 404.html, which is the page for", "p.md:2"),
    ("pages/p.md", "Title: P\nSave_as: theme/css/main.css\n\nText.\n", "which is the theme's folder", "p.md:2"),
    ("pages/p.md", "Title: P\n\nSee [all]({tag}fixture).\n", "links to {tag}fixture, a page this site never builds", "p.md:3"),
    ("pages/p.md", "Title: P\n\nGet [it]({attach}files/x.pdf).\n", "links to {attach}files/x.pdf, which does not exist", "p.md:3"),
    ("pages/p.md", "Title: P\n\nHidden\x00char and \x1b escape.\n", "control character U+0000", "p.md:3"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "text", "said", "where"), STOPS)
def test_a_silent_mistake_stops_the_build(
    content: Path, tmp_path: Path, name: str, text: str | None, said: str, where: str
) -> None:
    if text is None:  # a misspelt field in the sources file
        sources = content / name
        edited = sources.read_text(encoding="utf-8").replace("published =", "publised =", 1)
        sources.write_text(edited, encoding="utf-8")
    else:
        write(content, name, text)
    result = run_build(content, tmp_path / "output")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert any(said in line and f"{where}" in line for line in result.stderr.splitlines()), (
        result.stderr
    )
    assert not (tmp_path / "output").exists()


def test_a_symlinked_folder_is_checked_and_a_loop_reported(content: Path, tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    write(elsewhere, "late.md", UPDATE.replace("2024-07-05", "2024-13-01"))
    os.symlink(elsewhere, content / "updates" / "linked")
    os.symlink(content / "pages", content / "pages" / "loop")
    result = run_build(content, tmp_path / "output")
    assert result.returncode == 1
    assert "updates/linked/late.md:2: the date '2024-13-01'" in result.stderr
    assert "pages/loop: is a symbolic link to" in result.stderr


def test_a_byte_order_mark_is_read_as_pelican_reads_it(content: Path, tmp_path: Path) -> None:
    (content / "pages" / "bom.md").write_bytes(b"\xef\xbb\xbfTitle: With a BOM\n\nText.\n")
    result = run_build(content, tmp_path / "output")
    assert result.returncode == 0, result.stderr
    assert "With a BOM" in (tmp_path / "output" / "bom.html").read_text(encoding="utf-8")


def test_future_dates_are_allowed_by_a_setting(content: Path, tmp_path: Path) -> None:
    write(content, "updates/u.md", UPDATE.replace("2024-07-05", "2999-01-01"))
    allow = '{"future_dates": true}'
    result = run_build(content, tmp_path / "output", "-e", f"CONTENT_CHECKS={allow}")
    assert result.returncode == 0, result.stderr


def test_published_files_are_readable_whatever_the_umask(content: Path, tmp_path: Path) -> None:
    output = tmp_path / "output"
    previous = os.umask(0o077)
    try:
        result = run_build(content, output)
    finally:
        os.umask(previous)
    assert result.returncode == 0, result.stderr
    modes = {oct(path.stat().st_mode & 0o777) for path in output.rglob("*")}
    assert modes == {"0o644", "0o755"}


def test_a_decorative_image_may_have_an_empty_alt(content: Path, tmp_path: Path) -> None:
    write(content, "pages/p.md", "Title: P\n\n![](/theme/favicon.png)\n\nText.\n")
    result = run_build(content, tmp_path / "output")
    if PELICAN_BEFORE_4_12:  # Pelican 4.11 (Python 3.10) stops on the warning it was told to drop
        assert result.returncode == 1 and "Could not process pages/p.md" in result.stderr
        return
    assert result.returncode == 0, result.stderr
    assert '<img alt="" src="' in (tmp_path / "output" / "p.html").read_text(encoding="utf-8")


def test_a_page_and_a_profile_sharing_a_name_are_told_apart(content: Path, tmp_path: Path) -> None:
    """Their URLs differ (people/ for profiles); their slugs do not, and Pelican would take them
    for translations of one page: the report says that, not that they overwrite each other."""
    write(content, "pages/anna-fixture.md", "Title: About Anna's case\n\nText.\n")
    result = run_build(content, tmp_path / "output")
    assert result.returncode == 1
    assert "would be written to" not in result.stderr
    assert "pages/anna-fixture.md:1: has the page slug 'anna-fixture', like" in result.stderr
    assert "Pelican would take them for translations" in result.stderr
