"""The days a period written by a user covers: the bounds of a timeline's date range.

"2011" runs from 1 January to 31 December, "2011-02" and "February 2011" through the whole
month, "17 Feb 2011" is one day. What the tagger reads ("Q1 2011", "the first half of 2011",
"the 1990s", "last month") is resolved against today.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from dateline.time.arithmetic import safe_date
from dateline.time.sentence_dates import value_to_date
from dateline.time.tagger import tag
from dateline.time.timex import TimexType

Period = tuple[date, date]

# ISO forms the tagger leaves alone, "/" allowed: 2011-02, 2011/02/17, 2011-W07.
_ISO = re.compile(r"(\d{4})(?:([-/])(\d{1,2})(?:\2(\d{1,2}))?)?")
_ISO_WEEK = re.compile(r"(\d{4})-?W(\d{1,2})", re.IGNORECASE)
# Tagger values that value_to_date would widen to their year, or cannot read.
_DECADE = re.compile(r"\d{3}")
_QUARTER_OR_HALF = re.compile(r"(\d{4})-([QH])([1-4])")
_WEEK = re.compile(r"(\d{4})-W(\d{2})")
_MONTHS_IN = {"Q": 3, "H": 6}

EXAMPLES = "2020-11-24, 2020-11, 2020 or 'November 2020'"


def period_of(text: str, today: date | None = None) -> Period:
    """The first and last day of the period `text` names.

    Raises ValueError, naming the text, when it names no calendar period."""
    written = " ".join(text.split())
    found = _iso_period(written) or _tagged_period(written, today or date.today())
    if found is None:
        raise ValueError(f"{text!r} is not a date or period like {EXAMPLES}")
    return found


def first_day(text: str, today: date | None = None) -> date:
    """Where a range starting at the period `text` begins."""
    return period_of(text, today)[0]


def last_day(text: str, today: date | None = None) -> date:
    """Where a range ending with the period `text` ends."""
    return period_of(text, today)[1]


def _iso_period(written: str) -> Period | None:
    if week := _ISO_WEEK.fullmatch(written):
        return _week(int(week[1]), int(week[2]))
    iso = _ISO.fullmatch(written)
    if iso is None:
        return None
    month, day = (int(part) if part else None for part in (iso[3], iso[4]))
    found = _calendar_period(int(iso[1]), month, day)
    if found is None:
        unit = "day" if day else "month" if month else "year"
        raise ValueError(f"{written!r} is no {unit} of the calendar")
    return found


def _tagged_period(written: str, today: date) -> Period | None:
    """The period of the one DATE or TIME expression that is the whole text."""
    expressions = tag(written, reference=today)
    if len(expressions) != 1:
        return None
    only = expressions[0]
    if (only.start, only.end) != (0, len(written)) or only.type not in (
        TimexType.DATE,
        TimexType.TIME,
    ):
        return None
    return _value_period(only.value)


def _value_period(value: str) -> Period | None:
    """The days of a TIMEX3 value; a season ("2011-SU") stands for its year."""
    if _DECADE.fullmatch(value):
        return _span(int(value) * 10, 1, int(value) * 10 + 9, 12)
    if part := _QUARTER_OR_HALF.fullmatch(value):
        year, size = int(part[1]), _MONTHS_IN[part[2]]
        last = int(part[3]) * size
        return _span(year, last - size + 1, year, last)
    if week := _WEEK.fullmatch(value):
        return _week(int(week[1]), int(week[2]))
    if found := value_to_date(value):
        return _calendar_period(found.year, found.month, found.day)
    return None


def _calendar_period(year: int, month: int | None, day: int | None) -> Period | None:
    """The days of a year, a month or one day; None for a day or month not in the calendar."""
    if month is None:
        return _span(year, 1, year, 12)
    if day is None:
        return _span(year, month, year, month)
    found = safe_date(year, month, day)
    return (found, found) if found else None


def _span(first_year: int, first_month: int, last_year: int, last_month: int) -> Period | None:
    """From the first day of one month to the last day of another."""
    start = safe_date(first_year, first_month, 1)
    end = safe_date(last_year, last_month, 1)
    if start is None or end is None:
        return None
    return start, end.replace(day=calendar.monthrange(last_year, last_month)[1])


def _week(year: int, week: int) -> Period | None:
    """Monday to Sunday of an ISO week."""
    try:
        monday = date.fromisocalendar(year, week, 1)
        return monday, monday + timedelta(days=6)
    except (ValueError, OverflowError):  # no such week, or it ends after 9999
        return None
