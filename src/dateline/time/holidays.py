"""Holidays news names instead of a date: "on Christmas Eve", "last Thanksgiving", "Easter 2019"."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

from dateline.time import arithmetic as cal
from dateline.time.context import ResolutionContext
from dateline.time.grammar import YEAR, Resolved, Trigger, rule
from dateline.time.lexicon import year_number
from dateline.time.timex import Anchor, TimexType


def easter(year: int) -> date:
    """Easter Sunday in the Gregorian calendar (the anonymous algorithm, Meeus 1991)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    weekday_shift = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 19 * weekday_shift) // 433
    month = (h + weekday_shift - 7 * m + 90) // 25
    return date(year, month, (h + weekday_shift - 7 * m + 33 * month + 19) % 32)


def _election_day(year: int) -> date:
    """The Tuesday after the first Monday of November (United States)."""
    first = date(year, 11, 1)
    return first + timedelta(days=(0 - first.weekday()) % 7 + 1)


def _thanksgiving(year: int) -> date:
    """The fourth Thursday of November (United States)."""
    first = date(year, 11, 1)
    return first + timedelta(days=(3 - first.weekday()) % 7 + 21)


_FIXED: dict[str, tuple[int, int]] = {
    "christmas": (12, 25),
    "christmas day": (12, 25),
    "christmas eve": (12, 24),
    "new year's day": (1, 1),
    "new year's eve": (12, 31),
    "halloween": (10, 31),
    "valentine's day": (2, 14),
}
_MOVABLE: dict[str, Callable[[int], date]] = {
    "easter": easter,
    "easter sunday": easter,
    "good friday": lambda year: easter(year) - timedelta(days=2),
    "thanksgiving": _thanksgiving,
    "thanksgiving day": _thanksgiving,
    "election day": _election_day,
}
_NOT_THE_DAY = r"(?!\s+(?:trees?|cards?|gifts?|presents?|shopping|lights|carols?|markets?|island|eggs?|bonus(?:es)?|sales?|season|holidays?|break|recess)\b)"


@rule(
    r"(?:(?P<rel>last|next|this)\s+)?(?P<holiday>christmas(?: day| eve)?|new year's (?:day|eve)|"
    rf"halloween|valentine's day|easter(?: sunday)?|good friday|thanksgiving(?: day)?|election day){_NOT_THE_DAY}"
    rf"(?:,?\s+(?P<y>{YEAR}))?(?P<week>\s+week)?",
    Trigger.HOLIDAY,
    Trigger.UNIT,
    Trigger.WEEKDAY,
)
def holiday(match: re.Match[str], context: ResolutionContext) -> Resolved | None:
    name = match["holiday"]
    if match["y"]:
        day, anchor = _day_rule(name)(year_number(match["y"])), Anchor.NONE
    elif context.reference is None:
        if name not in _FIXED:
            return None  # Easter or Thanksgiving without a year: no fixed day
        month, day_of_month = _FIXED[name]
        return Resolved(TimexType.DATE, f"XXXX-{month:02d}-{day_of_month:02d}")
    else:
        day, anchor = _occurrence_near(match, context, context.reference), Anchor.REFERENCE
    value = cal.week_value(day) if match["week"] else cal.day_value(day)  # "Easter week"
    return Resolved(TimexType.DATE, value, anchor)


def _occurrence_near(match: re.Match[str], context: ResolutionContext, reference: date) -> date:
    """The holiday of the year before, of the reference's year or of the next that is meant."""
    day_in = _day_rule(match["holiday"])
    days = [day_in(year) for year in (reference.year - 1, reference.year, reference.year + 1)]
    relation = match["rel"] or ""
    if relation == "this":
        return days[1]
    if relation == "next":
        return min(day for day in days if day >= reference)
    if relation == "last":
        return max(day for day in days if day <= reference)
    if match["week"]:  # the week runs around the day: "as Easter week began", before Easter
        return min(days, key=lambda day: abs((day - reference).days))
    if context.direction(match.start(), match.end()) > 0:
        return min(day for day in days if day >= reference)
    return max(day for day in days if day <= reference)


def _day_rule(name: str) -> Callable[[int], date]:
    """The holiday's date in a given year."""
    if name in _MOVABLE:
        return _MOVABLE[name]
    month, day = _FIXED[name]
    return lambda year: date(year, month, day)
