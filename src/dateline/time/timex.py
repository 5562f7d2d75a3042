"""A temporal expression found in text, with its TIMEX3 type and normalized value."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from dateline.records import Granularity


class TimexType(StrEnum):
    DATE = "DATE"
    TIME = "TIME"
    DURATION = "DURATION"
    SET = "SET"


class Anchor(StrEnum):
    """What a value was resolved against."""

    NONE = "none"  # absolute ("19 November 2020") or not resolvable
    REFERENCE = "reference"  # the reference date (publication date)
    EXPRESSION = "expression"  # an earlier expression in the same text


@dataclass(slots=True, frozen=True)
class Timex:
    start: int
    end: int
    text: str
    type: TimexType
    value: str  # TIMEX3 value: 2020-11-23, 2020-W47, 2019, P3D, PRESENT_REF, XXXX-12-25 …
    anchor: Anchor = Anchor.NONE
    mod: str | None = None  # START, MID, END, APPROX … (TIMEX3 mod)
    # A duration before "later", "after" or "before" ("two days later"): TimeML tags the
    # duration alone; this is the day it leads to.
    point: str | None = None

    @property
    def calendar_value(self) -> str | None:
        return calendar_value(self.type, self.value, self.point)

    @property
    def granularity(self) -> Granularity | None:
        """Day, month or year of the calendar value (a duration's point included), else None."""
        value = self.calendar_value or ""
        if not value[:4].isdigit() or value[4:6] == "-W":  # weeks have no calendar granularity
            return None
        if len(value) >= 10 and value[4] == "-" and value[7] == "-" and value[8:10].isdigit():
            return Granularity.DAY
        if len(value) >= 7 and value[4] == "-" and value[5:7].isdigit():
            return Granularity.MONTH
        return Granularity.YEAR


def calendar_value(kind: TimexType, value: str, point: str | None) -> str | None:
    """The date or time an expression places something at: its value, or a duration's point."""
    return value if kind in (TimexType.DATE, TimexType.TIME) else point
