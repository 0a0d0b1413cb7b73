"""Drafts are never written: no target puts a draft's page, URL or text anywhere in its output."""

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from checksums import site_files
from site_tools import FIXTURES, ROOT, build_command

SECRET = "EMBARGOED-7f3a"  # a word only the drafts contain

DRAFT_PAGE = f"Title: Embargoed page\nStatus: draft\n\n{SECRET} page text.\n"
DRAFT_UPDATE = (
    f"Title: Embargoed update\nDate: 2024-07-05\nSummary: {SECRET}\nStatus: draft\n\n"
    f"{SECRET} update text.\n"
)


@pytest.fixture(scope="module")
def content(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("drafts") / "content"
    shutil.copytree(FIXTURES / "tiny", folder)
    (folder / "pages" / "embargoed.md").write_text(DRAFT_PAGE, encoding="utf-8")
    (folder / "updates" / "embargoed-update.md").write_text(DRAFT_UPDATE, encoding="utf-8")
    return folder


def run(command: list[str], **env: str) -> None:
    result = subprocess.run(
        command, cwd=ROOT, env={**os.environ, **env}, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr


def assert_no_draft(names: list[str], read: object) -> None:
    assert names, "the build wrote nothing"
    assert "index.html" in names and "updates/first.html" in names
    leaked = [name for name in names if "draft" in name or "embargoed" in name]
    assert leaked == []
    assert [name for name in names if SECRET.encode() in read(name)] == []


def test_make_html_writes_no_draft(content: Path, tmp_path: Path) -> None:
    output = tmp_path / "output"
    run(build_command(content, output, "--fatal", "warnings"))
    assert_no_draft(site_files(output), lambda name: (output / name).read_bytes())
    assert "embargoed" not in (output / "SHA256SUMS").read_text(encoding="utf-8")


def test_make_publish_writes_no_draft(content: Path, tmp_path: Path) -> None:
    output = tmp_path / "output"
    command = [sys.executable, str(ROOT / "tools" / "build.py"), str(content), "-o", str(output)]
    run(
        [*command, "-s", str(ROOT / "publish.conf.py"), "--fatal", "warnings"],
        SITEURL="https://x.example",
    )
    names = site_files(output)
    assert "feeds/updates.atom.xml" in names
    assert_no_draft(names, lambda name: (output / name).read_bytes())


def test_make_zip_packs_no_draft(content: Path, tmp_path: Path) -> None:
    run(["make", "--no-print-directory", "zip", f"INPUTDIR={content}", f"ZIPDIR={tmp_path}"])
    (made,) = tmp_path.glob("brief-*.zip")
    archive = zipfile.ZipFile(made)
    top = archive.namelist()[0].split("/")[0]
    names = [name.removeprefix(f"{top}/") for name in archive.namelist()]
    assert_no_draft(names, lambda name: archive.read(f"{top}/{name}"))
