"""The preview's web app: serves the last good site from output/, with what only a preview needs
added in memory, never on disk.

- The pages' policy is relaxed for the reload script livereload adds (inline); output/ on disk
  keeps the strict policy, so a zip or upload made while previewing ships the strict one.
- While the last build has failed, every page starts with that build's problems, so the editor
  sees them on the next reload (no JavaScript needed) and still reads the last good site.
"""

from __future__ import annotations

import html
import mimetypes
import re
from collections.abc import Callable, Iterable
from pathlib import Path

RELAXED = "; script-src 'self' 'unsafe-inline'; connect-src 'self'"
POLICY = re.compile(rb'(<meta http-equiv="Content-Security-Policy" content="[^"]*)(")')
BODY = re.compile(rb"<body\b[^>]*>")


def relax_policy(page: bytes) -> bytes:
    """The page with its Content-Security-Policy allowing the preview's reload script."""
    return POLICY.sub(lambda m: m[1] + RELAXED.encode() + m[2], page, count=1)


def with_problems(page: bytes, problems: str) -> bytes:
    """The page with a failed build's report at the top of its body."""
    notice = (
        '<section class="app-width" role="alert"><p><strong>The last build failed; this is the'
        " last good site.</strong> Fix these and save to build again:</p>"
        f"<pre>{html.escape(problems)}</pre></section>"
    ).encode()
    match = BODY.search(page)
    return page[: match.end()] + notice + page[match.end() :] if match else notice + page


class PreviewApp:
    """A WSGI app over `root`; `failure` holds the last build's report, or "" once it passes."""

    def __init__(self, root: Path) -> None:
        self.root = root.resolve()
        self.failure = ""

    def resolve(self, url_path: str) -> Path | None:
        target = (self.root / url_path.lstrip("/")).resolve()
        if target != self.root and self.root not in target.parents:
            return None
        return target / "index.html" if target.is_dir() else target

    def page(self, url_path: str) -> tuple[str, bytes, str]:
        """Status, body and type for a URL path."""
        target = self.resolve(url_path)
        status = "200 OK"
        if target is None or not target.is_file():
            status, target = "404 Not Found", self.root / "404.html"
        body = target.read_bytes() if target.is_file() else b"Not found"
        kind = mimetypes.guess_type(target.name)[0] or "application/octet-stream"
        if kind == "text/html":
            body = relax_policy(body)
            if self.failure:
                body = with_problems(body, self.failure)
        return status, body, kind

    def __call__(self, environ: dict, start_response: Callable) -> Iterable[bytes]:
        status, body, kind = self.page(environ.get("PATH_INFO", "/"))
        charset = "; charset=utf-8" if kind.startswith("text/") else ""
        headers = [("Content-Type", kind + charset), ("Cache-Control", "no-store")]
        start_response(status, headers)
        return [body]
