"""Drafts on a minimal site with Pelican's default theme."""

from pathlib import Path

from site_tools import build_plain_site

SITE = {
    "news.md": "Title: News\nDate: 2024-07-01\n\nPublished.\n",
    "embargo.md": "Title: Embargoed\nDate: 2024-07-02\nStatus: draft\n\nSecret.\n",
}


def test_a_draft_is_written_nowhere(tmp_path: Path) -> None:
    output = build_plain_site(tmp_path, SITE, PLUGINS=["drafts"])
    written = [path for path in output.rglob("*") if path.is_file()]
    assert any(path.name == "news.html" for path in written)
    assert not any("Secret" in path.read_text("utf-8", errors="replace") for path in written)
    assert not (output / "drafts").exists()
