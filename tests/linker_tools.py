"""What the linker's tests share: the Tsikhanouski couple, Putin and Lukashenko (Belarusian and
Russian names), the link the linker writes, and `make links` run on a fixture site."""

from __future__ import annotations

import subprocess
import sys
from functools import partial
from pathlib import Path

from pelican.plugins.people_linker.names import Person
from site_tools import FIXTURES, ROOT

SVIATLANA = Person(
    "people/sviatlana.md",
    "Sviatlana Tsikhanouskaya",
    (("be", "Святлана Ціханоўская"), ("ru", "Светлана Тихановская")),
)
SIARHEI = Person(
    "people/siarhei.md",
    "Siarhei Tsikhanouski",
    (("be", "Сяргей Ціханоўскі"), ("ru", "Сергей Тихановский")),
)
PUTIN = Person("people/putin.md", "Vladimir Putin", (("ru", "Владимир Путин"),))
LUKASHENKA = Person(
    "people/lukashenka.md",
    "Alexander Lukashenko",
    (("be", "Аляксандр Лукашэнка"), ("ru", "Александр Лукашенко")),
)


def a(person: str, text: str) -> str:
    """The link the linker writes around `text` for people/<person>.md."""
    return f'<a class="app-person-link" href="{{filename}}/people/{person}.md">{text}</a>'


# Short, for tables of expected links: Putin's, Lukashenko's, Siarhei's, Sviatlana's and
# Blinken's link around a text.
PU, LU = partial(a, "putin"), partial(a, "lukashenka")
SI, SV, BL = partial(a, "siarhei"), partial(a, "sviatlana"), partial(a, "blinken")


def write_settings(tmp_path: Path, linker: dict | None = None) -> Path:
    """A settings file like the real one, with the linker on, for command-line builds."""
    settings = tmp_path / "conf.py"
    settings.write_text(
        # Loaded with runpy, as publish.conf.py does: pelican.conf.py finds the theme's filters
        # from its own __file__.
        f"import runpy\nconf = runpy.run_path({str(ROOT / 'pelican.conf.py')!r})\n"
        "globals().update({key: value for key, value in conf.items() if key.isupper()})\n"
        f"PAGE_PATHS = ['pages', 'people']\nPLUGINS = ['people_linker']\n"
        f"THEME = {str(ROOT / 'theme')!r}\n"
        f"THEME_TEMPLATES_OVERRIDES = [{str(FIXTURES / 'people_site_templates')!r}]\n"
        + (f"PEOPLE_LINKER = {linker!r}\n" if linker else ""),
        encoding="utf-8",
    )
    return settings


def make_links(content: Path, settings: Path, work: Path) -> subprocess.CompletedProcess:
    """Run `make links`' command on a fixture site from `work`."""
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "pelican.plugins.people_linker.cli",
            "--content",
            str(content),
            "--settings",
            str(settings),
        ],
        cwd=work,
        env={"PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        check=False,
    )
