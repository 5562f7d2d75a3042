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
}
_NOT_THE_DAY = r"(?!\s+(?:trees?|cards?|gifts?|presents?|shopping|lights|carols?|markets?|island|eggs?|bonus(?:es)?|sales?|season|holidays?|break|recess)\b)"


@rule(
    r"(?:(?P<rel>last|next|this)\s+)?(?P<holiday>christmas(?: day| eve)?|new year's (?:day|eve)|"
    rf"halloween|valentine's day|easter(?: sunday)?|good friday|thanksgiving(?: day)?){_NOT_THE_DAY}"
    rf"(?:,?\s+(?P<y>{YEAR}))?",
    Trigger.HOLIDAY,
    Trigger.UNIT,
    Trigger.WEEKDAY,
)
def holiday(match: re.Match[str], context: ResolutionContext) -> Resolved | None:
    name = match["holiday"]
    day_in = _day_rule(name)
    if match["y"]:
        return Resolved(TimexType.DATE, cal.day_value(day_in(year_number(match["y"]))))
    reference = context.reference
    if reference is None:
        if name not in _FIXED:
            return None  # Easter or Thanksgiving without a year: no fixed day
        month, day = _FIXED[name]
        return Resolved(TimexType.DATE, f"XXXX-{month:02d}-{day:02d}")
    days = [day_in(year) for year in (reference.year - 1, reference.year, reference.year + 1)]
    relation = match["rel"] or ""
    if relation == "this":
        found = days[1]
    elif (
        {"last": -1, "next": 1}.get(relation) or context.direction(match.start(), match.end())
    ) > 0:
        found = min(day for day in days if day >= reference)
    else:
        found = max(day for day in days if day <= reference)
    return Resolved(TimexType.DATE, cal.day_value(found), Anchor.REFERENCE)


def _day_rule(name: str) -> Callable[[int], date]:
    """The holiday's date in a given year."""
    if name in _MOVABLE:
        return _MOVABLE[name]
    month, day = _FIXED[name]
    return lambda year: date(year, month, day)
