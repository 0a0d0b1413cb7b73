"""Whatever bytes an editor saves, the checks return problems; they never raise."""

from pathlib import PurePosixPath

from hypothesis import given
from hypothesis import strategies as st
from pelican.plugins.content_checks.checks import check_links, check_metadata, decode, read_metadata

HOSTILE = st.sampled_from(
    [
        "\u200d",
        "\u200f",
        "\u202e",
        "\u0301",
        "\u0489",
        "👩\u200d⚖️",
        "\ufeff",
        "\x00",
        "\r",
        "\t",
        ":",
        "{filename}",
        "ї",
        "ў",
    ]
)
TEXT = st.lists(st.one_of(st.text(max_size=20), HOSTILE), max_size=40).map("".join)


@given(st.binary(max_size=300))
def test_decode_never_raises(raw: bytes) -> None:
    text, problems = decode(raw, "a.md")
    assert (text is None) == bool(problems)


@given(TEXT)
def test_metadata_checks_never_raise(text: str) -> None:
    metadata = read_metadata(text)
    assert all(isinstance(line, int) and line >= 1 for line, _ in metadata.values())
    for problem in check_metadata("a.md", metadata, dated=True):
        assert problem.path == "a.md" and problem.fix


@given(TEXT)
def test_link_checks_never_raise(text: str) -> None:
    for problem in check_links("a.md", text, PurePosixPath("pages/a.md"), {"pages/a.md"}):
        assert problem.line >= 1
