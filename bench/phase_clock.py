"""A bench-only Pelican plugin: the CPU time a build has spent when reading ends, when writing
begins and when it ends, so that the bench can tell a plugin's own phase from the reading every
build does.

Reading is about 85% of a build at 5,000 updates and varies by a few seconds between two builds
of one site; the people linker works between the two marks, in Pelican's
`all_generators_finalized`. `bench/run.py` lists this plugin first in every variant (plain
included), so that its mark comes before any other plugin's receiver of that signal, and passes
the file to write as the setting BENCH_PHASES_FILE.
"""

from __future__ import annotations

import json
import time

from pelican import signals

_MARKS: dict[str, float] = {}


def read_done(generators: list) -> None:
    """Reading ends: every generator has its content (the first receiver of the signal)."""
    _MARKS["read"] = time.process_time()


def writing_starts(pelican: object) -> None:
    """Pelican asks for its writer once every `all_generators_finalized` receiver has run."""
    _MARKS["writer"] = time.process_time()


def written(pelican: object) -> None:
    """Pelican has written everything (the first receiver of `finalized`); what the process
    spends after this is the other plugins' `finalized` receivers and its exit."""
    path = pelican.settings.get("BENCH_PHASES_FILE")
    if path:
        marks = {
            "read": _MARKS["read"],
            "finalize": _MARKS["writer"] - _MARKS["read"],
            "write": time.process_time() - _MARKS["writer"],
        }
        with open(path, "w", encoding="utf-8") as out:
            json.dump(marks, out)


def register() -> None:
    signals.all_generators_finalized.connect(read_done)
    signals.get_writer.connect(writing_starts)
    signals.finalized.connect(written)
