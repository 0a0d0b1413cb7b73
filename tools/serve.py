"""Preview the site: build, serve output/ on loopback, rebuild and reload the browser on change.

Each rebuild runs tools/build.py in a fresh process, so edits to plugins and settings take effect
too (Pelican's signal receivers would otherwise stay connected to the old code), and it goes
through the same checks, lock and atomic swap as `make html`. A failed rebuild leaves the last
good site in place; the preview keeps serving it, with the failed build's problems on top of
every page (tools/preview_app.py), and the terminal shows them too.

`--no-server` only rebuilds on change (`make regenerate`).

Rebuilds after an edit to the content reuse Pelican's content cache (and the people linker's), so
only what changed is read and linked again. Pelican's cache does not notice changed settings,
templates or plugins, so the first build and every rebuild after such a change start afresh.
"""

import argparse
import functools
import subprocess
import sys
import time
from pathlib import Path

from livereload import Server
from livereload.handlers import LiveReloadHandler
from livereload.watcher import Watcher

# Our sibling modules, after what is already on the path: tools/brief.py must not hide the
# brief plugin from a process that imports this module.
if str(Path(__file__).resolve().parent) not in sys.path:
    sys.path.append(str(Path(__file__).resolve().parent))
from preview_app import PreviewApp

ROOT = Path(__file__).resolve().parent.parent
WATCHED = ["theme", "plugins", "pelican.conf.py"]  # and the content folder, with the cache


def build(content: Path, output: Path, cache: Path, app: PreviewApp, reuse: bool) -> bool:
    """Build `content` into `output`; on failure say so, and keep serving the last site."""
    command = [sys.executable, str(ROOT / "tools" / "build.py"), str(content), "-o", str(output)]
    command += ["-s", str(ROOT / "pelican.conf.py"), "--fatal", "warnings"]
    cache_settings = f"CACHE_CONTENT=true LOAD_CONTENT_CACHE={str(reuse).lower()}"
    command += ["-e", *cache_settings.split(), "--cache-path", str(cache)]
    result = subprocess.run(command, cwd=ROOT, check=False, stderr=subprocess.PIPE, text=True)
    sys.stderr.write(result.stderr)
    app.failure = result.stderr if result.returncode != 0 else ""
    if result.returncode != 0:
        print("serve: the build failed (see above); still serving the last good site.", flush=True)
    return result.returncode == 0


def reloaded(rebuild: functools.partial, reuse: bool) -> None:
    """Rebuild, then reload the open pages at once. livereload drops a reload that comes within
    2.5 s of the last one, so an edit saved right after another would leave the page as it was:
    a failed build's problems would not show until the next edit."""
    rebuild(reuse=reuse)
    LiveReloadHandler.reload_waiters()


def watch(watcher: object, content: Path, rebuild: functools.partial) -> None:
    watcher.watch(str(content), functools.partial(rebuild, reuse=True), delay=0.5)
    for path in (ROOT / name for name in WATCHED):
        watcher.watch(str(path), functools.partial(rebuild, reuse=False), delay=0.5)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--content", type=Path, default=ROOT / "content")
    parser.add_argument("--output", type=Path, default=ROOT / "output")
    parser.add_argument("--cache", type=Path, default=ROOT / "cache", help="Pelican's CACHE_PATH")
    parser.add_argument("--no-server", action="store_true", help="only rebuild on change")
    args = parser.parse_args()
    content, output = args.content.resolve(), args.output.resolve()
    app = PreviewApp(output)
    rebuild = functools.partial(build, content, output, args.cache.resolve(), app)
    rebuild(reuse=False)
    if args.no_server:
        watcher = Watcher()
        watch(watcher, content, rebuild)
        while True:
            watcher.examine()
            time.sleep(0.5)
    server = Server(app)
    watch(server, content, functools.partial(reloaded, rebuild))
    server.serve(host=args.host, port=args.port, open_url_delay=None, debug=False)


if __name__ == "__main__":
    main()
