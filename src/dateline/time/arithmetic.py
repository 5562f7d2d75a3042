"""Calendar arithmetic and TIMEX3 value formatting."""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from dateline.time.context import PAST_STATED


def day_value(day: date) -> str:
    return day.isoformat()


def month_value(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def week_value(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def quarter_of(day: date) -> int:
    return (day.month - 1) // 3 + 1


def shift_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def shift_quarters(year: int, quarter: int, delta: int) -> tuple[int, int]:
    index = year * 4 + (quarter - 1) + delta
    return index // 4, index % 4 + 1


def safe_date(year: int, month: int, day: int) -> date | None:
    """A date, or None for 31 February, year 0 or year 99999."""
    if not (1 <= year <= 9999 and 1 <= month <= 12):
        return None
    if not 1 <= day <= calendar.monthrange(year, month)[1]:
        return None
    return date(year, month, day)


def weekday_near(reference: date, weekday: int, direction: int) -> date:
    """The weekday closest to the reference in the given direction; its own weekday is today."""
    if direction > 0:
        ahead = (weekday - reference.weekday()) % 7
        return reference + timedelta(days=ahead)
    back = (reference.weekday() - weekday) % 7
    return reference - timedelta(days=back)


def month_near(reference: date, month: int, direction: int) -> int:
    """The year of the named month nearest the reference in the given direction."""
    if direction > 0:
        return reference.year if month >= reference.month else reference.year + 1
    if direction < 0:
        return reference.year if month <= reference.month else reference.year - 1
    return reference.year


# How much farther an occurrence against the tense may be: twice as far, but eight times when
# the clause states its past ("erupted on 14 January" in November is last January). Eight: a
# month ahead still beats eight months back; TBAQ value F1 is the same for 2 to 8 (79.6).
_AGAINST_TENSE, _AGAINST_STATED_PAST = 2, 8


def day_of_month_near(reference: date, month: int, day: int, direction: int) -> date | None:
    """`19 November` without a year: the occurrence nearest the reference, by tense
    (`direction` as ResolutionContext.direction gives it)."""
    candidates = [safe_date(reference.year + delta, month, day) for delta in (-1, 0, 1)]
    valid = [c for c in candidates if c is not None]
    if not valid:
        return None

    penalty = _AGAINST_STATED_PAST if direction <= -PAST_STATED else _AGAINST_TENSE

    def cost(candidate: date) -> int:
        days = (candidate - reference).days
        against = (days > 0 and direction < 0) or (days < 0 and direction > 0)
        return abs(days) * (penalty if against else 1)

    return min(valid, key=cost)


def month_of_year_near(reference: date, month: int, direction: int) -> int:
    """The year of a month named without one: the coming one when the clause looks ahead, else
    the nearest, one against the tense counted farther as for days ("when the case is heard in
    May", written in March, is this May; TBAQ: 3 gained, 1 lost against always looking back)."""
    if direction > 0:
        return month_near(reference, month, direction)
    penalty = _AGAINST_STATED_PAST if direction <= -PAST_STATED else _AGAINST_TENSE

    def cost(year: int) -> int:
        months = (year - reference.year) * 12 + month - reference.month
        return abs(months) * (penalty if months > 0 else 1)

    return min((reference.year - 1, reference.year, reference.year + 1), key=cost)
