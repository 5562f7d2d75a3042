"""The rules of the temporal tagger: a pattern for the extent and a function for the value.

Patterns run on lower-cased text. Values follow TIMEX3 / TempEval-3 conventions.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from enum import Enum

from dateline.time import arithmetic as cal
from dateline.time.calendar_words import FULL_MONTH_NAMES, month_number
from dateline.time.context import ResolutionContext
from dateline.time.lexicon import SPELLED_YEAR, year_number, year_value
from dateline.time.timex import Anchor, TimexType

MONTH = (
    r"(?:jan(?:uary|\.)?|feb(?:ruary|\.)?|mar(?:ch|\.)?|apr(?:il|\.)?|may|june?|july?|"
    r"aug(?:ust|\.)?|sep(?:tember|t\.?|\.)?|oct(?:ober|\.)?|nov(?:ember|\.)?|dec(?:ember|\.)?)"
    r"(?![a-z])"
)
WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
# Four digits before a time zone are a 24-hour clock, not a year: "19 January, 1815 GMT",
# "struck at 1653 (2153 GMT)".
_ZONE = r"(?:gmt|utc|bst|cet|[ecmp][sd]t)(?![a-z])"
_NOT_A_CLOCK = rf"(?!\s*{_ZONE})(?!\s*(?:\(|-lrb-)\s*\d{{4}}\s*{_ZONE})"
YEAR = rf"(?:(?:1[5-9]\d\d|20\d\d){_NOT_A_CLOCK}|{SPELLED_YEAR})"
MODIFIER = r"(?:(?P<mod>early|late|mid|earlier|later|the end of|the beginning of|the start of|the middle of)[- ]?\s*)?"
MODS = {
    "early": "START",
    "the beginning of": "START",
    "the start of": "START",
    "late": "END",
    "the end of": "END",
    "mid": "MID",
    "the middle of": "MID",
}


@dataclass(slots=True, frozen=True)
class Resolved:
    type: TimexType
    value: str
    anchor: Anchor = Anchor.NONE
    mod: str | None = None
    anchors_next: bool = True  # whether later expressions may resolve against this one
    point: str | None = None  # see Timex.point


Normalizer = Callable[[re.Match[str], ResolutionContext], Resolved | None]


class Trigger(Enum):
    """Words, at a word's start, one of which every extent of a rule holds (a digit for DIGIT).

    The tagger runs a rule only near its triggers. No trigger is the start of another class's
    trigger ("dec" of "decade" would hide the unit), so one scan finds each class's words."""

    DIGIT = r"\d+"  # a run is one trigger: its window covers each of its digits' windows
    UNIT = r"year|month|week|day|decade|centur|quarter|half|hour|minute|second"
    MONTH = r"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec"
    WEEKDAY = r"monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    DEICTIC = (
        r"today|yesterday|tomorrow|tonight|now|current|recent|lately|present|past|future|ago|"
        r"earlier|later|hence|latest period|near term|short term"
    )
    PART_OF_DAY = r"night|morning|afternoon|evening|noon|midnight|midday"
    SEASON = r"spring|summer|fall|autumn|winter"
    RECURRENCE = r"every|each|per\b|dail"
    SPELLED_YEAR = r"nineteen|thousand"
    # "New Year's Day" and "Good Friday" are found by their UNIT and WEEKDAY words.
    HOLIDAY = r"christmas|halloween|valentine|easter\b|thanksgiving"


@dataclass(slots=True, frozen=True)
class Rule:
    name: str
    pattern: re.Pattern[str]
    normalize: Normalizer
    triggers: frozenset[Trigger]


RULES: list[Rule] = []


def rule(pattern: str, *triggers: Trigger) -> Callable[[Normalizer], Normalizer]:
    """Register a rule whose every extent holds one of `triggers`."""
    if not triggers:
        raise ValueError("a rule without triggers would never run")

    def register(function: Normalizer) -> Normalizer:
        RULES.append(
            Rule(
                function.__name__,
                re.compile(rf"(?<![\w$£€-])(?:{pattern})(?![\w-]|[.,]\d)"),
                function,
                frozenset(triggers),
            )
        )
        return function

    return register


def _mod(match: re.Match[str]) -> str | None:
    groups = match.groupdict()
    if half := groups.get("half"):
        return "START" if half == "first" else "END"
    found = groups.get("mod")
    return MODS.get(found) if found else None


def _date(
    day: date | None,
    anchor: Anchor,
    match: re.Match[str] | None = None,
    kind: TimexType = TimexType.DATE,
) -> Resolved | None:
    if day is None:
        return None
    return Resolved(kind, cal.day_value(day), anchor, _mod(match) if match else None)


# Absolute dates ------------------------------------------------------------------------------
@rule(r"(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})", Trigger.DIGIT)
def iso_date(match: re.Match[str], context: ResolutionContext) -> Resolved | None:
    day = cal.safe_date(int(match["y"]), int(match["m"]), int(match["d"]))
    return _date(day, Anchor.NONE)


@rule(r"(?P<m>\d{1,2})/(?P<d>\d{1,2})/(?P<y>\d{4}|\d{2})", Trigger.DIGIT)
def numeric_date(match: re.Match[str], context: ResolutionContext) -> Resolved | None:
    year = int(match["y"]) + (1900 if len(match["y"]) == 2 and int(match["y"]) > 30 else 0)
    year += 2000 if len(match["y"]) == 2 and year < 100 else 0
    first, second = int(match["m"]), int(match["d"])
    month, day = (second, first) if first > 12 else (first, second)
    return _date(cal.safe_date(year, month, day), Anchor.NONE)


# A range whose second end writes the year out: the first end shares it.
_RANGE_PARTNER = re.compile(
    r"\s*(?:and|to|until|till|through|or|-|–|—)\s*(?:(?:early|mid|late)[- ]?\s*)?"
    rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?)?{MONTH}"
    rf"(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?,?\s+(?P<y>{YEAR})(?![\w-])"
)


def resolve_month_day(match: re.Match[str], context: ResolutionContext) -> Resolved | None:
    """The day of a match with `month`, `d` and optional `y` groups: its year written out, taken
    from a range's other end, or the one the tense points to."""
    month = month_number(match["month"])
    day = int(match["d"])
    if month is None:
        return None
    if match["y"]:
        return _date(cal.safe_date(year_number(match["y"]), month, day), Anchor.NONE, match)
    if partner := _RANGE_PARTNER.match(context.text, match.end()):  # "Jan. 17 to Feb. 2, 2018"
        return _date(cal.safe_date(year_number(partner["y"]), month, day), Anchor.EXPRESSION, match)
    if context.reference is None:
        return Resolved(TimexType.DATE, f"XXXX-{month:02d}-{day:02d}") if 1 <= day <= 31 else None
    ahead = context.deadline_before(match.start())  # "completed by Dec. 15"
    direction = 1 if ahead else context.direction(match.start(), match.end())
    found = cal.day_of_month_near(context.reference, month, day, direction)
    return _date(found, Anchor.REFERENCE, match)


# "Saturday, April 25" is one expression: the weekday repeats what the date says.
_LEADING_WEEKDAY = rf"(?:{WEEKDAY},?\s+)?"


@rule(
    rf"{_LEADING_WEEKDAY}(?:the\s+)?(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month>{MONTH})(?:,?\s+(?P<y>{YEAR}))?",
    Trigger.MONTH,
)
def day_month(match: re.Match[str], context: ResolutionContext) -> Resolved | None:
    return resolve_month_day(match, context)


@rule(
    rf"{_LEADING_WEEKDAY}(?P<month>{MONTH})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<y>{YEAR}))?",
    Trigger.MONTH,
)
def month_day(match: re.Match[str], context: ResolutionContext) -> Resolved | None:
    return resolve_month_day(match, context)


_RANGE_FIRST_DAY = re.compile(
    rf"(?<!between\s)(?P<month>{MONTH})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s*(?:and|to|or|-|–)\s*$"
)


# "April 24 and 25", "May 3-5": the second day shares the first one's month and year; not the
# end of an interval ("peaked between April 23 and 28"), on which nothing is said to happen.
@rule(
    r"(?:(?<=\sand\s)|(?<=\sto\s)|(?<=\sor\s)|(?<=\d-)|(?<=\d–))(?P<d>\d{1,2})(?:st|nd|rd|th)?",
    Trigger.DIGIT,
)
def range_end_day(match: re.Match[str], context: ResolutionContext) -> Resolved | None:
    first = _RANGE_FIRST_DAY.search(context.text, max(0, match.start() - 32), match.start())
    start = context.last_day
    if first is None or start is None or month_number(first["month"]) != start.month:
        return None
    if int(first["d"]) >= int(match["d"]):
        return None
    day = cal.safe_date(start.year, start.month, int(match["d"]))
    return _date(day, Anchor.EXPRESSION)


@rule(rf"{MODIFIER}(?P<month>{MONTH}),?\s+(?:of\s+)?(?P<y>{YEAR})", Trigger.MONTH)
def month_year(match: re.Match[str], context: ResolutionContext) -> Resolved | None:
    month = month_number(match["month"])
    return (
        Resolved(TimexType.DATE, cal.month_value(year_number(match["y"]), month), mod=_mod(match))
        if month
        else None
    )


def _bare_abbreviation(match: re.Match[str]) -> bool:
    """ "Jan" with no period, day, year or "last" is a name ("Jan Kavan"), not January."""
    word = match["month"]
    return not (match["rel"] or match["mod"] or word.endswith(".") or word in FULL_MONTH_NAMES)


# "the second half of January": the month, its end.
_HALF_OF = r"(?:the\s+(?P<half>first|second)\s+half\s+of\s+)?"


@rule(
    # "last Oct. 23" is a day: with "last" or "next", a month followed by a number is no month.
    rf"{_HALF_OF}{MODIFIER}(?:(?P<rel>last|next|this|that|every|each)\s+)?(?P<month>{MONTH})"
    r"(?(rel)(?!\.?\s+\d))",
    Trigger.MONTH,
)
def month_alone(match: re.Match[str], context: ResolutionContext) -> Resolved | None:
    month = month_number(match["month"])
    if month is None or _bare_abbreviation(match):
        return None
    if match["rel"] in ("every", "each"):  # "each July": the month of every year
        return Resolved(TimexType.SET, f"XXXX-{month:02d}")
    if not match["rel"] and (partner := _RANGE_PARTNER.match(context.text, match.end())):
        # "between March and May 2018": the first month takes the year of the second.
        year = year_number(partner["y"])
        return Resolved(
            TimexType.DATE, cal.month_value(year, month), Anchor.EXPRESSION, _mod(match)
        )
    if context.reference is None:
        return Resolved(TimexType.DATE, f"XXXX-{month:02d}", mod=_mod(match))
    reference = context.reference
    relation = match["rel"]
    if relation == "last":
        # The month just ended is "last month"; "last February" written in March is a year back
        # ("an election took place last February", March 2009: February 2008).
        year = reference.year - 1 if month >= reference.month - 1 else reference.year
    elif relation == "next":
        year = reference.year + 1 if month <= reference.month else reference.year
    elif relation == "this":
        year = reference.year
    else:
        # Only for months: "by Friday, the toll had risen" looks back as often as ahead.
        ahead = context.deadline_before(match.start())
        direction = 1 if ahead else context.direction(match.start(), match.end())
        # The month after the current one is the coming one, whatever the tense: news rarely
        # reaches back eleven months for a bare month name (4 of 4 in TBAQ).
        if month == reference.month % 12 + 1:
            direction = 1
        year = cal.month_of_year_near(reference, month, direction)
    return Resolved(TimexType.DATE, cal.month_value(year, month), Anchor.REFERENCE, _mod(match))


@rule(
    rf"{MODIFIER}(?:(?:the\s+)?(?:fiscal|calendar|financial)\s+(?:year\s+)?|fy\s?)?(?P<y>{YEAR})",
    Trigger.DIGIT,
    Trigger.SPELLED_YEAR,
)
def year_alone(match: re.Match[str], context: ResolutionContext) -> Resolved | None:
    return Resolved(TimexType.DATE, year_value(match["y"]), mod=_mod(match))


@rule(
    r"(?:the\s+)?(?:(?:early|mid|late)[- ])?(?:(?P<c>1[5-9]|20)(?P<dd>\d)0|'(?P<short>\d)0)'?s",
    Trigger.DIGIT,
)
def decade(match: re.Match[str], context: ResolutionContext) -> Resolved | None:
    if match["short"]:
        return Resolved(TimexType.DATE, f"19{match['short']}")
    return Resolved(TimexType.DATE, f"{match['c']}{match['dd']}")


@rule(r"(?:the\s+)?(?P<n>\d{1,2})(?:st|nd|rd|th)\s+century", Trigger.DIGIT)
def century(match: re.Match[str], context: ResolutionContext) -> Resolved | None:
    return Resolved(TimexType.DATE, f"{int(match['n']) - 1:02d}")
