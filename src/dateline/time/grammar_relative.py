"""Rules for expressions resolved against the reference date: weekdays, "last month", "ago"."""

from __future__ import annotations

import re
from datetime import date, timedelta

from dateline.time import arithmetic as cal
from dateline.time.calendar_words import weekday_number
from dateline.time.context import ResolutionContext
from dateline.time.grammar import (
    MODIFIER,
    MONTH,
    WEEKDAY,
    YEAR,
    Resolved,
    Trigger,
    _mod,
    resolve_month_day,
    rule,
)
from dateline.time.grammar_periods import shift_value_by_years
from dateline.time.lexicon import (
    NUMBER_PATTERN,
    PARTS_OF_DAY,
    SEASONS,
    UNIT_PATTERN,
    approx_mod,
    duration_value,
    number_value,
    unit_of,
    year_value,
)
from dateline.time.timex import Anchor, TimexType

PART_OF_DAY = r"(?P<part>morning|afternoon|evening|night)"
# After "the day before", a verb in -ing: "before" starts a clause ("… before returning home").
_CLAUSE_AFTER = re.compile(r"\s+\w+ing\b")
# "Oct. 12, the day before …": an apposition, right after a day written out.
_DAY_NAMED_BEFORE = re.compile(r"\d,\s*$")


def weekday_day(
    number: int, relation: str | None, context: ResolutionContext, match: re.Match[str]
) -> date:
    """The day a weekday names: forward or back from the reference by its word or the tense."""
    assert context.reference is not None
    if relation in ("previous", "preceding", "following"):
        return _weekday_beside(number, relation, context)
    if relation in ("next", "coming"):
        direction = 1
    elif relation in ("last", "past"):
        direction = -1
    elif context.until_before(match.start(), match.end()):  # "until 9 a.m. Tuesday"
        direction = 1
    else:
        direction = context.direction(match.start(), match.end())
    day = cal.weekday_near(context.reference, number, direction)
    if relation in ("last", "past") and day == context.reference:
        day -= timedelta(days=7)
    return day


def _weekday_beside(number: int, relation: str, context: ResolutionContext) -> date:
    """ "the previous Friday", "the following Monday": the weekday strictly before or after the
    day last talked about (the reference when none was)."""
    anchor = context.last_day or context.reference
    assert anchor is not None
    if relation == "following":
        return cal.weekday_near(anchor + timedelta(days=1), number, 1)
    return cal.weekday_near(anchor - timedelta(days=1), number, -1)


# "every Friday", "on Sundays", "Tuesday nights": a weekday that recurs is a set.
@rule(
    rf"(?:(?P<rel>last|next|this|coming|past|every|each)\s+|the\s+(?P<rel2>previous|preceding|following)\s+)?"
    rf"(?P<wd>{WEEKDAY})(?P<days>s)?"
    rf"(?:\s+{PART_OF_DAY}(?P<parts>s)?)?",
    Trigger.WEEKDAY,
)
def weekday(match: re.Match[str], context: ResolutionContext) -> Resolved | None:
    number = weekday_number(match["wd"])
    if number is None:
        return None
    part = PARTS_OF_DAY.get(match["part"] or "")
    time_of_day = f"T{part}" if part else ""
    any_such_day = f"XXXX-WXX-{number + 1}{time_of_day}"
    if match["rel"] in ("every", "each") or match["days"] or match["parts"]:
        return Resolved(TimexType.SET, any_such_day)
    kind = TimexType.TIME if part else TimexType.DATE
    if context.reference is None:
        return Resolved(kind, any_such_day)
    relation = match["rel"] or match["rel2"]
    day = weekday_day(number, relation, context, match)
    anchor = Anchor.EXPRESSION if match["rel2"] and context.last_day else Anchor.REFERENCE
    return Resolved(kind, cal.day_value(day) + time_of_day, anchor)


DEICTIC_DAYS = {
    "today": 0,
    "yesterday": -1,
    "tomorrow": 1,
    "tonight": 0,
    "last night": -1,
    "the day before yesterday": -2,
    "the day after tomorrow": 2,
}


@rule(
    r"(?:(?P<mod>early|late|earlier|later)\s+|(?:early|late|mid)[- ]?(?P<lead>morning|afternoon|evening)\s+)?"
    r"(?P<word>today|yesterday|tomorrow|tonight|last night|the day before yesterday|the day after tomorrow)(?:\s+(?P<part>morning|afternoon|evening|night))?",
    Trigger.DEICTIC,
    Trigger.PART_OF_DAY,
)
def deictic_day(match: re.Match[str], context: ResolutionContext) -> Resolved | None:
    """ "yesterday", "tomorrow morning", "mid-afternoon yesterday"."""
    word = match["word"]
    part = PARTS_OF_DAY.get(match["part"] or match["lead"] or "")
    part = "NI" if word in ("tonight", "last night") else part
    kind = TimexType.TIME if part else TimexType.DATE
    if context.reference is None:
        return Resolved(kind, "PRESENT_REF" if word == "today" else "XXXX-XX-XX")
    day = context.reference + timedelta(days=DEICTIC_DAYS[word])
    return Resolved(
        kind, cal.day_value(day) + (f"T{part}" if part else ""), Anchor.REFERENCE, _mod(match)
    )


# "this morning", "by mid afternoon": a part of the reference day.
@rule(
    r"(?:this\s+|(?:early|late|mid)[- ]?)(?P<part>morning|afternoon|evening)",
    Trigger.PART_OF_DAY,
)
def this_part_of_day(match: re.Match[str], context: ResolutionContext) -> Resolved | None:
    part = PARTS_OF_DAY[match["part"]]
    if context.reference is None:
        return Resolved(TimexType.TIME, f"XXXX-XX-XXT{part}")
    return Resolved(TimexType.TIME, f"{cal.day_value(context.reference)}T{part}", Anchor.REFERENCE)


_REFERENCES = {
    "now": "PRESENT_REF",
    "right now": "PRESENT_REF",
    "currently": "PRESENT_REF",
    "current": "PRESENT_REF",
    "nowadays": "PRESENT_REF",
    "these days": "PRESENT_REF",
    "at present": "PRESENT_REF",
    "at the moment": "PRESENT_REF",
    "recently": "PAST_REF",
    "recent": "PAST_REF",
    "lately": "PAST_REF",
    "previously": "PAST_REF",
    "formerly": "PAST_REF",
    "the past": "PAST_REF",
    "in the past": "PAST_REF",
    "once": "PAST_REF",
    "soon": "FUTURE_REF",
    "the future": "FUTURE_REF",
    "the near future": "FUTURE_REF",
    "future": "FUTURE_REF",
    "shortly": "FUTURE_REF",
    "the coming years": "FUTURE_REF",
    "recent years": "PAST_REF",
    "the near term": "FUTURE_REF",
    "the short term": "FUTURE_REF",
    "a later date": "FUTURE_REF",
}


# "previously", "soon" and "recent" are left out: TimeBank tags them in fewer than half
# their uses (value F1 on TBAQ rises without them).
@rule(
    r"(?P<word>now|currently|current|nowadays|these days|at present|recently|lately|the near future|the future|the past|recent years|the near term|the short term|a later date)",
    Trigger.DEICTIC,
    Trigger.UNIT,
)
def reference_word(match: re.Match[str], context: ResolutionContext) -> Resolved | None:
    return Resolved(TimexType.DATE, _REFERENCES[match["word"]])


_PERIOD = r"(?P<unit>week|month|year|quarter|decade|century|weekend)"


@rule(
    rf"(?:the\s+)?week\s+of\s+(?P<month>{MONTH})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<y>{YEAR}))?",
    Trigger.UNIT,
)
def week_of(match: re.Match[str], context: ResolutionContext) -> Resolved | None:
    """ "the week of March 6": the calendar week holding that day."""
    day = resolve_month_day(match, context)
    if day is None or not day.value[:4].isdigit():
        return None
    found = date.fromisoformat(day.value)
    return Resolved(TimexType.DATE, cal.week_value(found), day.anchor)


# "For the week, the index dropped 3.8%": a week, but the text does not say which one.
@rule(
    r"the\s+week(?!\s+(?:of|before|after|ending|ended|earlier|later|ahead|following)\b)",
    Trigger.UNIT,
)
def the_week(match: re.Match[str], context: ResolutionContext) -> Resolved | None:
    anchor = Anchor.REFERENCE if context.reference else Anchor.NONE
    return Resolved(TimexType.DATE, f"{context.year_value()}-WXX", anchor)


# "returned later that year", "imports that year": the year (or month) last talked about.
@rule(r"(?:(?P<mod>earlier|later)\s+)?that\s+(?P<unit>year|month)", Trigger.UNIT)
def that_period(match: re.Match[str], context: ResolutionContext) -> Resolved | None:
    found = _YEAR_AND_MONTH.match(context.last_value or "")
    if found is None or (match["unit"] == "month" and not found["month"]):
        return None
    value = found["year"] if match["unit"] == "year" else found["year"] + found["month"]
    return Resolved(TimexType.DATE, value, Anchor.EXPRESSION)


# The year of a calendar value and, if it has one, its month ("1989-Q3" has none).
_YEAR_AND_MONTH = re.compile(r"(?P<year>\d{4})(?P<month>-\d{2}(?!\d))?")


@rule(r"the weekend", Trigger.UNIT)
def the_weekend(match: re.Match[str], context: ResolutionContext) -> Resolved | None:
    if context.reference is None:
        return Resolved(TimexType.DATE, "XXXX-WXX-WE")
    direction = context.direction(match.start(), match.end())
    anchor = context.reference + timedelta(days=2 * direction)
    return Resolved(TimexType.DATE, cal.week_value(anchor) + "-WE", Anchor.REFERENCE)


def _period_value(unit: str, reference: date, delta: int) -> str:
    if unit == "week":
        return cal.week_value(reference + timedelta(weeks=delta))
    if unit == "weekend":
        return cal.week_value(reference + timedelta(weeks=delta)) + "-WE"
    if unit == "month":
        return cal.month_value(*cal.shift_months(reference.year, reference.month, delta))
    if unit == "quarter":
        year, quarter = cal.shift_quarters(reference.year, cal.quarter_of(reference), delta)
        return f"{year:04d}-Q{quarter}"
    if unit == "decade":
        return str(reference.year // 10 + delta)[:3]
    if unit == "century":
        return f"{reference.year // 100 + delta:02d}"
    return f"{reference.year + delta:04d}"


_RELATION_DELTA = {
    "last": -1,
    "previous": -1,
    "past": -1,
    "this": 0,
    "current": 0,
    "next": 1,
    "coming": 1,
    "following": 1,
}


@rule(
    rf"{MODIFIER}(?:the\s+)?(?P<rel>last|this|next|previous|current|coming|following|past)\s+(?:fiscal\s+)?{_PERIOD}",
    Trigger.UNIT,
)
def relative_period(match: re.Match[str], context: ResolutionContext) -> Resolved | None:
    unit = match["unit"]
    anchor = context.reference
    kind = Anchor.REFERENCE
    if match["rel"] in ("previous", "following") and context.last_day is not None:
        anchor, kind = context.last_day, Anchor.EXPRESSION
    if anchor is None:
        return Resolved(TimexType.DATE, "XXXX" if unit == "year" else "XXXX-XX", mod=_mod(match))
    value = _period_value(unit, anchor, _RELATION_DELTA[match["rel"]])
    return Resolved(TimexType.DATE, value, kind, _mod(match))


_SEASON_STARTS = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}  # the month each season begins


@rule(
    rf"{MODIFIER}(?:(?P<rel>last|this past|this|next)\s+|the\s+)?(?P<season>spring|summer|fall|autumn|winter)(?:\s+of\s+(?P<y>{YEAR}))?",
    Trigger.SEASON,
)
def season(match: re.Match[str], context: ResolutionContext) -> Resolved | None:
    code = SEASONS[match["season"]]
    if match["y"]:
        return Resolved(TimexType.DATE, f"{year_value(match['y'])}-{code}", mod=_mod(match))
    if not (match["rel"] or match["mod"] or match.group(0).startswith("the")):
        return None  # "prices fall", "spring into action"
    if context.reference is None:
        return Resolved(TimexType.DATE, f"XXXX-{code}")
    delta = {"last": -1, "next": 1}.get(match["rel"] or "", 0)
    if match["rel"] == "this past":  # the latest one begun: "this past spring", in October
        delta = 0 if _SEASON_STARTS[code] < context.reference.month else -1
    return Resolved(
        TimexType.DATE,
        f"{context.reference.year + delta:04d}-{code}",
        Anchor.REFERENCE,
        _mod(match),
    )


# "two days ago" is a date; in "two days later" TimeML tags the duration and leaves the signal
# word outside (TBAQ: 15 of 15), and the day it leads to becomes the duration's point.
@rule(
    rf"(?:(?P<approx>almost|nearly|about|around|some|more than|less than|over|at least)\s+)?(?P<n>{NUMBER_PATTERN}|a|an)\s+(?P<unit>{UNIT_PATTERN})(?:(?:\s+or\s+so)?\s+(?P<dir>ago|earlier|from now|hence)|(?=\s+(?P<signal>later|after|before)\b))",
    Trigger.UNIT,
)
def offset(match: re.Match[str], context: ResolutionContext) -> Resolved | None:
    amount = number_value(match["n"])
    unit = unit_of(match["unit"])
    direction = match["dir"] or match["signal"]
    sign = 1 if direction in ("later", "after", "from now", "hence") else -1
    point = _offset_point(amount, unit, sign, direction, context)
    if match["signal"] and _DATED_ANCHOR_AFTER.match(context.text, match.end()):
        point = None  # "two years after the 2019 offensive": not after the last date named
    if match["signal"] in ("after", "before") and point and point.anchor is Anchor.REFERENCE:
        point = None  # "a day after Mubarak stepped down": after that event, not after today
    if match["signal"]:
        if point is None:
            return Resolved(TimexType.DURATION, duration_value(amount, unit), mod=approx_mod(match))
        return Resolved(
            TimexType.DURATION,
            duration_value(amount, unit),
            point.anchor,
            approx_mod(match),
            anchors_next=point.anchors_next,
            point=point.value,
        )
    if amount is None:
        return Resolved(TimexType.DATE, "FUTURE_REF" if sign > 0 else "PAST_REF")
    return point


# The signal word, then a date of its own within a few words: the anchor follows.
_DATED_ANCHOR_AFTER = re.compile(
    rf"\s+(?:after|before)\s+(?:[^\s.;,]+\s+){{0,3}}?(?:{YEAR}\b|{MONTH}\s+\d|\d{{1,2}}\s+{MONTH})"
)


def _offset_point(
    amount: int | None, unit: str, sign: int, direction: str, context: ResolutionContext
) -> Resolved | None:
    """The date `amount` units before or after the reference (or the day last talked about)."""
    if amount is None:
        return None
    anchor, kind = context.reference, Anchor.REFERENCE
    if direction in ("earlier", "later", "before", "after") and context.last_day is not None:
        anchor, kind = context.last_day, Anchor.EXPRESSION
    if anchor is None:
        return None
    delta = sign * amount
    # "a year earlier" after "the third quarter" means that quarter a year before.
    follows_previous = kind is Anchor.EXPRESSION or "-Q" in (context.last_value or "")
    if unit == "year" and context.last_value and follows_previous:
        shifted = shift_value_by_years(context.last_value, delta)
        if shifted:  # the period compared with stays the anchor of the next comparison
            return Resolved(TimexType.DATE, shifted, Anchor.EXPRESSION, anchors_next=False)
    if unit == "day":
        return Resolved(TimexType.DATE, cal.day_value(anchor + timedelta(days=delta)), kind)
    if unit in ("hour", "minute", "second"):
        return Resolved(TimexType.DATE, cal.day_value(anchor), kind)
    # "a year ago" names the period compared with: "a year earlier" after it is the same one.
    return Resolved(
        TimexType.DATE, _period_value(unit, anchor, delta), kind, anchors_next=unit != "year"
    )


@rule(
    r"(?P<rel>the (?:previous|following|next) day|the day (?:before|after)|that (?:same )?day|earlier that day|later that day|the same day)"
    rf"(?:\s+(?P<wd_rel>last|next|this)?\s*(?P<wd>{WEEKDAY})(?:'s)?)?",
    Trigger.UNIT,
)
def anchored_day(match: re.Match[str], context: ResolutionContext) -> Resolved | None:
    """ "the day before", "that same day": a day beside the one last talked about."""
    text = match["rel"]
    delta = (
        -1
        if ("previous" in text or "before" in text)
        else 1
        if ("following" in text or "next" in text or "after" in text)
        else 0
    )
    if match["wd"] and context.reference is not None:  # "the day before last Tuesday's hearing"
        named = weekday_day(weekday_number(match["wd"]) or 0, match["wd_rel"], context, match)
        value = cal.day_value(named + timedelta(days=delta))
        return Resolved(TimexType.DATE, value, Anchor.REFERENCE)
    if text.startswith("the day ") and _CLAUSE_AFTER.match(context.text, match.end()):
        return None  # "later in the day before returning home": "before" starts a clause
    anchor = context.last_day or context.reference
    if anchor is None:
        return None
    if context.last_day and _DAY_NAMED_BEFORE.search(
        context.text, max(0, match.start() - 4), match.start()
    ):
        delta = 0  # "Oct. 12, the day before the plunge": the day just named
    kind = Anchor.EXPRESSION if context.last_day else Anchor.REFERENCE
    return Resolved(TimexType.DATE, cal.day_value(anchor + timedelta(days=delta)), kind)
