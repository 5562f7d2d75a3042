"""The days a period written by a user covers: the bounds of a timeline's date range.

"2011" runs from 1 January to 31 December, "2011-02" and "February 2011" through the whole
month, "17 Feb 2011" is one day. What the tagger reads ("Q1 2011", "the 1990s", "last
month") is resolved against today.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from dateline.time.arithmetic import safe_date
from dateline.time.tagger import tag
from dateline.time.timex import TimexType

Period = tuple[date, date]

# ISO forms the tagger leaves alone, "/" allowed: 2011-02, 2011/02/17, 2011-W07.
_ISO = re.compile(r"(\d{4})(?:([-/])(\d{1,2})(?:\2(\d{1,2}))?)?")
_ISO_WEEK = re.compile(r"(\d{4})-?W(\d{1,2})", re.IGNORECASE)
# Calendar values of the tagger: a day (perhaps with a time), a month, a year, a decade,
# a quarter or a week.
_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:T.*)?")
_MONTH = re.compile(r"(\d{4})-(\d{2})")
_YEAR = re.compile(r"\d{4}")
_DECADE = re.compile(r"\d{3}")
_QUARTER = re.compile(r"(\d{4})-Q([1-4])")
_WEEK = re.compile(r"(\d{4})-W(\d{2})")

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
    year, month, day = int(iso[1]), iso[3], iso[4]
    if month is None:
        found = _months(year, 1, 12)
        unit = "year"
    elif day is None:
        found = _months(year, int(month), int(month))
        unit = "month"
    else:
        one_day = safe_date(year, int(month), int(day))
        found = (one_day, one_day) if one_day else None
        unit = "day"
    if found is None:
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
    if day := _DAY.fullmatch(value):
        found = safe_date(int(day[1]), int(day[2]), int(day[3]))
        return (found, found) if found else None
    if month := _MONTH.fullmatch(value):
        return _months(int(month[1]), int(month[2]), int(month[2]))
    if _YEAR.fullmatch(value):
        return _months(int(value), 1, 12)
    if _DECADE.fullmatch(value):
        return _spanning(_months(int(value) * 10, 1, 1), _months(int(value) * 10 + 9, 12, 12))
    if quarter := _QUARTER.fullmatch(value):
        last = int(quarter[2]) * 3
        return _months(int(quarter[1]), last - 2, last)
    if week := _WEEK.fullmatch(value):
        return _week(int(week[1]), int(week[2]))
    return None


def _months(year: int, first: int, last: int) -> Period | None:
    """From the first day of month `first` to the last of month `last` of one year."""
    start = safe_date(year, first, 1)
    end = safe_date(year, last, 1)
    if start is None or end is None:
        return None
    return start, end.replace(day=calendar.monthrange(year, last)[1])


def _spanning(first: Period | None, last: Period | None) -> Period | None:
    return (first[0], last[1]) if first and last else None


def _week(year: int, week: int) -> Period | None:
    """Monday to Sunday of an ISO week."""
    try:
        monday = date.fromisocalendar(year, week, 1)
        return monday, monday + timedelta(days=6)
    except (ValueError, OverflowError):  # no such week, or it ends after 9999
        return None
