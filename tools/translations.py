"""`make translations`: extract the theme's interface strings into messages.pot, update every
catalog from it, and list what each language still lacks (untranslated or fuzzy entries).

The catalogs are theme/translations/<lang>/LC_MESSAGES/messages.po; the build reads them as
they are, so there is nothing to compile. `--check` exits 1 when any entry is missing.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import DEFAULT_KEYWORDS, extract_from_dir
from babel.messages.frontend import parse_mapping_cfg
from babel.messages.pofile import read_po, write_po

THEME = Path(__file__).resolve().parent.parent / "theme"
CATALOGS = THEME / "translations"
TEMPLATE = CATALOGS / "messages.pot"
WIDTH = 100


def extract(theme: Path = THEME) -> Catalog:
    """Every {% trans %} and _() in the theme's templates, as babel.cfg says, in a stable order."""
    with (theme / "babel.cfg").open(encoding="utf-8") as file:
        method_map, options_map = parse_mapping_cfg(file)
    template = Catalog(fuzzy=False)
    keywords = {**DEFAULT_KEYWORDS, "in_language": (1,)}  # the theme's in_language(msg, lang)
    found = extract_from_dir(theme, method_map, options_map, keywords=keywords)
    for path, _line, message, comments, context in found:
        template.add(message, None, [(path, None)], auto_comments=comments, context=context)
    return template


def update(template: Catalog, path: Path) -> None:
    """Bring one catalog in line with the template; keep its header, drop obsolete entries."""
    with path.open("rb") as file:
        catalog = read_po(file)
    dates = catalog.creation_date, catalog.revision_date
    catalog.update(template, no_fuzzy_matching=True)
    catalog.creation_date, catalog.revision_date = dates
    write(catalog, path)


def write(catalog: Catalog, path: Path, **options: bool) -> None:
    with path.open("wb") as file:
        write_po(file, catalog, width=WIDTH, sort_output=True, ignore_obsolete=True, **options)


def extract_and_update(theme: Path = THEME) -> None:
    """What the templates say, in messages.pot and every catalog."""
    template = extract(theme)
    folder = theme / "translations"
    write(template, folder / "messages.pot", omit_header=True)
    for path in sorted(folder.glob("*/LC_MESSAGES/messages.po")):
        update(template, path)


def missing(template: Path, folder: Path) -> dict[str, list[str]]:
    """Per language, the template's msgids that its catalog leaves empty or fuzzy."""
    with template.open("rb") as file:
        wanted = [message.id for message in read_po(file) if message.id]
    found: dict[str, list[str]] = {}
    for path in sorted(folder.glob("*/LC_MESSAGES/messages.po")):
        with path.open("rb") as file:
            catalog = read_po(file)
        lacking = []
        for msgid in wanted:
            message = catalog.get(msgid)
            strings = message.string if message else ""
            done = all(strings) if isinstance(strings, tuple) else bool(strings)
            if message is None or message.fuzzy or not done:
                lacking.append(msgid if isinstance(msgid, str) else msgid[0])
        found[path.parts[-3]] = lacking
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if anything is missing")
    args = parser.parse_args(argv)
    extract_and_update()
    report = missing(TEMPLATE, CATALOGS)
    for lang, lacking in report.items():
        print(f"{lang}: {len(lacking)} untranslated")
        for msgid in lacking:
            print(f"  {msgid}")
    return 1 if args.check and any(report.values()) else 0


if __name__ == "__main__":
    sys.exit(main())
