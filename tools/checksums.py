"""Write SHA256SUMS over every file of a built site, so a mirror can prove its copy is faithful.

The file has the format of `sha256sum`, with paths relative to the site's root, sorted, so that
`cd output && sha256sum -c SHA256SUMS` checks a copy and two identical builds give identical sums.
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

SUMS = "SHA256SUMS"
SKIPPED = {SUMS, f"{SUMS}.asc", f"{SUMS}.sig", f"{SUMS}.minisig"}


def file_digest(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 16), b""):
            digest.update(block)
    return digest.hexdigest()


def site_files(site: Path) -> list[str]:
    """Every file under `site` as a relative POSIX path, in plain string order."""
    return sorted(p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file())


def checksum_lines(site: Path) -> list[str]:
    files = [name for name in site_files(site) if name not in SKIPPED]
    return [f"{file_digest(site / name)}  {name}" for name in files]


def write_checksums(site: Path) -> Path:
    target = site / SUMS
    target.write_text("\n".join(checksum_lines(site)) + "\n", encoding="utf-8")
    return target


if __name__ == "__main__":
    print(write_checksums(Path(sys.argv[1] if len(sys.argv) > 1 else "output")))
