"""Preview the site: build, serve output/ on loopback, rebuild and reload the browser on change.

Each rebuild runs Pelican in a fresh process, so edits to plugins and settings take effect too
(Pelican's signal receivers would otherwise stay connected to the old code). A failed rebuild
leaves the last good site in place (tools/build.py), so the preview keeps serving it.
"""

import argparse
import functools
import subprocess
import sys
from pathlib import Path

from livereload import Server

ROOT = Path(__file__).resolve().parent.parent
WATCHED = ["theme", "plugins", "pelican.conf.py"]  # and the content folder


def build(content: Path, output: Path) -> bool:
    """Build `content` into `output`; on failure say so and keep serving the last site."""
    command = [sys.executable, str(ROOT / "tools" / "build.py"), str(content), "-o", str(output)]
    command += ["-s", str(ROOT / "pelican.conf.py"), "--fatal", "warnings"]
    # The reload script livereload injects is inline: relax the pages' policy, here only.
    command += ["-e", "LIVE_RELOAD=true"]
    result = subprocess.run(command, cwd=ROOT, check=False)
    if result.returncode != 0:
        print("serve: the build failed (see above); still serving the last good site.")
    return result.returncode == 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--content", type=Path, default=ROOT / "content")
    parser.add_argument("--output", type=Path, default=ROOT / "output")
    args = parser.parse_args()
    content, output = args.content.resolve(), args.output.resolve()

    rebuild = functools.partial(build, content, output)
    rebuild()
    server = Server()
    for path in [content, *(ROOT / name for name in WATCHED)]:
        server.watch(str(path), rebuild, delay=0.5)
    server.serve(root=str(output), host=args.host, port=args.port, open_url_delay=None)


if __name__ == "__main__":
    main()
