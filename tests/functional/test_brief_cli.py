"""tools/brief.py runs the Makefile's targets where there is no make (Windows, many Macs)."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from site_tools import FIXTURES, ROOT, parse

CLI = ROOT / "tools" / "brief.py"


def brief(
    tmp_path: Path, *args: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess:
    """Run the CLI with this test run's virtual environment and a PATH that holds no make."""
    no_make = tmp_path / "no-make"
    no_make.mkdir(exist_ok=True)
    return subprocess.run(
        [sys.executable, str(CLI), "--venv", sys.prefix, *args],
        cwd=tmp_path,
        env={**os.environ, "PATH": str(no_make), **(env or {})},
        capture_output=True,
        text=True,
        check=False,
    )


def test_html_builds_a_site_without_make(tmp_path: Path) -> None:
    output = tmp_path / "output"
    result = brief(tmp_path, "--content", str(FIXTURES / "tiny"), "--output", str(output), "html")
    assert result.returncode == 0, result.stdout + result.stderr
    title = parse(output / "index.html").find("h1").get_text(strip=True)
    assert title == "Fixture brief & its <test> title"
    assert (output / "SHA256SUMS").is_file()


def test_test_lints_then_runs_pytest_with_its_arguments(tmp_path: Path) -> None:
    if not (ROOT / "node_modules" / ".installed").is_file():
        pytest.fail("node_modules is missing: `make test` (or `brief.py test`) installs it")
    result = brief(
        tmp_path, "test", "tests/unit/test_brief_dates.py", "-q", "-p", "no:cacheprovider"
    )
    assert result.returncode == 0, result.stdout + result.stderr
    commands = [line for line in result.stdout.splitlines() if line.startswith(sys.prefix)]
    assert [Path(line.split()[0]).name for line in commands] == ["ruff", "ruff", "pytest"]
    assert " passed in " in result.stdout


def test_publish_without_siteurl_says_what_to_set(tmp_path: Path) -> None:
    result = brief(tmp_path, "--output", str(tmp_path / "output"), "publish", env={"SITEURL": ""})
    assert result.returncode == 1
    assert "set SITEURL, e.g. SITEURL=https://example.org" in result.stderr
    assert not (tmp_path / "output").exists()


def test_unknown_arguments_stop_every_target_but_test(tmp_path: Path) -> None:
    result = brief(tmp_path, "html", "--draft")
    assert result.returncode == 2
    assert "unrecognized arguments: --draft" in result.stderr
