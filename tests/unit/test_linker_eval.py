"""bench/linker_eval.py: the measure of the linker on real reporting counts a link that touches
a `not:` phrase (a relative, a namesake) as wrong, even when its person is expected."""

import importlib.util
from pathlib import Path

import pytest

BENCH = Path(__file__).parents[2] / "bench" / "linker_eval.py"


def _linker_eval():
    spec = importlib.util.spec_from_file_location("linker_eval", BENCH)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def folders(tmp_path: Path) -> tuple[Path, Path]:
    people, texts = tmp_path / "people", tmp_path / "texts"
    people.mkdir()
    texts.mkdir()
    (people / "sam-placeholder.md").write_text("Title: Sam Placeholder\n\nA profile.\n")
    return people, texts


# A name at the start of a paragraph links, whoever's given name it is: the text says whose.
TEXT = "Zorro Placeholder, a farmer, spoke first.\nThen Sam Placeholder spoke.\n"


@pytest.mark.parametrize(
    ("head", "recall", "precision"),
    [
        ("expect: sam-placeholder", 1.0, 1.0),
        ("expect: sam-placeholder\nnot: Zorro Placeholder", 1.0, 0.5),
        ("expect:\nnot: Zorro Placeholder", 0.0, 0.0),
    ],
)
def test_a_link_touching_a_not_phrase_is_wrong(folders, head, recall, precision) -> None:
    people, texts = folders
    (texts / "t1.txt").write_text(f"{head}\n\n{TEXT}")
    assert _linker_eval().evaluate(people, texts, verbose=False) == (recall, precision)


@pytest.mark.parametrize(
    ("head", "message"),
    [
        ("expect: sam-placeholder\nnot: Zorro Placeholdr", "is not in the text"),
        ("expect: sam-placeholder\nnote: a farmer", "unknown line"),
    ],
)
def test_a_head_line_the_text_does_not_bear_out_stops(folders, head, message) -> None:
    people, texts = folders
    (texts / "t1.txt").write_text(f"{head}\n\n{TEXT}")
    with pytest.raises(SystemExit, match=message):
        _linker_eval().evaluate(people, texts, verbose=False)
