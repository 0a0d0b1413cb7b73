"""Builds are reproducible, and SHA256SUMS proves a copy faithful."""

import os
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from checksums import site_files as files
from site_tools import ROOT, build_command, require_program
from zip_site import zip_site


def build_copy(folder: Path, env: dict[str, str], mtime: int) -> Path:
    """Build a copy of the real content from `folder`, with its own file times and environment."""
    content = folder / "content"
    shutil.copytree(ROOT / "content", content)
    for path in content.rglob("*"):
        os.utime(path, (mtime, mtime))
    output = folder / "output"
    command = build_command(content, output, "--fatal", "warnings")
    subprocess.run(command, cwd=folder, env={**os.environ, **env}, check=True, capture_output=True)
    return output


@pytest.fixture(scope="module")
def two_builds(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    first = build_copy(
        tmp_path_factory.mktemp("first"), {"LC_ALL": "C", "TZ": "UTC"}, mtime=1_700_000_000
    )
    second = build_copy(
        tmp_path_factory.mktemp("second-elsewhere"),
        {"LC_ALL": "C.UTF-8", "TZ": "America/Los_Angeles", "LANG": "de_DE.UTF-8"},
        mtime=1_800_000_000,
    )
    return first, second


def test_two_builds_are_byte_identical(two_builds: tuple[Path, Path]) -> None:
    first, second = two_builds
    assert files(first) == files(second)
    assert len(files(first)) > 3
    for name in files(first):
        assert (first / name).read_bytes() == (second / name).read_bytes(), name


def test_checksums_cover_every_file_and_verify(two_builds: tuple[Path, Path]) -> None:
    site = two_builds[0]
    listed = [line.split("  ", 1)[1] for line in (site / "SHA256SUMS").read_text().splitlines()]
    assert listed == [name for name in files(site) if name != "SHA256SUMS"]
    check = subprocess.run(
        [require_program("sha256sum", "coreutils"), "--check", "--quiet", "SHA256SUMS"],
        cwd=site,
        check=False,
    )
    assert check.returncode == 0


def test_checksums_catch_one_changed_byte(two_builds: tuple[Path, Path], tmp_path: Path) -> None:
    copy = tmp_path / "mirror"
    shutil.copytree(two_builds[0], copy)
    page = copy / "index.html"
    data = bytearray(page.read_bytes())
    data[len(data) // 2] ^= 0x01
    page.write_bytes(bytes(data))
    check = subprocess.run(
        [require_program("sha256sum", "coreutils"), "--check", "--quiet", "SHA256SUMS"],
        cwd=copy,
        capture_output=True,
        text=True,
        check=False,
    )
    assert check.returncode != 0
    assert "index.html: FAILED" in check.stdout


def test_zip_is_reproducible_and_complete(two_builds: tuple[Path, Path], tmp_path: Path) -> None:
    first = zip_site(two_builds[0], tmp_path / "a.zip", "brief-2024-07-04")
    second = zip_site(two_builds[1], tmp_path / "b.zip", "brief-2024-07-04")
    assert first.read_bytes() == second.read_bytes()
    names = zipfile.ZipFile(first).namelist()
    assert names == [f"brief-2024-07-04/{name}" for name in files(two_builds[0])]
