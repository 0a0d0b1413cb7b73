"""The word-run check: runs of nine or more words a page shares with a story, outside quotations."""

import pytest
from word_runs import (
    fold_words,
    main,
    page_segments,
    runs_in_site,
    shared_runs,
    unquoted_segments,
    word_grams,
)

STORY = (
    "The post-vote crackdown has seen more than 35,000 people arrested, thousands brutally "
    "beaten in custody, and journalists jailed. Healthy people quickly become ill there, "
    "Sapelka’s colleagues said."
)
GRAMS = word_grams(fold_words(STORY))


def runs(html: str) -> list[str]:
    return shared_runs(page_segments(html), GRAMS)


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        # 8 shared words pass, 9 fail.
        ("<p>So: has seen more than 35,000 people arrested, thousands.</p>", []),
        (
            "<p>It has seen more than 35,000 people arrested, thousands brutally.</p>",
            ["has seen more than 35000 people arrested thousands brutally"],
        ),
        # Case, punctuation and apostrophes are folded.
        (
            "<p>HEALTHY people — quickly; become ill THERE! Sapelka's Colleagues SAID</p>",
            ["healthy people quickly become ill there sapelkas colleagues said"],
        ),
        # Markup inside a run does not break it.
        (
            "<p>has seen <a href='x'>more than</a> <em>35,000</em> people arrested, thousands brutally</p>",
            ["has seen more than 35000 people arrested thousands brutally"],
        ),
        # Quoted runs pass: <q>, <blockquote>, “…”, "..." and «…».
        ("<p><q>has seen more than 35,000 people arrested, thousands brutally</q></p>", []),
        (
            "<blockquote><p>has seen more than 35,000 people arrested, thousands brutally</p></blockquote>",
            [],
        ),
        ("<p>“has seen more than 35,000 people arrested, thousands brutally”</p>", []),
        ('<p>"has seen more than 35,000 people arrested, thousands brutally"</p>', []),
        ("<p>«has seen more than 35,000 people arrested, thousands brutally»</p>", []),
        # A quotation breaks a run: the words on either side do not join up.
        ("<p>has seen more than 35,000 “x” people arrested, thousands brutally</p>", []),
        ("<p>has seen more than 35,000 <q>x</q> people arrested, thousands brutally</p>", []),
        # An unclosed quotation mark quotes nothing.
        (
            "<p>“has seen more than 35,000 people arrested, thousands brutally</p>",
            ["has seen more than 35000 people arrested thousands brutally"],
        ),
        # Paragraphs do not glue words together, and the longest run is reported once.
        (
            "<p>in custody</p><p>has seen more than 35,000 people arrested, thousands brutally beaten in custody</p>",
            ["has seen more than 35000 people arrested thousands brutally beaten in custody"],
        ),
    ],
)
def test_shared_runs(html: str, expected: list[str]) -> None:
    assert runs(html) == expected


def test_fold_words() -> None:
    assert fold_words("Lukashenko’s “sixth” RE-ELECTION, 1,409") == [
        "lukashenkos",
        "sixth",
        "re",
        "election",
        "1409",
    ]


def test_unquoted_segments() -> None:
    assert unquoted_segments('a “b” c "d" e «f» g') == ["a ", " c ", " e ", " g"]


def test_runs_in_site_and_main(tmp_path, capsys) -> None:
    (tmp_path / "site" / "people").mkdir(parents=True)
    (tmp_path / "site" / "index.html").write_text("<p>Our own words.</p>", encoding="utf-8")
    copied = "<p>Healthy people quickly become ill there, Sapelka’s colleagues said.</p>"
    (tmp_path / "site" / "people" / "a.html").write_text(copied, encoding="utf-8")
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")

    found = runs_in_site(tmp_path / "site", STORY)

    assert found == {
        "people/a.html": ["healthy people quickly become ill there sapelkas colleagues said"]
    }
    assert main([str(tmp_path / "site"), str(story)]) == 1
    assert "people/a.html: (9 words) healthy people" in capsys.readouterr().out
