"""`make links`: build the site into a temporary folder and print the editor's report.

Nothing is written into output/: the build goes to a folder that is deleted afterwards.
"""

from __future__ import annotations

import argparse
import logging
import sys
import tempfile
from pathlib import Path

from pelican import Pelican
from pelican.settings import read_settings
from rights_brief_common.problems import ProblemError

from .pipeline import LAST_REPORT
from .settings import linker_config


def report_settings(conf: str, content: str, scratch: Path) -> dict:
    """The site's settings, with the linker on, its report on and the output in `scratch`."""
    settings = read_settings(
        conf,
        override={
            "PATH": str(Path(content).resolve()),
            "OUTPUT_PATH": str(scratch / "output"),
            "CACHE_PATH": str(scratch / "cache"),
            "LOAD_CONTENT_CACHE": False,
            "PEOPLE_LINKER_REPORT": True,
        },
    )
    plugins = settings["PLUGINS"]  # None: Pelican loads every installed plugin, this one too
    named = {getattr(plugin, "__name__", plugin) for plugin in plugins or []}
    if plugins is not None and not named & {"people_linker", "pelican.plugins.people_linker"}:
        settings["PLUGINS"] = [*plugins, "people_linker"]
    folder = linker_config(settings).folder
    if folder not in settings["PAGE_PATHS"]:
        settings["PAGE_PATHS"] = [*settings["PAGE_PATHS"], folder]
    return settings


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--settings", default="pelicanconf.py")
    parser.add_argument("--content", default="content")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)
    with tempfile.TemporaryDirectory(prefix="people-linker-") as scratch:
        try:
            Pelican(report_settings(args.settings, args.content, Path(scratch))).run()
        except ProblemError as error:  # the linker's, or any check's that runs first
            print(error, file=sys.stderr)
            return 1
    print(LAST_REPORT[0].render() if LAST_REPORT else "people linker: nothing to report")
    return 0


if __name__ == "__main__":
    sys.exit(main())
