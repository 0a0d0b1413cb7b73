"""Build the site atomically: output/ is replaced only by a build that finished and passed its checks.

Pelican writes straight into its output folder, so a failure half-way would leave a broken site
where the last good one was. Here Pelican writes into a fresh folder beside output/; only when the
build succeeds are the two folders swapped in one atomic rename. A failed, interrupted or crashed
build leaves output/ exactly as it was and removes its own folder.

Usage: python tools/build.py [-s pelican.conf.py] [-o output] [--debug] [content]
"""

from __future__ import annotations

import argparse
import contextlib
import ctypes
import logging
import os
import shutil
import signal
import sys
import tempfile
import time
from pathlib import Path

from pelican import LOG_HANDLERS, get_config, get_instance, parse_arguments
from pelican.log import init as init_logging
from pelican.settings import read_settings

# Our sibling modules (checksums, output_folder), after what is already on the path, so that
# none of tools/ hides an installed module of the same name.
if str(Path(__file__).resolve().parent) not in sys.path:
    sys.path.append(str(Path(__file__).resolve().parent))
from checksums import write_checksums
from output_folder import (
    FIX,
    exclusive,
    foreign,
    project_refusal,
    publishable_modes,
    refusal,
    remove_tree,
)
from rights_brief_common.problems import format_problems

logger = logging.getLogger("build")

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


class OldSiteLeft(Exception):
    """The new site is in place, but the previous one could not be removed."""


def prefixes(output: Path) -> tuple[str, str]:
    """Names of this output folder's staging and old-site folders, beside it."""
    return f".{output.name}-build-", f".{output.name}-old-"


def replace_output(built: Path, output: Path) -> None:
    """Put the finished build in place of output/, keeping the old one until the swap is done."""
    if not output.exists():
        os.rename(built, output)
        return
    if exchange(built, output):
        old = built  # `built` now holds the previous site
    else:
        old = Path(tempfile.mkdtemp(prefix=prefixes(output)[1], dir=output.parent))
        os.rename(output, old / "site")
        os.rename(built, output)
    try:
        remove_tree(old)
    except OSError as error:
        raise OldSiteLeft(f"the previous site could not be removed from {old} ({error})") from None


def remove_leftovers(output: Path) -> None:
    """Remove what killed builds (SIGKILL, power loss) left; only the lock holder calls this."""
    for prefix in prefixes(output):
        for leftover in output.parent.glob(prefix + "*"):
            with contextlib.suppress(OSError):
                remove_tree(leftover)


def _interrupt(signum: int, frame: object) -> None:
    raise BuildInterrupted(signal.Signals(signum).name)


def explain(error: Exception) -> str:
    """What an editor reads: a plugin's problems one a line with a count, or the error itself.

    Our plugins raise exceptions with a `problems` list, each `path:LINE: problem — fix`.
    """
    problems = getattr(error, "problems", None)
    if problems:
        return format_problems(problems)
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


def unsafe_output(argv: list[str], output: Path) -> str | None:
    """Why the build must not replace `output` with this command line's settings, or None."""
    args = parse_arguments(argv)
    config_file = Path(args.settings or "pelicanconf.py").resolve()
    settings = read_settings(str(config_file), override=get_config(args))
    guarded = {"content folder": Path(settings["PATH"]), "theme": Path(settings["THEME"])}
    # The plugins' sources (plugins/, installed editable) and any legacy PLUGIN_PATHS.
    plugin_folders = [config_file.parent / "plugins", *settings["PLUGIN_PATHS"]]
    for number, folder in enumerate(plugin_folders, start=1):
        guarded[f"plugin folder {number}"] = config_file.parent / folder
    guarded = {name: folder.resolve() for name, folder in guarded.items()}
    home = Path(os.environ["HOME"]).resolve() if os.environ.get("HOME") else None
    if os.path.ismount(output):
        return f"the output folder {output} is a mount point, which cannot be swapped atomically"
    return (
        project_refusal(output, config_file.parent)
        or refusal(output, guarded, home)
        or foreign(output)
    )


def build(argv: list[str], output: Path, debug: bool = False) -> int:
    """Build into a fresh folder and swap it in; return the exit status."""
    output = output.resolve()
    reason = unsafe_output(argv, output)
    if reason:
        print(f"build: refused: {reason} — {FIX}.", file=sys.stderr)
        return 2
    try:
        output.parent.mkdir(parents=True, exist_ok=True)
        with exclusive(output):
            return build_locked(argv, output, debug)
    except OSError as error:  # a read-only folder: the lock or the staging folder cannot be made
        where = error.filename or output.parent
        print(f"build: cannot write in {where} ({error.strerror}) — {FIX}.", file=sys.stderr)
        return 1


def build_locked(argv: list[str], output: Path, debug: bool) -> int:
    """Build while holding the output folder's lock: no other build stages or swaps meanwhile."""
    remove_leftovers(output)
    staging = Path(tempfile.mkdtemp(prefix=prefixes(output)[0], dir=output.parent))
    previous = {sig: signal.signal(sig, _interrupt) for sig in (signal.SIGINT, signal.SIGTERM)}
    started = time.monotonic()
    try:
        run_pelican(argv, staging)
        write_checksums(staging)
        publishable_modes(staging)  # mkdtemp makes it private; a published site must be readable
        replace_output(staging, output)
    except BuildInterrupted as interrupted:
        print(f"build: interrupted ({interrupted}); {output} is unchanged.", file=sys.stderr)
        return 130
    except OldSiteLeft as left:
        print(f"build: {output} updated, but {left} — remove it by hand.", file=sys.stderr)
        return 1
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
