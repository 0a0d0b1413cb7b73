"""The browser harness itself: a missing browser fails under CI and only skips elsewhere."""

import pytest
from conftest import require_program


def test_missing_browser_fails_under_ci(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="install Debian's nobrowser"):
        require_program("/nonexistent/browser", "nobrowser")


def test_missing_browser_skips_with_a_reason_outside_ci(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception, match="/nonexistent/browser is missing"):
        require_program("/nonexistent/browser", "nobrowser")


def test_present_program_is_returned() -> None:
    assert require_program("/bin/sh", "dash") == "/bin/sh"
