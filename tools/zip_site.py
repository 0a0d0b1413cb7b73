"""Pack the local build (relative URLs) into brief-YYYY-MM-DD.zip, to open from disk or mirror.

Entries are sorted and stamped with one fixed time, so the same site always gives the same zip.
The date in the name is today's, or SOURCE_DATE_EPOCH's when that is set (reproducible builds).
"""

from __future__ import annotations

import argparse
import os
import time
import zipfile
from pathlib import Path

from checksums import site_files

EPOCH_1980 = (1980, 1, 1, 0, 0, 0)  # the earliest time a zip entry can hold


def release_date() -> time.struct_time:
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    return time.gmtime(int(epoch)) if epoch else time.gmtime()


def zip_site(site: Path, destination: Path, folder: str) -> Path:
    """Write every file under `site` into `destination`, inside one top folder."""
    with zipfile.ZipFile(destination, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name in site_files(site):
            entry = zipfile.ZipInfo(f"{folder}/{name}", EPOCH_1980)
            entry.external_attr = 0o644 << 16
            entry.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(entry, (site / name).read_bytes())
    return destination


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site", nargs="?", default="output", type=Path)
    parser.add_argument("--prefix", default="brief")
    args = parser.parse_args()
    name = f"{args.prefix}-{time.strftime('%Y-%m-%d', release_date())}"
    print(zip_site(args.site, Path(f"{name}.zip"), name))


if __name__ == "__main__":
    main()
