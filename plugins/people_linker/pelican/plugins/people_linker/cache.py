"""Keep each fragment's linking between builds, so a warm rebuild links only what changed.

Pelican's content cache (CACHE_CONTENT, LOAD_CONTENT_CACHE) skips reading unchanged files, but
the linker runs on every page of every build. With the same settings: a fragment's result is kept
under a digest of its HTML and of how it is linked, the whole file under a fingerprint of
everything else linking depends on (the profiles' names, PEOPLE_LINKER, this package's code).
A changed profile or setting starts afresh; the index is built only when a fragment must be linked.
"""

from __future__ import annotations

import hashlib
import logging
import os
import pickle
import tempfile
from collections.abc import Callable
from dataclasses import astuple
from functools import cache
from pathlib import Path

from .index import Index
from .link import Mention, Result
from .names import Person
from .settings import Config

logger = logging.getLogger(__name__)
PREFIX = "people linker:"
FILENAME = "people_linker.pickle"
FORMAT = 1  # raise when what is stored changes shape


def fingerprint(people: list[Person], config: Config) -> str:
    """What every result depends on besides its own fragment."""
    digest = hashlib.blake2b(digest_size=20)
    for part in (str(FORMAT), _code_digest(), repr(config), *sorted(map(repr, people))):
        digest.update(part.encode("utf-8", "surrogatepass") + b"\0")
    return digest.hexdigest()


@cache
def _code_digest() -> str:
    """This package's source: a new version of the linker may link differently."""
    digest = hashlib.blake2b(digest_size=20)
    for path in sorted(Path(__file__).parent.glob("*.py")):
        digest.update(path.read_bytes())
    return digest.hexdigest()


def fragment_key(html: str, *how: object) -> str:
    digest = hashlib.blake2b(html.encode("utf-8", "surrogatepass"), digest_size=20)
    digest.update(repr(how).encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


class LinkCache:
    """Results kept from the last build with the same fingerprint (none when caching is off)."""

    def __init__(self, settings: dict, people: list[Person], config: Config) -> None:
        self.path = Path(settings.get("CACHE_PATH") or "cache") / FILENAME
        self.saving = bool(settings.get("CACHE_CONTENT"))
        loading = bool(settings.get("LOAD_CONTENT_CACHE"))
        self.fingerprint = fingerprint(people, config) if self.saving or loading else ""
        stored = self._load() if loading else {}
        self._old: dict[str, tuple] = stored.get("results", {})
        self._index_blob: bytes | None = stored.get("index")
        self.ambiguous: list[str] | None = stored.get("ambiguous")
        self._new: dict[str, tuple] = {}
        self.hits = 0

    @property
    def warm(self) -> bool:
        """The stored index is this build's: its profiles passed every check last time."""
        return self._index_blob is not None and self.ambiguous is not None

    def stored_index(self) -> Index:
        return pickle.loads(self._index_blob)  # our own file, written by save()

    def result(self, html: str, how: tuple, link: Callable[[], Result]) -> Result:
        """The stored result for `html` linked `how`, or a new one from `link()`."""
        if not (self.saving or self._old):
            return link()
        key = fragment_key(html, *how)
        packed = self._old.get(key)
        if packed is None:
            found = link()
            packed = _pack(found, html) if self.saving else None
        else:
            found = _unpack(packed, html)
            self.hits += 1
        if self.saving:
            self._new[key] = packed
        return found

    def save(self, index: Index | None) -> None:
        """Write this build's results (only those used, so the file never grows stale)."""
        if not self.saving or (index is None and not self.warm):
            return
        stored = {
            "format": FORMAT,
            "fingerprint": self.fingerprint,
            "index": self._index_blob or pickle.dumps(index, pickle.HIGHEST_PROTOCOL),
            "ambiguous": self.ambiguous if self.warm else list(index.ambiguous),
            "results": self._new,
        }
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            _write_atomically(self.path, stored)
        except OSError as error:
            logger.warning("%s could not save its cache %s (%s)", PREFIX, self.path, error)

    def _load(self) -> dict:
        try:
            with self.path.open("rb") as file:
                stored = pickle.load(file)
        except FileNotFoundError:
            return {}
        except Exception as error:  # a damaged cache only costs a full relink
            logger.warning("%s ignored its unreadable cache %s (%s)", PREFIX, self.path, error)
            return {}
        ok = isinstance(stored, dict) and stored.get("format") == FORMAT
        return stored if ok and stored.get("fingerprint") == self.fingerprint else {}


def _pack(result: Result, html: str) -> tuple:
    """Plain tuples pickle several times faster than dataclasses; unchanged HTML is not stored."""
    return (
        None if result.html is html else result.html,
        tuple(astuple(mention) for mention in result.mentions),
        tuple(astuple(mention) for mention in result.misses),
    )


def _unpack(packed: tuple, html: str) -> Result:
    linked, mentions, misses = packed
    return Result(
        html if linked is None else linked,
        [Mention(*mention) for mention in mentions],
        [Mention(*mention) for mention in misses],
    )


def _write_atomically(path: Path, stored: dict) -> None:
    """A build stopped while saving leaves the previous file, never half of one."""
    with tempfile.NamedTemporaryFile("wb", dir=path.parent, prefix=".tmp-", delete=False) as file:
        try:
            pickle.dump(stored, file, pickle.HIGHEST_PROTOCOL)
        except BaseException:
            os.unlink(file.name)
            raise
    os.replace(file.name, path)
