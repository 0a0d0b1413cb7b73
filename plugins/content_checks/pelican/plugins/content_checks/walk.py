"""The content files Pelican will read: the same folders, extensions and ignore patterns, symlinked
folders followed as Pelican follows them, and loops reported instead of walked forever."""

from __future__ import annotations

import fnmatch
import os
from collections.abc import Iterable
from pathlib import Path

from rights_brief_common.problems import Problem, shown


def content_files(
    root: Path, folders: Iterable[str], extensions: Iterable[str] | None, ignores: Iterable[str]
) -> tuple[list[Path], list[Problem]]:
    """Every file under `folders` that a Pelican reader takes (any file when `extensions` is
    None), and a problem per symlink loop."""
    suffixes = None if extensions is None else {f".{extension}" for extension in extensions}
    ignores = list(ignores)
    found: dict[Path, None] = {}
    problems: list[Problem] = []
    for folder in folders:
        for directory, subfolders, names in os.walk(root / folder, followlinks=True):
            subfolders[:] = sorted(d for d in subfolders if not _ignored(d, ignores))
            problems.extend(_prune_loops(Path(directory), subfolders))
            for name in sorted(names):
                path = Path(directory, name)
                wanted = suffixes is None or path.suffix.lower() in suffixes
                if wanted and not _ignored(name, ignores):
                    found[path] = None
    return list(found), problems


def _ignored(name: str, ignores: list[str]) -> bool:
    return any(fnmatch.fnmatch(name, pattern) for pattern in ignores)


def _prune_loops(directory: Path, subfolders: list[str]) -> list[Problem]:
    """Drop symlinked subfolders that lead back to a folder above them (Pelican would loop)."""
    here = directory.resolve()
    problems = []
    for name in list(subfolders):
        link = directory / name
        if link.is_symlink() and (here == link.resolve() or link.resolve() in here.parents):
            subfolders.remove(name)
            problem = f"is a symbolic link to {shown(link.resolve())}, a folder that holds it"
            fix = "remove the link or point it at a folder outside this one (Pelican would loop)"
            problems.append(Problem(shown(link), None, problem, fix))
    return problems
