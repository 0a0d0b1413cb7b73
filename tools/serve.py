"""Preview the site: build, serve output/ on loopback, rebuild and reload the browser on change.

Each rebuild runs Pelican in a fresh process, so edits to plugins and settings take effect too
(Pelican's signal receivers would otherwise stay connected to the old code). A failed rebuild
leaves the last good site in place (tools/build.py), so the preview keeps serving it.

Rebuilds after an edit to the content reuse Pelican's content cache (and the people linker's), so
only what changed is read and linked again. Pelican's cache does not notice changed settings,
templates or plugins, so the first build and every rebuild after such a change start afresh.
"""

import argparse
import functools
import subprocess
import sys
from pathlib import Path

from livereload import Server

ROOT = Path(__file__).resolve().parent.parent
WATCHED = ["theme", "plugins", "pelican.conf.py"]  # and the content folder, with the cache


def build(content: Path, output: Path, cache: Path, reuse: bool) -> bool:
    """Build `content` into `output`; on failure say so and keep serving the last site."""
    command = [sys.executable, str(ROOT / "tools" / "build.py"), str(content), "-o", str(output)]
    command += ["-s", str(ROOT / "pelican.conf.py"), "--fatal", "warnings"]
    # The reload script livereload injects is inline: relax the pages' policy, here only.
    command += ["-e", "LIVE_RELOAD=true"]
    cache_settings = f"CACHE_CONTENT=true LOAD_CONTENT_CACHE={str(reuse).lower()}"
    command += [*cache_settings.split(), "--cache-path", str(cache)]
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
    parser.add_argument("--cache", type=Path, default=ROOT / "cache", help="Pelican's CACHE_PATH")
    args = parser.parse_args()
    content, output = args.content.resolve(), args.output.resolve()

    rebuild = functools.partial(build, content, output, args.cache.resolve())
    rebuild(reuse=False)
    server = Server()
    server.watch(str(content), functools.partial(rebuild, reuse=True), delay=0.5)
    for path in (ROOT / name for name in WATCHED):
        server.watch(str(path), functools.partial(rebuild, reuse=False), delay=0.5)
    server.serve(root=str(output), host=args.host, port=args.port, open_url_delay=None)


if __name__ == "__main__":
    main()
