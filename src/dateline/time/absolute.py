"""Parse absolute dates in the common news and metadata formats, keeping their granularity."""

from __future__ import annotations

import calendar
import re
from datetime import UTC, datetime

from dateline.records import PartialDate
from dateline.time.calendar_words import MONTH_PATTERN, WEEKDAY_PATTERN, month_number

MIN_YEAR, MAX_YEAR = 1000, 2999

_ISO = re.compile(r"^\s*(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?(?=$|[T\s_])")
_COMPACT = re.compile(r"^\s*(\d{4})(\d{2})(\d{2})(?:$|T)")
_DAY_MONTH_YEAR = re.compile(
    rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({MONTH_PATTERN}),?\s+(\d{{4}})\b", re.I
)
_MONTH_DAY_YEAR = re.compile(
    rf"\b({MONTH_PATTERN})\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b", re.I
)
_MONTH_YEAR = re.compile(rf"\b({MONTH_PATTERN}),?\s+(\d{{4}})\b", re.I)
_NUMERIC_US = re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b")
# Unix time in seconds or, as JavaScript writes it, in milliseconds.
_EPOCH = re.compile(r"^\s*(\d{10})(?:\d{3})?(?:\.\d+)?\s*$")


def make_date(year: int, month: int | None = None, day: int | None = None) -> PartialDate | None:
    """A PartialDate if the parts form a real calendar date, else None (31 February, year 0)."""
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    if month is None:
        return PartialDate(year)
    if not 1 <= month <= 12:
        return None
    if day is None:
        return PartialDate(year, month)
    if not 1 <= day <= calendar.monthrange(year, month)[1]:
        return None
    return PartialDate(year, month, day)


def _from_match(year: str, month: str | None, day: str | None) -> PartialDate | None:
    month_value = None
    if month is not None:
        month_value = int(month) if month.isdigit() else month_number(month)
    return make_date(int(year), month_value, int(day) if day else None)


def parse_date_string(text: str) -> PartialDate | None:
    """Parse a metadata or date-line string: `2020-11-24T10:00Z`, `Saturday, July 2, 2016`."""
    if not text or len(text) > 200:
        return None
    if match := _ISO.match(text):
        return _from_match(match[1], match[2], match[3])
    if match := _COMPACT.match(text):
        return _from_match(match[1], match[2], match[3])
    if match := _EPOCH.match(text):
        moment = datetime.fromtimestamp(int(match[1]), tz=UTC)
        return PartialDate(moment.year, moment.month, moment.day)
    return find_first_date(text)


def find_first_date(text: str) -> PartialDate | None:
    """The first full or month-level date written out in free text."""
    for pattern, order in (
        (_MONTH_DAY_YEAR, (3, 1, 2)),
        (_DAY_MONTH_YEAR, (3, 2, 1)),
    ):
        if match := pattern.search(text):
            return _from_match(match[order[0]], match[order[1]], match[order[2]])
    if match := _NUMERIC_US.search(text):
        first, second = int(match[1]), int(match[2])
        month, day = (second, first) if first > 12 else (first, second)
        return make_date(int(match[3]), month, day)
    if match := _MONTH_YEAR.search(text):
        return _from_match(match[2], match[1], None)
    return None


# A line that is only a date, perhaps with a label and a weekday: "date 2020-11-24",
# "Saturday, July 2, 2016", "Published: 24 Nov 2020, 10:31 GMT".
DATE_LINE = re.compile(
    rf"^\s*(?:(?:date|dated|published|posted|updated|last updated|first published)\s*:?\s*)?"
    rf"(?:(?:on\s+)?{WEEKDAY_PATTERN},?\s+)?"
    rf"(?P<date>\d{{4}}-\d{{1,2}}-\d{{1,2}}|\d{{1,2}}/\d{{1,2}}/\d{{4}}|"
    rf"{MONTH_PATTERN}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|"
    rf"\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH_PATTERN},?\s+\d{{4}})"
    rf"(?P<rest>[\s,|\-–—]*(?:at\s+)?\d{{1,2}}[:.]\d{{2}}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{{2,4}})?)?",
    re.I,
)
