from pathlib import PurePosixPath

import pytest
from pelican.plugins.content_checks.checks import (
    check_date,
    check_links,
    check_metadata,
    check_output_paths,
    check_slug_settings,
    decode,
    read_metadata,
    resolve,
)
from rights_brief_common.problems import Problem, ProblemError, format_problems


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Title: A\nDate: 2024-07-04\n\nBody", {"title": (1, "A"), "date": (2, "2024-07-04")}),
        ("---\nTitle: A\n---\nBody", {"title": (2, "A")}),
        (
            "Title: A\nNames: be: X\n    ru: Y\nRole: R\n\nBody",
            {"title": (1, "A"), "names": (2, "be: X"), "role": (4, "R")},
        ),
        ("Just prose: with a colon later.\n", {}),  # a key has no spaces: this is prose
        ("# A heading\n\nTitle: too late", {}),
        ("", {}),
    ],
)
def test_read_metadata(text: str, expected: dict) -> None:
    assert read_metadata(text) == expected


@pytest.mark.parametrize(
    ("value", "ok"),
    [
        ("2024-07-04", True),
        ("2024-07-04 10:30", True),
        ("2024-02-29", True),
        ("2023-02-29", False),  # not a leap year
        ("2024-02-30", False),
        ("2024-07", False),  # Pelican would invent the day
        ("04/07/2024", False),  # ambiguous day and month
        ("yesterday", False),
    ],
)
def test_check_date(value: str, ok: bool) -> None:
    problems = check_date("u.md", 3, value)
    assert (problems == []) is ok
    if not ok:
        assert problems[0].line == 3 and value in problems[0].problem


def test_check_metadata_names_each_missing_piece() -> None:
    assert [p.problem for p in check_metadata("a.md", {}, dated=True)] == ["has no metadata"]
    problems = check_metadata("a.md", {"summary": (1, "s")}, dated=True)
    assert [p.problem for p in problems] == ["has no title", "has no date"]
    assert check_metadata("a.md", {"title": (1, "T")}, dated=False) == []


@pytest.mark.parametrize(
    ("source", "target", "expected"),
    [
        ("pages/a.md", "/pages/b.md", "pages/b.md"),
        ("pages/a.md", "b.md", "pages/b.md"),
        ("pages/a.md", "../people/x.md", "people/x.md"),
        ("pages/sub/a.md", "./../b.md", "pages/b.md"),
    ],
)
def test_resolve(source: str, target: str, expected: str) -> None:
    assert resolve(PurePosixPath(source), target) == expected


def test_check_links_reports_line_and_target() -> None:
    text = "Title: A\n\nGood [x]({filename}/pages/b.md).\nBad [y]({filename}/pages/nope.md#s).\n"
    problems = check_links("a.md", text, PurePosixPath("pages/a.md"), {"pages/a.md", "pages/b.md"})
    assert [(p.line, "nope.md" in p.problem) for p in problems] == [(4, True)]


def test_decode_points_at_the_bad_line() -> None:
    text, problems = decode("Title: ok\ncafé".encode("latin-1"), "a.md")
    assert text is None
    assert problems[0].line == 2 and "UTF-8" in problems[0].problem


def test_same_output_path_is_reported_for_both_files() -> None:
    problems = check_output_paths(
        [("a.md", "x.html", 1), ("b.md", "x.html", 2), ("c.md", "c.html", 1)]
    )
    assert [(p.path, "b.md" in p.problem or "a.md" in p.problem) for p in problems] == [
        ("a.md", True),
        ("b.md", True),
    ]


def test_error_lists_every_problem_then_a_count() -> None:
    problems = [Problem("b.md", None, "bad", "fix b"), Problem("a.md", 2, "worse", "fix a")]
    assert format_problems(ProblemError(*problems).problems).splitlines() == [
        "a.md:2: worse — fix a",
        "b.md: bad — fix b",
        "2 problems found; fix them and build again.",
    ]


def test_a_problem_without_a_line_sorts_with_those_with_one() -> None:
    """A duplicate slug (no line) beside a dated problem once gave TypeError (None < int)."""
    problems = [
        Problem("b.md", None, "would be written to x.html, like a.md", "rename"),
        Problem("b.md", 3, "bad date", "fix"),
        "a.md:12: unknown source id 'x' — fix",
        Problem("a.md", 2, "no title", "fix"),
    ]
    assert [str(p)[:6] for p in ProblemError(*problems).problems] == [
        "a.md:2",
        "a.md:1",
        "b.md: ",
        "b.md:3",
    ]


@pytest.mark.parametrize(
    ("nav", "slugs", "expected"),
    [
        (["index", "about"], {"index", "about", "x"}, []),
        ([], {"index"}, []),
        (["index", "abuot"], {"index", "about"}, [("abuot", "did you mean 'about'? give")]),
        (["zzz"], {"index", "about"}, [("zzz", "give the slug")]),  # nothing close: no guess
        (["b", "a"], set(), [("b", "give the slug"), ("a", "give the slug")]),  # NAV_PAGES order
    ],
)
def test_check_slug_settings(nav: list[str], slugs: set[str], expected: list) -> None:
    settings = {"NAV_PAGES": nav, "OTHER_SLUGS": ["nowhere"]}
    assert check_slug_settings(settings, [], slugs, "conf.py") == []  # only the listed settings
    problems = check_slug_settings(settings, ["NAV_PAGES"], slugs, "conf.py")
    assert [(p.path, p.line) for p in problems] == [("conf.py", None)] * len(expected)
    for problem, (slug, fix_start) in zip(problems, expected, strict=True):
        assert problem.problem == f"NAV_PAGES names {slug!r}, but no published page has that slug"
        assert problem.fix.startswith(fix_start)
