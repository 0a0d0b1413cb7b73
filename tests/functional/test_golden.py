"""The whole pipeline is pinned: fixture sites built in-process with both settings files must
match their golden trees byte for byte (Pelican's own practice). A change of plugin order, a
content kind left unprocessed or a template regression shows up here as a diff.

`make golden` rewrites the golden trees after an intended change; review the diff it makes.
"""

import os
import re
import shutil
import subprocess
from importlib.metadata import version
from pathlib import Path

import pytest
from site_tools import FIXTURES, ROOT, build_in_process

GOLDEN = ROOT / "tests" / "golden"
PELICAN_BEFORE_4_12 = tuple(int(part) for part in version("pelican").split(".")[:2]) < (4, 12)
SITEURL = "https://brief.example.org"
CASES = [("editor_site", "pelican.conf.py"), ("editor_site", "publish.conf.py")]
SKIPPED = ("theme",)  # the theme's static files are copied as they are
# What an editor sets for a brief: fixed here, so the trees pin the setup in any brief.
EDITOR_SETTINGS = {
    "SITENAME": "Fixture brief",
    "SITESUBTITLE": "A brief the setup's tests build",
    "SITENAMES": {
        "be": ("Тэставы агляд", "Агляд для тэстаў"),
        "ru": ("Тестовый обзор", "Обзор для тестов"),
    },
    "AUTHOR": "The fixture's editors",
    "DEFAULT_LANG": "en",
    "LANGUAGES": ["en", "be", "ru"],
    "TIMEZONE": "UTC",
}


def built(tmp_path: Path, fixture: str, conf: str, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("SITEURL", SITEURL)  # publish.conf.py reads it
    output = tmp_path / "output"
    build_in_process(FIXTURES / fixture, output, conf=conf, **EDITOR_SETTINGS)
    for name in SKIPPED:
        shutil.rmtree(output / name, ignore_errors=True)
    if PELICAN_BEFORE_4_12:  # Python 3.10's Pelican 4.11 gives every feed entry its category
        for feed in output.rglob("*.atom.xml"):
            text = feed.read_text(encoding="utf-8")
            feed.write_text(re.sub(r'<category term="[^"]*"/>', "", text), encoding="utf-8")
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
