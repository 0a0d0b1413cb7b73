"""The browser harness itself: a missing browser fails under CI and only skips elsewhere."""

import pytest
from conftest import require_program
from leak_proxy import host_of, is_browser_service


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


@pytest.mark.parametrize(
    ("line", "host", "service"),
    [
        ("CONNECT fonts.example.com:443 HTTP/1.1", "fonts.example.com", False),
        ("GET http://cdn.example.com/p.gif HTTP/1.1", "cdn.example.com", False),
        (
            "CONNECT firefox.settings.services.mozilla.com:443 HTTP/1.1",
            "firefox.settings.services.mozilla.com",
            True,
        ),
        ("CONNECT notmozilla.com:443 HTTP/1.1", "notmozilla.com", False),
        ("", "", False),
    ],
)
def test_the_leak_proxy_reads_hosts(line: str, host: str, service: bool) -> None:
    assert host_of(line) == host
    assert is_browser_service(host) is service
