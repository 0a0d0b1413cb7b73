"""The output folder belongs to the build: which folders it may replace, one build at a time.

The build replaces the whole output folder, so it must never be the content, the project, the
theme or plugins, the home folder, or a folder of someone else's files. SHA256SUMS, written by
every build (and published with the site, so no extra file is), marks a folder the build made. A lock file beside the
output folder lets one build at a time stage and swap it in.
"""

from __future__ import annotations

import fcntl
import os
import shutil
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

MARKER = "SHA256SUMS"  # tools/checksums.py writes it into every build
FIX = "choose a folder of its own: OUTPUTDIR=output for make, -o output for tools/build.py"


def is_within(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents


def refusal(output: Path, guarded: dict[str, Path], home: Path | None) -> str | None:
    """Why the build may not replace `output`, or None.

    `guarded` names folders the output may neither be, nor contain, nor lie inside (content,
    theme, plugins); the project root and $HOME may hold the output, but not be it or lie in it.
    """
    for name, folder in guarded.items():
        if is_within(output, folder) or is_within(folder, output):
            relation = (
                "is"
                if output == folder
                else "contains"
                if output in folder.parents
                else "is inside"
            )
            return f"the output folder {output} {relation} the {name} ({folder})"
    if home is not None and is_within(home, output):
        return f"the output folder {output} is or contains your home folder ({home})"
    return None


def project_refusal(output: Path, project: Path) -> str | None:
    if is_within(project, output):
        return f"the output folder {output} is or contains the project folder ({project})"
    return None


def foreign(output: Path) -> str | None:
    """Why `output` is not a folder a build made (non-empty, without the marker), or None."""
    if not output.exists():
        return None
    if not output.is_dir():
        return f"the output folder {output} is a file"
    if (output / MARKER).is_file():
        return None
    if any(output.iterdir()):
        return f"the output folder {output} holds files that no build made (no {MARKER} in it)"
    return None


def publishable_modes(site: Path) -> None:
    """Readable by all, writable by the owner, whatever the umask (077 would give 600)."""
    site.chmod(0o755)
    for directory, subfolders, files in os.walk(site):
        for name in subfolders:
            os.chmod(os.path.join(directory, name), 0o755)
        for name in files:
            os.chmod(os.path.join(directory, name), 0o644)


def lock_path(output: Path) -> Path:
    return output.parent / f".{output.name}.lock"


@contextmanager
def exclusive(output: Path) -> Iterator[None]:
    """Hold the output folder's lock; a second build waits here, saying so."""
    with lock_path(output).open("a") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            print(f"build: another build of {output} is running; waiting for it.", file=sys.stderr)
            fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def remove_tree(folder: Path) -> None:
    """Remove a folder the build owns, even where its files were made read-only."""
    for directory, _subfolders, _files in os.walk(folder):
        if not os.access(directory, os.W_OK | os.X_OK):
            os.chmod(directory, 0o700)
    shutil.rmtree(folder)
