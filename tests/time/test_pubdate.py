"""Publication dates inferred between dated neighbours of a dump."""

from __future__ import annotations

from datetime import date

import pytest

from dateline.records import PartialDate
from dateline.time.pubdate import infer_publication_date

NO_DATES = "The company said the talks would continue."


def test_neighbours_on_the_same_day_fix_the_day() -> None:
    found = infer_publication_date(NO_DATES, neighbours=[date(2020, 5, 4), date(2020, 5, 4)])
    assert found is not None
    assert found.date == PartialDate(2020, 5, 4)
    assert found.confidence == 0.9


def test_a_weekday_chooses_between_two_neighbour_days() -> None:
    text = "The minister resigned on Monday, officials said."  # 2020-05-04 was a Monday
    found = infer_publication_date(text, neighbours=[date(2020, 5, 3), date(2020, 5, 4)])
    assert found is not None
    assert found.date == PartialDate(2020, 5, 4)


def test_without_evidence_between_two_days_only_the_month_is_given() -> None:
    found = infer_publication_date(NO_DATES, neighbours=[date(2020, 5, 3), date(2020, 5, 4)])
    assert found is not None
    assert found.date == PartialDate(2020, 5)
    assert "does not choose a day" in found.evidence


def test_without_evidence_across_a_month_end_only_the_year_is_given() -> None:
    found = infer_publication_date(NO_DATES, neighbours=[date(2020, 5, 31), date(2020, 6, 1)])
    assert found is not None
    assert found.date == PartialDate(2020)


@pytest.mark.parametrize(
    ("text", "copies", "neighbours"),
    [
        ("The talks ended on Monday, officials said.", [], [date(9999, 12, 31)]),
        ("The talks ended on Monday, officials said.", [date(1, 1, 1)], []),
        ("On 1 January 0001 the count began. It ended on Tuesday.", [date(1, 1, 1)], []),
        ("It was said on Friday.", [date(9999, 12, 31)], [date(9999, 12, 29), date(1, 1, 1)]),
    ],
)
def test_dates_at_the_ends_of_the_calendar_raise_nothing(
    text: str, copies: list[date], neighbours: list[date]
) -> None:
    # A hostile dump may date an article 9999-12-31: its undated neighbours overflowed.
    found = infer_publication_date(text, copies, neighbours)
    assert found is None or date.min.year <= found.date.year <= date.max.year
