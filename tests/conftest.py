from pathlib import Path

import pytest
from site_tools import ROOT, build_with_cli


@pytest.fixture(scope="session")
def real_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real site, built once per test run exactly as `make html` builds it."""
    output = tmp_path_factory.mktemp("real") / "output"
    result = build_with_cli(output)
    assert result.returncode == 0, result.stdout + result.stderr
    return output


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return ROOT
