"""Fuzzed content folders: whatever an editor saves, the build either succeeds or lists problems
(never a traceback or an unexplained error), and a failed build leaves output/ byte-identical.

Runs FUZZ_BUILDS builds: 300 under CI=true (about 3 minutes on 2 busy cores), 40 otherwise.
"""

import os
import re
import shutil
import tempfile
from pathlib import Path

import build as build_script
import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from site_tools import FIXTURES, ROOT, signals_restored, tree_digest

KEYS = ["Title", "Date", "Summary", "Slug", "Status", "Template", "Save_as", "Events", "Autolink",
        "Backlinks", "Nav_title", "Sumary", "Dte", "Custody", "Role", "Names", "Aliases", "lang"]  # fmt: skip
VALUES = st.one_of(
    st.sampled_from(
        [
            "2024-07-04",
            "2024-02-30",
            "30.12.2024",
            "2999-01-01",
            "2024",
            "draft",
            "hidden",
            "published",
            "pending",
            "figures",
            "nowhere",
            "index",
            "404",
            "updates.html",
            "../x.html",
            "none",
            "all",
            "no",
            "ru: Анна",
            "2024-07-02 | Event | fixture-wire-1",
            "2024-07-02 | Event | nope",
        ]
    ),
    st.text(max_size=30),
)
BODY = st.lists(
    st.one_of(
        st.text(max_size=40),
        st.sampled_from(
            [
                "[@fixture-wire-1]",
                "[@nope]",
                "[@fixture-wire-1; @fixture-wire-2]",
                "({filename}/pages/about.md)",
                "({filename}/pages/none.md)",
                "{tag}x",
                "\x00",
                "\ufeff",
                "\n\n",
                "    indented\n",
                "Anna Fixturova",
                "`[@nope]`",
            ]
        ),
    ),
    max_size=12,
).map("".join)
METADATA = st.lists(
    st.tuples(st.sampled_from(KEYS), VALUES, st.sampled_from(["", " ", "  ", "    "])),
    max_size=6,
)
NAMES = st.sampled_from(["pages/about.md", "pages/new.md", "updates/2024-07-04-release.md",
                         "updates/new.markdown", "people/anna-fixture.md", "people/new.md"])  # fmt: skip
FILE = st.tuples(NAMES, METADATA, BODY)
BUILDS = int(os.environ.get("FUZZ_BUILDS", "300" if os.environ.get("CI") == "true" else "40"))
EXPLAINED = re.compile(r"problems? found; fix them|stopped at the first warning or error")


def render(metadata: list[tuple[str, str, str]], body: str) -> str:
    lines = [f"{indent}{key}: {value}" for key, value, indent in metadata]
    return "\n".join(lines) + "\n\n" + body + "\n"


@pytest.fixture(scope="module")
def good_site(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("fuzz")
    content, output = folder / "content", folder / "output"
    shutil.copytree(FIXTURES / "editor_site", content)
    with signals_restored():
        assert build_script.build(argv(content), output) == 0
    return content, output


def argv(content: Path) -> list[str]:
    return [str(content), "-s", str(ROOT / "pelican.conf.py"), "--fatal", "warnings"]


@settings(
    max_examples=BUILDS,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(files=st.lists(FILE, min_size=1, max_size=3))
def test_a_fuzzed_folder_builds_or_lists_problems(
    good_site: tuple[Path, Path], capsys: pytest.CaptureFixture, files: list
) -> None:
    with tempfile.TemporaryDirectory() as scratch:
        content, output = Path(scratch) / "content", Path(scratch) / "output"
        shutil.copytree(good_site[0], content)
        shutil.copytree(good_site[1], output)
        before = tree_digest(output)
        for name, metadata, body in files:
            (content / name).write_text(render(metadata, body), encoding="utf-8")
        capsys.readouterr()
        with signals_restored():
            status = build_script.build(argv(content), output)
        stderr = capsys.readouterr().err
        event(f"exit status {status}")
        assert status in (0, 1), stderr
        if status == 1:
            assert EXPLAINED.search(stderr), stderr
            assert "Traceback" not in stderr
            assert tree_digest(output) == before
