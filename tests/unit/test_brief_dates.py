"""Partial dates: read as the source gives them, shown without inventing a day."""

import pytest
from pelican.plugins.brief.dates import PartialDate, parse_date
from theme_tools import date_text


@pytest.mark.parametrize(
    ("raw", "iso", "text"),
    [
        ("2024-07-02", "2024-07-02", "2 July 2024"),
        ("2024-08", "2024-08", "August 2024"),
        ("2020", "2020", "2020"),
        (" 2021-12-14 ", "2021-12-14", "14 December 2021"),
    ],
)
def test_dates_keep_their_precision(raw: str, iso: str, text: str) -> None:
    date = parse_date(raw)
    assert date.iso == iso
    assert date_text(date) == text


@pytest.mark.parametrize("raw", ["2 July 2024", "2024-13", "2024-07-32", "24-07-02", "", "2024-7"])
def test_bad_dates_are_refused(raw: str) -> None:
    with pytest.raises(ValueError, match="date"):
        parse_date(raw)


def test_vaguer_dates_sort_before_precise_ones_of_the_same_period() -> None:
    dates = [parse_date(d) for d in ["2024-08-16", "2024-08", "2024", "2023-12-31"]]
    assert [d.iso for d in sorted(dates)] == ["2023-12-31", "2024", "2024-08", "2024-08-16"]
    assert PartialDate(2024) < PartialDate(2024, 1, 1)
