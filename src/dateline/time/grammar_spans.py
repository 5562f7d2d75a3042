"""Rules for durations, sets and clock times."""

from __future__ import annotations

import re
from datetime import timedelta

from dateline.time import arithmetic as cal
from dateline.time.calendar_words import weekday_number
from dateline.time.context import ResolutionContext
from dateline.time.grammar import MONTH, WEEKDAY, YEAR, Resolved, Trigger, resolve_month_day, rule
from dateline.time.grammar_relative import DEICTIC_DAYS, weekday_day
from dateline.time.lexicon import (
    APPROXIMATELY,
    NUMBER_PATTERN,
    UNIT_PATTERN,
    approx_mod,
    duration_value,
    number_value,
    unit_of,
)
from dateline.time.timex import Anchor, TimexType

_ORDINAL_SECOND = re.compile(r"an?\s+second$")
_NOUN_AFTER = re.compile(r"\s+(?!later|ago|earlier|before|after|or\b|and\b)[a-z]")
_PLURAL_UNIT = UNIT_PATTERN.replace("s?", "s")


# "a" right before a number stays outside ("a 16-hour"), "the" comes in before a plural ("the
# nine months") but not before an adjective ("the eight-year war", "the two day visit").
@rule(
    rf"{APPROXIMATELY}(?:(?:the|a|an)\s+(?=(?:past|last|next|first|coming|previous|following|final|initial|recent|few|several)\s)|the\s+(?={NUMBER_PATTERN}\s+(?:more\s+)?{_PLURAL_UNIT}))?(?:(?:past|last|next|first|coming|previous|following|final|initial|recent|few|several)\s+)*(?:(?P<n>{NUMBER_PATTERN})(?:\s+(?P<half>1/2))?[\s-]+)(?:more\s+)?(?P<unit>{UNIT_PATTERN})(?:[\s-]long|\s+(?P<and_half>and\s+a\s+half))?",
    Trigger.UNIT,
)
def duration(match: re.Match[str], context: ResolutionContext) -> Resolved | None:
    text = match.group(0)
    after = context.text[match.end() : match.end() + 5]
    # Ages ("52 years old", "a 30-year-old") and fractions ("three-quarters of") are no durations.
    if after.startswith((" old", "-old")) or re.search(r"\d\s*(?:a\.m|p\.m)", text):
        return None
    if match["unit"].startswith("quarter") and "-" in text:
        return None
    following = context.text[match.end() : match.end() + 12]
    if _ORDINAL_SECOND.match(text) and _NOUN_AFTER.match(following):  # "a second group"
        return None
    if text == "one day" and _MODAL_RIGHT_BEFORE.search(
        context.text, max(0, match.start() - 12), match.start()
    ):
        return Resolved(TimexType.DATE, "FUTURE_REF")  # "Islam will one day be …"
    amount = number_value(match["n"])
    value = duration_value(
        amount, unit_of(match["unit"]), half=bool(match["half"] or match["and_half"])
    )
    # "$500 million a year", "four flights a week": a rate, which TimeBank leaves untagged
    # (7 of 10 in TBAQ) and which dates nothing.
    if text.startswith(("a ", "an ")) and _AMOUNT_BEFORE.search(
        context.text, max(0, match.start() - 24), match.start()
    ):
        return None
    # "twice a year", "three times a week": TimeML tags "a year" as the set.
    if _FREQUENCY_BEFORE.search(
        context.text, max(0, match.start() - 12), match.start()
    ) and text.startswith("a"):
        return Resolved(TimexType.SET, value)
    return Resolved(TimexType.DURATION, value, mod=approx_mod(match))


_FREQUENCY_BEFORE = re.compile(r"\b(?:once|twice|thrice|times)\s+$")
_AMOUNT_BEFORE = re.compile(
    r"(?:\d|\b(?:million|billion|trillion|thousand|hundred|dozen|two|three|four|five|six|seven|"
    r"eight|nine|ten))(?:\s+[a-z]+)?\s+$"
)
_MODAL_RIGHT_BEFORE = re.compile(r"\b(?:will|would|may|might|could|can|shall|to)\s+$")


@rule(
    rf"(?:the\s+)?(?:past|last|next|coming|recent|previous)\s+(?:few\s+|several\s+)?(?P<unit>{_PLURAL_UNIT})",
    Trigger.UNIT,
)
def vague_duration(match: re.Match[str], context: ResolutionContext) -> Resolved | None:
    return Resolved(TimexType.DURATION, duration_value(None, unit_of(match["unit"])))


# "in the weeks ahead", "the years to come", "over the years", "in the early years".
@rule(
    rf"the\s+(?P<unit>{_PLURAL_UNIT})\s+(?:ahead|to\s+come)|(?<=over\s)the\s+(?P<unit2>years|decades)"
    r"|the\s+early\s+(?P<unit3>years|months|weeks|days)",
    Trigger.UNIT,
)
def open_stretch(match: re.Match[str], context: ResolutionContext) -> Resolved | None:
    unit = match["unit"] or match["unit2"] or match["unit3"]
    return Resolved(TimexType.DURATION, duration_value(None, unit_of(unit)))


# "quarterly" and "annually" mostly qualify a noun ("quarterly dividend"): TimeBank leaves them.
_SETS = {
    "daily": "P1D",
    "weekly": "P1W",
    "monthly": "P1M",
    "yearly": "P1Y",
    "hourly": "PT1H",
    "nightly": "P1D",
}


@rule(
    r"(?P<word>daily|weekly|monthly|yearly|hourly|nightly)",
    Trigger.RECURRENCE,
    Trigger.UNIT,
    Trigger.PART_OF_DAY,
)
def adverb_set(match: re.Match[str], context: ResolutionContext) -> Resolved | None:
    return Resolved(TimexType.SET, _SETS[match["word"]])


@rule(
    rf"(?:every|each|per)\s+(?:(?P<n>{NUMBER_PATTERN})\s+)?(?P<unit>{UNIT_PATTERN})",
    Trigger.RECURRENCE,
)
def every(match: re.Match[str], context: ResolutionContext) -> Resolved | None:
    amount = number_value(match["n"]) if match["n"] else 1
    return Resolved(TimexType.SET, duration_value(amount, unit_of(match["unit"])))


@rule(
    r"(?:(?P<h>\d{1,2})(?:[:.](?P<min>\d{2}))?\s*(?P<ampm>a\.m\.?|p\.m\.?|am|pm)(?:\s+(?P<zone>[ecmp][sd]t|gmt|utc))?|(?P<word>noon|midnight|midday))"
    rf"(?:,?\s+(?:on\s+)?(?P<wd>{WEEKDAY})|\s+(?P<deictic>yesterday|today|tomorrow)"
    rf"|,?\s+(?P<month>{MONTH})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<y>{YEAR}))?)?",
    Trigger.DIGIT,
    Trigger.PART_OF_DAY,
)
def clock_time(match: re.Match[str], context: ResolutionContext) -> Resolved | None:
    if match["word"] and context.text[: match.start()].endswith("high "):  # "high noon"
        return None
    if match["word"]:
        hour, minute = (0, 0) if match["word"] == "midnight" else (12, 0)
    else:
        hour, minute = int(match["h"]), int(match["min"] or 0)
        if hour > 12 or minute > 59:
            return None
        if match["ampm"].startswith("p") and hour != 12:
            hour += 12
        elif match["ampm"].startswith("a") and hour == 12:
            hour = 0
    clock = f"T{hour:02d}:{minute:02d}"
    if match["month"]:  # "until 5 p.m. EST Nov. 9": the date gives the day
        day = resolve_month_day(match, context)
        return Resolved(TimexType.TIME, day.value + clock, day.anchor) if day else None
    if match["wd"] and context.reference is None:
        return Resolved(TimexType.TIME, f"XXXX-WXX-{(weekday_number(match['wd']) or 0) + 1}{clock}")
    if context.reference and (match["wd"] or match["deictic"]):  # "10 p.m. Wednesday"
        day = (
            weekday_day(weekday_number(match["wd"]) or 0, None, context, match)
            if match["wd"]
            else context.reference + timedelta(days=DEICTIC_DAYS[match["deictic"]])
        )
        return Resolved(TimexType.TIME, cal.day_value(day) + clock, Anchor.REFERENCE)
    if context.reference and (later := _WEEKDAY_AFTER_CLOCK.match(context.text, match.end())):
        # "at 10:35 a.m. (0735 GMT) Friday": the day follows the time, outside the extent.
        day = weekday_day(weekday_number(later["wd"]) or 0, None, context, match)
        return Resolved(TimexType.TIME, cal.day_value(day) + clock, Anchor.REFERENCE)
    # Else the day last talked about, or the reference day.
    anchor_day = context.last_day or context.reference
    day_value = cal.day_value(anchor_day) if anchor_day else "XXXX-XX-XX"
    anchor = (
        Anchor.EXPRESSION
        if context.last_day
        else Anchor.REFERENCE
        if context.reference
        else Anchor.NONE
    )
    return Resolved(TimexType.TIME, day_value + clock, anchor)


_WEEKDAY_AFTER_CLOCK = re.compile(
    r"\s*(?:local time\s*)?(?:\([^()]{0,20}\)\s*)?"  # "local time (0100 GMT)"
    rf",?\s*(?:on\s+)?(?P<wd>{WEEKDAY})"
)
_BARE_PLURAL_CUES = ("for ", "over ", "within ", "after ", "took ", "lasted ", "time in ")


@rule(r"(?P<unit>years|months|weeks|decades|centuries)", Trigger.UNIT)
def bare_plural(match: re.Match[str], context: ResolutionContext) -> Resolved | None:
    """ "for years", "over decades": a duration of unknown length."""
    before = context.text[max(0, match.start() - 8) : match.start()]
    if not before.endswith(_BARE_PLURAL_CUES):
        return None
    return Resolved(TimexType.DURATION, duration_value(None, unit_of(match["unit"])))
