"""The site guard on a minimal site with Pelican's default theme."""

from pathlib import Path

import pytest
from pelican.plugins.site_guard.site_guard import SiteGuardError
from site_tools import build_plain_site

# Pelican's default theme links to other sites without rel="noopener noreferrer".
SETTINGS = {"PLUGINS": ["site_guard"], "SITE_GUARD": {"outbound_rel": False}}


def test_a_plain_site_passes(tmp_path: Path) -> None:
    output = build_plain_site(tmp_path, {"pages/about.md": "Title: About\n\nText.\n"}, **SETTINGS)
    assert (output / "pages" / "about.html").is_file()


def test_a_third_party_image_stops_the_build(tmp_path: Path) -> None:
    page = 'Title: About\n\n<img src="https://tracker.example/p.png" alt="">\n'
    with pytest.raises(SiteGuardError, match=r"tracker\.example"):
        build_plain_site(tmp_path, {"pages/about.md": page}, **SETTINGS)


def test_the_default_theme_s_own_links_need_rel_unless_turned_off(tmp_path: Path) -> None:
    with pytest.raises(SiteGuardError, match="without rel"):
        build_plain_site(tmp_path, {"pages/a.md": "Title: A\n\nA.\n"}, PLUGINS=["site_guard"])


def test_a_misspelt_setting_stops_the_build_before_it_starts(tmp_path: Path) -> None:
    with pytest.raises(SiteGuardError) as error:
        build_plain_site(
            tmp_path,
            {"pages/a.md": "Title: A\n\nA.\n"},
            PLUGINS=["site_guard"],
            SITE_GUARD={"allowd_origins": []},
        )
    assert str(error.value) == (
        "your Pelican settings: SITE_GUARD has unknown key(s) allowd_origins (did you mean"
        " allowed_origins?) — remove or correct it; known keys: enabled, allowed_origins,"
        " outbound_rel"
    )
    assert not (tmp_path / "output").exists()
