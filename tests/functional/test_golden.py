"""The whole pipeline is pinned: fixture sites built in-process with both settings files must
match their golden trees byte for byte (Pelican's own practice). A change of plugin order, a
content kind left unprocessed or a template regression shows up here as a diff.

`make golden` rewrites the golden trees after an intended change; review the diff it makes.
"""

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from site_tools import FIXTURES, ROOT, build_in_process

GOLDEN = ROOT / "tests" / "golden"
SITEURL = "https://brief.example.org"
CASES = [("brief_site", "pelican.conf.py"), ("brief_site", "publish.conf.py")]
SKIPPED = ("theme",)  # the theme's static files are copied as they are


def built(tmp_path: Path, fixture: str, conf: str, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("SITEURL", SITEURL)  # publish.conf.py reads it
    output = tmp_path / "output"
    build_in_process(FIXTURES / fixture, output, conf=conf)
    for name in SKIPPED:
        shutil.rmtree(output / name, ignore_errors=True)
    return output


@pytest.mark.parametrize(("fixture", "conf"), CASES)
def test_the_build_matches_its_golden_tree(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fixture: str, conf: str
) -> None:
    output = built(tmp_path, fixture, conf, monkeypatch)
    golden = GOLDEN / f"{fixture}-{conf.split('.')[0]}"
    if os.environ.get("GOLDEN_REFRESH") == "1":
        shutil.rmtree(golden, ignore_errors=True)
        shutil.copytree(output, golden)
    diff = subprocess.run(
        ["git", "diff", "--no-index", "--stat", "--patch", str(golden), str(output)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert diff.returncode == 0, f"run `make golden` if this change is intended:\n{diff.stdout}"
