"""Preview the site: build, serve output/ on loopback, rebuild and reload the browser on change.

Each rebuild runs Pelican in a fresh process, so edits to plugins and settings take effect too
(Pelican's signal receivers would otherwise stay connected to the old code).
"""

import argparse
import subprocess
import sys
from pathlib import Path

from livereload import Server

ROOT = Path(__file__).resolve().parent.parent
WATCHED = ["content", "theme", "plugins", "pelican.conf.py"]


def build() -> bool:
    """Build into output/; on failure say so and keep serving the last site."""
    command = [
        sys.executable,
        str(ROOT / "tools" / "build.py"),
        "content",
        "-o",
        "output",
        "-s",
        "pelican.conf.py",
        "--fatal",
        "warnings",
        # The reload script livereload injects is inline: relax the pages' policy, here only.
        "-e",
        "LIVE_RELOAD=true",
    ]
    result = subprocess.run(command, cwd=ROOT, check=False)
    if result.returncode != 0:
        print("serve: the build failed (see above); still serving the last good site.")
    return result.returncode == 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    args = parser.parse_args()

    build()
    server = Server()
    for path in WATCHED:
        server.watch(str(ROOT / path), build, delay=0.5)
    server.serve(root=str(ROOT / "output"), host=args.host, port=args.port, open_url_delay=None)


if __name__ == "__main__":
    main()
