"""Publish files on a minimal site with Pelican's default theme."""

from pathlib import Path

import pytest
from rights_brief_common.problems import ProblemError
from site_tools import build_plain_site


def test_a_published_site_gets_its_sitemap_robots_and_headers(tmp_path: Path) -> None:
    output = build_plain_site(
        tmp_path,
        {"pages/about.md": "Title: About\n\nText.\n"},
        PLUGINS=["publish_files"],
        SITEURL="https://brief.example",
        CONTENT_SECURITY_POLICY="default-src 'none'",
    )
    assert "https://brief.example/pages/about.html" in (output / "sitemap.xml").read_text("utf-8")
    assert "Sitemap: https://brief.example/sitemap.xml" in (output / "robots.txt").read_text(
        "utf-8"
    )
    assert "default-src 'none'" in (output / "_headers").read_text("utf-8")


def test_a_relative_siteurl_stops_the_build(tmp_path: Path) -> None:
    with pytest.raises(ProblemError, match=r"SITEURL must be an absolute URL, not ''"):
        build_plain_site(
            tmp_path,
            {"pages/about.md": "Title: About\n\nText.\n"},
            PLUGINS=["publish_files"],
            CONTENT_SECURITY_POLICY="default-src 'none'",
        )


def test_every_missing_setting_is_named_before_the_build(tmp_path: Path) -> None:
    with pytest.raises(ProblemError) as error:
        build_plain_site(
            tmp_path, {"pages/about.md": "Title: About\n\nText.\n"}, PLUGINS=["publish_files"]
        )
    assert error.value.problems == [
        "your Pelican settings: SITEURL must be an absolute URL, not '' — set SITEURL to the"
        " site's address, e.g. https://brief.example.org",
        "your Pelican settings: publish_files needs CONTENT_SECURITY_POLICY — set it to the policy"
        " the host's headers send, e.g. CONTENT_SECURITY_POLICY = \"default-src 'none';"
        " style-src 'self'; img-src 'self'\"",
    ]
    assert not (tmp_path / "output").exists()
