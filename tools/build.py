"""Build the site atomically: output/ is replaced only by a build that finished and passed its checks.

Pelican writes straight into its output folder, so a failure half-way would leave a broken site
where the last good one was. Here Pelican writes into a fresh folder beside output/; only when the
build succeeds are the two folders swapped in one atomic rename. A failed, interrupted or crashed
build leaves output/ exactly as it was and removes its own folder.

Usage: python tools/build.py [-s pelican.conf.py] [-o output] [--debug] [content]
"""

from __future__ import annotations

import argparse
import ctypes
import logging
import os
import shutil
import signal
import sys
import tempfile
import time
from pathlib import Path

from pelican import LOG_HANDLERS, get_instance, parse_arguments
from pelican.log import init as init_logging

sys.path.insert(0, str(Path(__file__).resolve().parent))
from checksums import write_checksums

logger = logging.getLogger("build")

BUILD_PREFIX = ".output-build-"
OLD_PREFIX = ".output-old-"
RENAME_EXCHANGE = 2  # linux/fs.h
AT_FDCWD = -100


class BuildInterrupted(BaseException):
    """Raised from a signal handler; a BaseException so that Pelican's handlers let it through."""


def exchange(a: Path, b: Path) -> bool:
    """Swap two paths in one atomic step (Linux renameat2); False where the system can't."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
    except (OSError, TypeError):  # Windows has no C library to load by name
        return False
    renameat2 = getattr(libc, "renameat2", None)
    if renameat2 is None:
        return False
    result = renameat2(AT_FDCWD, os.fsencode(a), AT_FDCWD, os.fsencode(b), RENAME_EXCHANGE)
    return result == 0


def replace_output(built: Path, output: Path) -> None:
    """Put the finished build in place of output/, keeping the old one until the swap is done."""
    if not output.exists():
        os.rename(built, output)
        return
    if exchange(built, output):
        shutil.rmtree(built)  # `built` now holds the previous site
        return
    old = Path(tempfile.mkdtemp(prefix=OLD_PREFIX, dir=output.parent))
    os.rename(output, old / "site")
    os.rename(built, output)
    shutil.rmtree(old)


def remove_leftovers(parent: Path) -> None:
    """Remove folders a killed build (SIGKILL, power loss) could not clean up."""
    for prefix in (BUILD_PREFIX, OLD_PREFIX):
        for leftover in parent.glob(prefix + "*"):
            shutil.rmtree(leftover, ignore_errors=True)


def _interrupt(signum: int, frame: object) -> None:
    raise BuildInterrupted(signal.Signals(signum).name)


def explain(error: Exception) -> str:
    """What an editor reads: a plugin's problems one a line with a count, or the error itself.

    Our plugins raise exceptions with a `problems` list, each `path:LINE: problem — fix`.
    """
    problems = getattr(error, "problems", None)
    if problems:
        noun = "problem" if len(problems) == 1 else "problems"
        lines = [str(problem) for problem in problems]
        return "\n".join([*lines, f"{len(lines)} {noun} found; fix them and build again."])
    if str(error) == "Warning or error encountered":  # Pelican's --fatal: the log says what
        return "build: stopped at the first warning or error above."
    return f"build: {type(error).__name__}: {error}"


def run_pelican(argv: list[str], destination: Path) -> None:
    """Run Pelican as its own command line would, writing into `destination`."""
    if not any(arg.startswith("--log-handler") for arg in argv):
        argv = [*argv, "--log-handler", "plain"]  # whole lines: rich clips long messages
    args = parse_arguments([*argv, "--output", str(destination)])
    init_logging(
        level=args.verbosity,
        fatal=args.fatal,
        name="pelican",
        handler=LOG_HANDLERS[args.log_handler],
    )
    pelican, _settings = get_instance(args)
    pelican.run()


def build(argv: list[str], output: Path, debug: bool = False) -> int:
    """Build into a fresh folder and swap it in; return the exit status."""
    output = output.resolve()
    output.parent.mkdir(parents=True, exist_ok=True)
    remove_leftovers(output.parent)
    staging = Path(tempfile.mkdtemp(prefix=BUILD_PREFIX, dir=output.parent))
    previous = {sig: signal.signal(sig, _interrupt) for sig in (signal.SIGINT, signal.SIGTERM)}
    started = time.monotonic()
    try:
        run_pelican(argv, staging)
        write_checksums(staging)
        staging.chmod(0o755)  # mkdtemp makes it private; a published site must be readable
        replace_output(staging, output)
    except BuildInterrupted as interrupted:
        print(f"build: interrupted ({interrupted}); {output} is unchanged.", file=sys.stderr)
        return 130
    except Exception as error:
        if debug:
            raise
        print(explain(error), file=sys.stderr)
        print(f"build: failed; {output} is unchanged.", file=sys.stderr)
        return 1
    finally:
        shutil.rmtree(staging, ignore_errors=True)
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    print(f"build: {output} updated in {time.monotonic() - started:.1f} s.")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-o", "--output", default="output", type=Path)
    parser.add_argument("--debug", action="store_true", default=os.environ.get("DEBUG") == "1")
    known, pelican_argv = parser.parse_known_args(argv)
    if known.debug:
        pelican_argv.append("--debug")
    return build(pelican_argv, known.output, debug=known.debug)


if __name__ == "__main__":
    sys.exit(main())
