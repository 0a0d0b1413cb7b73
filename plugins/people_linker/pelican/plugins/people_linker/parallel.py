"""Link a large build's fragments on two cores: a forked copy of this process links the later
half while this one links the earlier half.

Pelican reads and writes on one core, and the linker's own phase is time the build spends on it
alone. Forked once the index is built, the child has the index and the fragments without copying
them; it sends its results back through a pipe in the link cache's packed form, and this process
reaps it, so the build's CPU time still counts both halves. A result is `link_fragment`'s
whichever process computed it. Where fork is missing (Windows), a thread of C code runs (forking
it is unsafe), the build is small, or the child fails, this process links every fragment
itself, as it always did.
"""

from __future__ import annotations

import os
import pickle
import signal
import threading
import warnings
from collections.abc import Callable, Hashable

from .cache import pack, unpack
from .link import Result

# Below about this much HTML (a few hundred updates) a fork costs more than it saves.
MIN_CHARS = 2_000_000

Job = tuple[Hashable, str, Callable[[], Result]]  # (key, html, how to link it)


class Split:
    """Fragments handed to a child process, each asked for by its key when its turn comes."""

    def __init__(self, jobs: list[Job], min_chars: int | None = None) -> None:
        self._pid = self._pipe = None
        self._theirs: set[Hashable] = set()
        self._results: dict[Hashable, tuple] | None = None
        later = _later_half(jobs, MIN_CHARS if min_chars is None else min_chars)
        if later and _can_fork():
            self._fork(later)

    @property
    def forked(self) -> bool:
        return bool(self._theirs)

    def result(self, key: Hashable, html: str, link: Callable[[], Result]) -> Result:
        """The child's result for `key` if it linked `html`, else `link()`."""
        if key in self._theirs:
            packed = self._collected().get(key)
            if packed is not None and packed[0] == html:
                return unpack(packed[1], html)
        return link()

    def close(self) -> None:
        """Reap the child, whether its results were used or not (the build may have stopped)."""
        if self._pid is not None and self._results is None:
            os.kill(self._pid, signal.SIGKILL)
            os.close(self._pipe)
            self._results = {}
            self._reap()

    def _fork(self, later: list[Job]) -> None:
        read, write = os.pipe()
        with warnings.catch_warnings():  # Python 3.12+ warns of any thread; see _can_fork
            warnings.simplefilter("ignore", DeprecationWarning)
            pid = os.fork()
        if pid == 0:  # the child: link, send, and leave without running the parent's exit code
            os.close(read)
            status = 1
            try:
                results = {key: (html, pack(link(), html)) for key, html, link in later}
                with os.fdopen(write, "wb") as pipe:
                    pickle.dump(results, pipe, pickle.HIGHEST_PROTOCOL)
                status = 0
            finally:
                os._exit(status)
        os.close(write)
        self._pid, self._pipe = pid, read
        self._theirs = {key for key, _, _ in later}

    def _collected(self) -> dict[Hashable, tuple]:
        if self._results is None:
            try:
                with os.fdopen(self._pipe, "rb") as pipe:
                    data = pipe.read()
                self._results = pickle.loads(data) if self._reap() == 0 else {}
            except Exception:  # a child that failed: this process links its half
                self._results = {}
                self._reap()
        return self._results

    def _reap(self) -> int:
        if self._pid is None:
            return -1
        _, status = os.waitpid(self._pid, 0)
        self._pid = None
        return os.waitstatus_to_exitcode(status)


def _later_half(jobs: list[Job], min_chars: int) -> list[Job]:
    """The jobs after the one where half of all the HTML has gone by; none for a small build."""
    sizes = [len(html) for _, html, _ in jobs]
    total = sum(sizes)
    if total < min_chars or len(jobs) < 2:
        return []
    seen = 0
    for number, size in enumerate(sizes):
        seen += size
        if seen * 2 >= total:
            return jobs[number + 1 :]
    return []


def _can_fork() -> bool:
    """fork exists, and every thread of this process is a Python thread (Linux lists them all;
    elsewhere only Python's are known). Pelican's own progress display runs one; the child uses
    nothing any such thread may hold (no console, no logging, no imports), and a thread of C
    code might hold something it does use."""
    if not hasattr(os, "fork"):
        return False
    try:
        return len(os.listdir("/proc/self/task")) == threading.active_count()
    except OSError:
        return True
