"""Holidays news names instead of a date: "on Christmas Eve", "last Thanksgiving", "Easter 2019"."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

from dateline.time import arithmetic as cal
from dateline.time.context import ResolutionContext
from dateline.time.grammar import YEAR, Resolved, rule
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


def _fixed(month: int, day: int) -> Callable[[int], date]:
    return lambda year: date(year, month, day)


_HOLIDAYS: dict[str, Callable[[int], date]] = {
    "christmas": _fixed(12, 25),
    "christmas day": _fixed(12, 25),
    "christmas eve": _fixed(12, 24),
    "new year's day": _fixed(1, 1),
    "new year's eve": _fixed(12, 31),
    "halloween": _fixed(10, 31),
    "valentine's day": _fixed(2, 14),
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
    rf"(?:,?\s+(?P<y>{YEAR}))?"
)
def holiday(match: re.Match[str], context: ResolutionContext) -> Resolved | None:
    day_in = _HOLIDAYS[match["holiday"]]
    if match["y"]:
        return Resolved(TimexType.DATE, cal.day_value(day_in(year_number(match["y"]))))
    reference = context.reference
    if reference is None:
        fixed = day_in(2000)
        if day_in(2001).timetuple()[1:3] != fixed.timetuple()[1:3]:
            return None  # Easter or Thanksgiving without a year: no fixed day
        return Resolved(TimexType.DATE, f"XXXX-{fixed.month:02d}-{fixed.day:02d}")
    days = [day_in(year) for year in (reference.year - 1, reference.year, reference.year + 1)]
    if match["rel"] == "this":
        found = days[1]
    else:
        direction = {"last": -1, "next": 1}.get(match["rel"] or "") or context.direction(
            match.start(), match.end()
        )
        ahead = direction > 0
        found = (
            min(d for d in days if d >= reference)
            if ahead
            else max(d for d in days if d <= reference)
        )
    return Resolved(TimexType.DATE, cal.day_value(found), Anchor.REFERENCE)
