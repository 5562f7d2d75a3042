"""Periods a user writes as the bounds of a date range."""

from __future__ import annotations

from datetime import date

import pytest

from dateline.time.period import first_day, last_day, period_of

TODAY = date(2026, 12, 2)


@pytest.mark.parametrize(
    ("written", "first", "last"),
    [
        ("2011", date(2011, 1, 1), date(2011, 12, 31)),
        ("2012-02", date(2012, 2, 1), date(2012, 2, 29)),
        ("2011/2", date(2011, 2, 1), date(2011, 2, 28)),
        ("2011-02-17", date(2011, 2, 17), date(2011, 2, 17)),
        ("2011/02/17", date(2011, 2, 17), date(2011, 2, 17)),
        ("2011-W07", date(2011, 2, 14), date(2011, 2, 20)),
        ("February 2011", date(2011, 2, 1), date(2011, 2, 28)),
        ("  Feb   2011 ", date(2011, 2, 1), date(2011, 2, 28)),
        ("Feb. 17, 2011", date(2011, 2, 17), date(2011, 2, 17)),
        ("17 February 2011", date(2011, 2, 17), date(2011, 2, 17)),
        ("Q4 2011", date(2011, 10, 1), date(2011, 12, 31)),
        ("the first half of 2011", date(2011, 1, 1), date(2011, 6, 30)),
        ("the summer of 2011", date(2011, 1, 1), date(2011, 12, 31)),  # a season: its year
        ("the 1990s", date(1990, 1, 1), date(1999, 12, 31)),
        ("last month", date(2026, 11, 1), date(2026, 11, 30)),
        ("yesterday", date(2026, 12, 1), date(2026, 12, 1)),
        ("9999", date(9999, 1, 1), date(9999, 12, 31)),
    ],
)
def test_a_period_covers_its_days(written: str, first: date, last: date) -> None:
    assert period_of(written, TODAY) == (first, last)
    assert (first_day(written, TODAY), last_day(written, TODAY)) == (first, last)


@pytest.mark.parametrize(
    ("written", "reason"),
    [
        ("2011-02-30", "'2011-02-30' is no day of the calendar"),
        ("2011-13", "'2011-13' is no month of the calendar"),
        ("0000", "'0000' is no year of the calendar"),
        ("2011-W54", "is not a date or period like"),
        ("9999-W52x", "is not a date or period like"),
        ("", "is not a date or period like"),
        ("soon", "'soon' is not a date or period like"),
        ("two days", "is not a date or period like"),  # a duration, not a period
        ("March 2011 to May 2011", "is not a date or period like"),  # two periods
        ("on 17 Feb 2011 or so", "is not a date or period like"),  # more than the date
    ],
)
def test_what_names_no_period_is_refused_with_the_reason(written: str, reason: str) -> None:
    with pytest.raises(ValueError, match=reason):
        period_of(written, TODAY)


def test_a_week_running_past_year_9999_is_refused() -> None:
    with pytest.raises(ValueError, match="not a date or period"):
        period_of("9999-W52", TODAY)
