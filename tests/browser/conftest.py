"""Browser fixtures: the real site served on loopback, and Debian's Chromium driven by Playwright.

No browser is ever downloaded: Playwright launches /usr/bin/chromium. Under CI=true a missing
browser fails the run; on a developer's machine the browser tests are skipped with the reason.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from site_tools import html_files, require_program

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]


class QuietHandler(SimpleHTTPRequestHandler):
    """Serve the output folder without logging every request to the test output."""

    def log_message(self, format: str, *args: object) -> None:
        pass


@dataclass(frozen=True)
class ServedSite:
    """The built site on disk and the loopback URL it is served from."""

    root: Path
    base_url: str

    def pages(self) -> list[str]:
        """Every HTML page of the output as a URL, found afresh so new page types are covered."""
        return [
            f"{self.base_url}/{page.relative_to(self.root).as_posix()}"
            for page in html_files(self.root)
        ]


@contextmanager
def serve_folder(folder: Path) -> Iterator[str]:
    """Serve a folder on a free loopback port for the block; yield its base URL."""
    handler = functools.partial(QuietHandler, directory=str(folder))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="session")
def served_site(real_site: Path) -> Iterator[ServedSite]:
    with serve_folder(real_site) as base_url:
        yield ServedSite(real_site, base_url)


@pytest.fixture(scope="session")
def chromium() -> Iterator[object]:
    executable = require_program(CHROMIUM, "chromium")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_FLAGS)
        try:
            yield browser
        finally:
            browser.close()


ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"


@pytest.fixture(scope="session")
def artifacts() -> Path:
    """test-artifacts/ at the repository root (gitignored): screenshots to look at after a run."""
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS


def page_types(site: ServedSite) -> dict[str, str]:
    """One page of each kind, named: every top-level page, the first page of each folder, and
    each edition's front page (`be/index.html`: the brief in that language)."""
    chosen: dict[str, str] = {}
    for page in html_files(site.root):
        relative = page.relative_to(site.root)
        if len(relative.parts) == 1:
            name = relative.stem
        elif relative.parts[1:] == ("index.html",):
            name = f"{relative.parts[0]}-index"
        else:
            name = f"{relative.parts[0]}-page"
        chosen.setdefault(name, f"{site.base_url}/{relative.as_posix()}")
    return chosen
