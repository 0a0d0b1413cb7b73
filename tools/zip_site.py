"""Pack the local build (relative URLs) into brief-YYYY-MM-DD.zip, to open from disk or mirror.

With --content, the site is first built into a temporary folder with the given settings (the
same checks and build as `make html`), so output/ (say, a published build) is never touched.
Entries are sorted and stamped with one fixed time, so the same site always gives the same zip.
The date in the name is today's, or SOURCE_DATE_EPOCH's when that is set (reproducible builds).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
import zipfile
from pathlib import Path

# Our sibling modules, after what is already on the path: tools/brief.py must not hide the
# brief plugin from a process that imports this module.
if str(Path(__file__).resolve().parent) not in sys.path:
    sys.path.append(str(Path(__file__).resolve().parent))
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


def build_and_zip(content: Path, settings: Path, destination: Path, folder: str) -> int:
    """Build `content` into a temporary folder and zip that; output/ stays as it is."""
    from build import build  # Pelican is imported only when a build is asked for

    with tempfile.TemporaryDirectory(prefix="brief-zip-") as scratch:
        site = Path(scratch) / "site"
        status = build([str(content), "-s", str(settings), "--fatal", "warnings"], site)
        if status == 0:
            zip_site(site, destination, folder)
    return status


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site", nargs="?", default="output", type=Path)
    parser.add_argument("--prefix", default="brief")
    parser.add_argument("--content", type=Path, help="build this content folder first")
    parser.add_argument("-s", "--settings", type=Path, default=Path("pelican.conf.py"))
    parser.add_argument("--into", type=Path, default=Path("."), help="folder for the zip")
    args = parser.parse_args()
    name = f"{args.prefix}-{time.strftime('%Y-%m-%d', release_date())}"
    destination = args.into / f"{name}.zip"
    if args.content is None:
        print(zip_site(args.site, destination, name))
        return 0
    status = build_and_zip(args.content, args.settings, destination, name)
    if status == 0:
        print(destination)
    return status


if __name__ == "__main__":
    sys.exit(main())
