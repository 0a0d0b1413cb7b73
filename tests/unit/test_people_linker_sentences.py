"""The sentence of a mention read from the short stretch around it says what the wide window
says, or leaves the answer to it."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from pelican.plugins.people_linker.sentences import (
    MAX_LENGTH,
    _sentence_near,
    _sentence_wide,
    sentence_in_html,
)

PARAGRAPH = (
    "<p>The court sat for an hour. Relatives of Ryhor Kastusiou said the letters stopped."
    " Nobody explained why.</p>\n<p>Next paragraph.</p>"
)


def near_and_wide(html: str, offset: int) -> tuple[str | None, str]:
    reach = max(0, offset - MAX_LENGTH * 2)
    return _sentence_near(html, offset, reach), _sentence_wide(html, offset, reach, False)


def test_a_sentence_inside_a_paragraph_is_read_from_the_stretch_around_it() -> None:
    near, wide = near_and_wide(PARAGRAPH, PARAGRAPH.index("Ryhor"))
    assert near == wide == "Relatives of Ryhor Kastusiou said the letters stopped."
    assert sentence_in_html(PARAGRAPH, PARAGRAPH.index("Ryhor")) == near


def test_a_sentence_that_opens_a_paragraph_is_read_from_the_stretch_too() -> None:
    html = "<p>Old news.</p>\n<p>Ryhor Kastusiou was moved. Nobody said why.</p>"
    near, wide = near_and_wide(html, html.index("Ryhor"))
    assert near == wide == "Ryhor Kastusiou was moved."


def test_a_comment_before_the_mention_leaves_it_to_the_wide_window() -> None:
    html = "<p>One. <!-- a > b. Ryhor --> Two. Ryhor Kastusiou said so. Three.</p>"
    near, wide = near_and_wide(html, html.rindex("Ryhor"))
    assert near is None
    assert wide == "Ryhor Kastusiou said so."  # the comment is no text


def test_a_sentence_that_began_before_a_tag_is_left_to_the_wide_window() -> None:
    html = "<p>He met <em>the lawyer</em> of Ryhor Kastusiou today. Then he left.</p>"
    offset = html.index("Ryhor")
    near, wide = near_and_wide(html, offset)
    assert near is None
    assert wide == "He met the lawyer of Ryhor Kastusiou today."


PIECES = [
    "Ryhor",
    "Kastusiou",
    "word",
    "a",
    " ",
    " ",
    ". ",
    ".",
    "Mr. ",
    "S. ",
    "! ",
    "? ",
    "… ",
    '." ',
    ".» ",
    ".) ",
    "\n",
    "\n\n",
    "\xa0",
    '"',
    "<p>",
    "</p>",
    "<em>",
    "</em>",
    "<br>",
    "<li>",
    "</li>\n",
    "<p\nclass='x'>",
    "<em>.</em>",
    "<b <p>",
    "<a href='x.html'>",
    "</a>",
    "<!-- c > d. -->",
    "&amp;",
    "&gt;",
    "&#46;",
    "long " * 40,
]


@settings(max_examples=500, deadline=None)
@given(
    st.lists(st.sampled_from(PIECES), max_size=80), st.lists(st.sampled_from(PIECES), max_size=80)
)
def test_the_short_stretch_agrees_with_the_wide_window(before: list[str], after: list[str]) -> None:
    html = "".join(before) + "Ryhor" + "".join(after)  # whole pieces: never inside a tag
    near, wide = near_and_wide(html, len("".join(before)))
    assert near is None or near == wide
