"""Holiday dates: Easter by the Gregorian computus."""

from __future__ import annotations

from datetime import date

import pytest

from dateline.time.holidays import easter


@pytest.mark.parametrize(
    ("year", "expected"),
    [
        (1998, date(1998, 4, 12)),
        (2000, date(2000, 4, 23)),
        (2011, date(2011, 4, 24)),
        (2019, date(2019, 4, 21)),
        (2024, date(2024, 3, 31)),
        (2038, date(2038, 4, 25)),  # the latest possible
        (2285, date(2285, 3, 22)),  # the earliest possible
    ],
)
def test_easter(year: int, expected: date) -> None:
    assert easter(year) == expected
