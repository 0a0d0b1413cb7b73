"""Outbound links on a minimal site with Pelican's default theme."""

from pathlib import Path

from bs4 import BeautifulSoup
from site_tools import build_plain_site


def test_links_to_other_sites_get_rel_and_local_ones_do_not(tmp_path: Path) -> None:
    page = "Title: About\n\n[Out](https://example.org/) and [in](/pages/about.html).\n"
    output = build_plain_site(tmp_path, {"pages/about.md": page}, PLUGINS=["outbound_links"])
    html = BeautifulSoup((output / "pages" / "about.html").read_text("utf-8"), "html.parser")
    out, local = html.find("a", string="Out"), html.find("a", string="in")
    assert out["rel"] == ["noopener", "noreferrer"]
    assert local.get("rel") is None
