"""Random metadata and hostile Unicode give a good build or a clean error: no traceback, no hang."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from site_tools import good_build, leftovers, run_build, tree_digest

PIECES = st.sampled_from(
    [
        "\u200d",  # zero-width joiner
        "\u202e",  # right-to-left override
        "שלום",  # right-to-left script
        "Ціханоўская",
        "e\u0301\u0301\u0301",  # stacked combining marks
        "👩\u200d⚖️",
        "x" * 5000,  # a very long word
        "<div>" * 200 + "deep" + "</div>" * 200,  # deep raw HTML
        "<b><i>unclosed",
        "{filename}/nowhere.md",
        "Date: 2024-13-45",
        ":",
        "\n",
        "---",
    ]
)
FIELD = st.lists(st.one_of(PIECES, st.text(max_size=12)), max_size=6).map("".join)


@settings(
    max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    title=FIELD,
    key=st.from_regex(r"[A-Za-z][A-Za-z0-9_]{0,10}", fullmatch=True),
    value=FIELD,
    body=FIELD,
)
def test_random_page_builds_or_fails_cleanly(
    tmp_path_factory, title: str, key: str, value: str, body: str
) -> None:
    content, output = good_build(tmp_path_factory.mktemp("robust"))
    before = tree_digest(output)
    page = f"Title: {title}\n{key}: {value}\n\n{body}\n"
    (content / "pages" / "random.md").write_text(page, encoding="utf-8", errors="surrogatepass")
    result = run_build(content, output)
    assert "Traceback" not in result.stdout + result.stderr
    if result.returncode == 0:
        assert (output / "random.html").is_file()
    else:
        assert result.returncode == 1
        assert "unchanged" in result.stderr
        assert tree_digest(output) == before
    assert leftovers(output.parent) == []
