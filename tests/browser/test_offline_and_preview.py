"""The zip works when unpacked and opened from disk; `make serve` reloads the open page on edits."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest
from site_tools import ROOT
from zip_site import zip_site


def test_zip_opened_from_disk_follows_every_link(
    real_site: Path, tmp_path: Path, chromium: object
) -> None:
    archive = zip_site(real_site, tmp_path / "brief-2025-12-15.zip", "brief-2025-12-15")
    zipfile.ZipFile(archive).extractall(tmp_path / "unzipped")
    root = tmp_path / "unzipped" / "brief-2025-12-15"
    page = chromium.new_page()
    foreign: list[str] = []
    page.on(
        "request",
        lambda request: None if request.url.startswith("file://") else foreign.append(request.url),
    )
    page.goto((root / "index.html").as_uri())
    targets = page.eval_on_selector_all(
        ".app-nav a, main a[href$='.html']", "links => links.map(a => a.href)"
    )
    assert len(targets) >= 6  # every brief: at least the six pages of the navigation
    visited = 0
    for url in dict.fromkeys(targets):
        if not url.startswith("file://"):
            continue
        response = page.goto(url)
        assert response is None or response.ok, url
        assert page.locator("h1").count() == 1, url
        # Styled from disk: the stylesheet loaded, so the skip link is moved off-screen.
        assert (
            page.eval_on_selector(".app-skip-link", "e => e.getBoundingClientRect().right") <= 0
        ), url
        visited += 1
    assert visited >= 6
    assert foreign == []
    page.close()


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_for(check, seconds: float, what: str) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if check():
            return
        time.sleep(0.2)
    pytest.fail(f"timed out waiting for {what}")


def opens(page: object, url: str) -> bool:
    """True once the server answers; it takes a moment to start after the first build."""
    from playwright.sync_api import Error

    try:
        return page.goto(url).ok
    except Error:
        return False


def test_preview_rebuilds_and_reloads_the_open_page(tmp_path: Path, chromium: object) -> None:
    content, output = tmp_path / "content", tmp_path / "output"
    shutil.copytree(ROOT / "content", content)
    port, log = free_port(), tmp_path / "serve.log"
    command = [sys.executable, str(ROOT / "tools" / "serve.py"), "--port", str(port)]
    command += ["--content", str(content), "--output", str(output)]
    command += ["--cache", str(tmp_path / "cache")]
    with log.open("w") as sink:
        server = subprocess.Popen(
            command,
            cwd=ROOT,
            stdout=sink,
            stderr=subprocess.STDOUT,
        )
    try:
        wait_for(lambda: (output / "about.html").exists(), 60, "the first build")
        assert (tmp_path / "cache" / "people_linker.pickle").is_file()  # rebuilds reuse it
        page = chromium.new_page()
        wait_for(lambda: opens(page, f"http://127.0.0.1:{port}/about.html"), 30, "the server")
        loads: list[str] = []
        page.on("load", lambda: loads.append(page.url))
        about = content / "pages" / "about.md"
        about.write_text(
            about.read_text(encoding="utf-8").replace("Title: ", "Title: Edited ", 1),
            encoding="utf-8",
        )
        wait_for(lambda: page.locator("h1").inner_text().startswith("Edited"), 30, "the reload")
        # Playwright's sync API delivers events only while one of its calls runs: wait in it.
        wait_for(
            lambda: page.wait_for_timeout(100) or bool(loads), 15, "the load event of the reload"
        )
        # A broken edit: the error goes to the terminal and the last good site stays up. The
        # server reloads the open page after the failed build too (reloading it from the test
        # as well would race that navigation): wait for that load, then read the page.
        seen = len(loads)
        about.write_text("no metadata at all\n", encoding="utf-8")
        wait_for(
            lambda: "still serving the last good site" in log.read_text(), 60, "the failed build"
        )
        wait_for(lambda: page.wait_for_timeout(100) or len(loads) > seen, 15, "the reload after it")
        assert page.locator("h1").inner_text().startswith("Edited")
        assert "pages/about.md:1: has no metadata" in log.read_text()
        page.close()
    finally:
        server.terminate()
        server.wait(timeout=30)
