"""A site builds in any language its editor names, with nothing else changed."""

import logging
import shutil
from pathlib import Path

import pytest
from site_tools import FIXTURES, build_in_process, html_files, parse

# The languages issue 16 names: Cyrillic, Latin, Georgian and Armenian scripts, and the ones
# docutils has no localisation for.
LANGUAGES = ["be", "ru", "uk", "pl", "de", "az", "ka", "hy", "tr"]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_any_default_lang_builds_without_a_warning(
    lang: str, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    content = tmp_path / "content"
    shutil.copytree(FIXTURES / "tiny", content)
    output = tmp_path / "output"
    with caplog.at_level(logging.INFO):
        build_in_process(content, output, DEFAULT_LANG=lang)
    warnings = [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]
    assert warnings == []
    pages = list(html_files(output))
    assert len(pages) >= 6
    for page in pages:
        assert parse(page).html["lang"] == lang, page
