"""The linker's own cache (warm rebuilds) and its release of Pelican's resolved copies."""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

import pytest
from pelican import signals
from pelican.contents import Content
from pelican.plugins.people_linker.cache import FILENAME
from pelican.plugins.people_linker.pipeline import LAST_REPORT
from pelican.plugins.people_linker.report import Report
from site_tools import FIXTURES, build_in_process, tree_digest

LINKER = {
    "PAGE_PATHS": ["pages", "people"],
    "PLUGINS": ["people_linker"],
    "THEME_TEMPLATES_OVERRIDES": [str(FIXTURES / "people_site_templates")],
}
CACHED = {"CACHE_CONTENT": True, "LOAD_CONTENT_CACHE": True}
UPDATE = Path("updates/2024-07-04-fixture-update.md")
# Fragments in the fixture: the content of its 8 pages and 1 update, and the update's summary.
FRAGMENTS = 10


def build(content: Path, output: Path, **settings: object) -> Report:
    LAST_REPORT.clear()
    build_in_process(content, output, **{**LINKER, **settings})
    [report] = LAST_REPORT
    return report


@pytest.fixture
def content(tmp_path: Path) -> Path:
    folder = tmp_path / "content"
    shutil.copytree(FIXTURES / "people_site", folder)
    return folder


def test_a_warm_rebuild_takes_every_fragment_from_the_cache(content: Path, tmp_path: Path) -> None:
    cold = build(content, tmp_path / "cold", **CACHED)
    warm = build(content, tmp_path / "warm", **CACHED)
    uncached = build(content, tmp_path / "uncached")
    assert (tmp_path / "cache" / FILENAME).is_file()
    assert (cold.cached, warm.cached, uncached.cached) == (0, FRAGMENTS, 0)
    assert warm.links == cold.links > 0
    assert tree_digest(tmp_path / "warm") == tree_digest(tmp_path / "cold")
    assert tree_digest(tmp_path / "uncached") == tree_digest(tmp_path / "cold")


def test_an_edited_page_alone_is_linked_again(content: Path, tmp_path: Path) -> None:
    build(content, tmp_path / "cold", **CACHED)
    update = content / UPDATE
    update.write_text(update.read_text(encoding="utf-8") + "\nRyhor Kastusiou too.\n", "utf-8")
    report = build(content, tmp_path / "warm", **CACHED)
    assert report.cached == FRAGMENTS - 1  # the summary did not change; the body did
    page = (tmp_path / "warm" / "updates" / "2024-07-04-fixture-update.html").read_text("utf-8")
    assert '<a class="app-person-link" href="../ryhor-kastusiou.html">Ryhor Kastusiou</a>' in page
    profile = (tmp_path / "warm" / "ryhor-kastusiou.html").read_text("utf-8")
    assert "Ryhor Kastusiou too." in profile  # the new backlink, with its sentence


def test_a_changed_profile_relinks_every_page(content: Path, tmp_path: Path) -> None:
    build(content, tmp_path / "cold", **CACHED)
    profile = content / "people" / "ryhor-kastusiou.md"
    text = profile.read_text(encoding="utf-8")
    profile.write_text(
        text.replace("Aliases: Grigory Kostusev", "Aliases: Lihor Kastusiov"), "utf-8"
    )
    report = build(content, tmp_path / "warm", **CACHED)
    assert report.cached == 0
    page = (tmp_path / "warm" / "updates" / "2024-07-04-fixture-update.html").read_text("utf-8")
    assert 'href="../ryhor-kastusiou.html">Lihor Kastusiov</a>' in page


def test_a_damaged_cache_is_ignored_with_a_warning(
    content: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    build(content, tmp_path / "cold", **CACHED)
    (tmp_path / "cache" / FILENAME).write_bytes(b"not a pickle")
    with caplog.at_level(logging.WARNING, logger="people_linker"):
        report = build(content, tmp_path / "warm", **CACHED)
    assert report.cached == 0
    assert any("ignored its unreadable cache" in record.getMessage() for record in caplog.records)
    assert tree_digest(tmp_path / "warm") == tree_digest(tmp_path / "cold")
    assert build(content, tmp_path / "again", **CACHED).cached == FRAGMENTS  # rewritten whole


def test_pelicans_cache_settings_decide_what_is_saved_and_loaded(
    content: Path, tmp_path: Path
) -> None:
    saved = {"CACHE_CONTENT": True, "LOAD_CONTENT_CACHE": False}
    build(content, tmp_path / "first", **saved)
    assert (tmp_path / "cache" / FILENAME).is_file()
    assert build(content, tmp_path / "second", **saved).cached == 0
    shutil.rmtree(tmp_path / "cache")
    assert build(content, tmp_path / "third", LOAD_CONTENT_CACHE=True).cached == 0
    assert not (tmp_path / "cache" / FILENAME).exists()


def test_written_pages_keep_no_resolved_copy(content: Path, tmp_path: Path) -> None:
    """Pelican memoises each page's content with its links resolved; a linked page's copy is
    released once the page is written, so memory does not grow by a copy of every page."""
    seen: list = []

    def keep(generators: list) -> None:
        for generator in generators:
            seen.extend(getattr(generator, "articles", []) + getattr(generator, "pages", []))

    signals.all_generators_finalized.connect(keep)
    try:
        build(content, tmp_path / "output")
    finally:
        signals.all_generators_finalized.disconnect(keep)
    linked = [item for item in seen if "{filename}" in item._content]
    assert len(linked) >= 4  # each of these would otherwise keep a resolved copy
    memo = Content.get_content.cache
    kept = [key for key in memo if key[0] in linked and memo[key] is not key[0]._content]
    assert kept == []
