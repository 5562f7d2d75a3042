"""Rules for the periods of reports: quarters, halves, fiscal years, year-ago comparisons."""

from __future__ import annotations

import re
from datetime import date

from dateline.time import arithmetic as cal
from dateline.time.context import ResolutionContext
from dateline.time.grammar import MODIFIER, YEAR, Resolved, Trigger, _mod, rule
from dateline.time.lexicon import ORDINALS, year_number, year_value
from dateline.time.timex import Anchor, TimexType

# "of 1990", "of the year", "of this year": the year a part of a year belongs to (no `y`: the
# reference's).
_OF_YEAR = rf"\s+of\s+(?:(?P<y>{YEAR})|(?P<this_year>(?:the|this)\s+year))"


@rule(
    rf"(?:(?P<q>first|second|third|fourth|1st|2nd|3rd|4th)[- ](?:fiscal[- ])?quarter|the\s+(?:(?P<q2>first|second|third|fourth|latest|last|current|past|previous)\s+)?(?:fiscal\s+)?quarter)(?:{_OF_YEAR}|\s+(?P<ago>a\s+year\s+(?:ago|earlier)))?",
    Trigger.UNIT,
)
def quarter(match: re.Match[str], context: ResolutionContext) -> Resolved | None:
    word = match["q"] or match["q2"]
    number = ORDINALS.get(word or "")
    if match["y"] and number:
        return Resolved(TimexType.DATE, f"{year_value(match['y'])}-Q{number}")
    if context.reference is None:
        return Resolved(TimexType.DATE, f"XXXX-Q{number}" if number else "XXXX-QX")
    current = cal.quarter_of(context.reference)
    year = context.reference.year
    back = 1 if match["ago"] else 0  # "the quarter a year ago"
    if number is None:  # "the quarter", "the latest quarter": the last one reported
        if word == "current":
            return Resolved(TimexType.DATE, f"{year - back:04d}-Q{current}", Anchor.REFERENCE)
        value = _reported_quarter(context.reference, years_back=back)
        return Resolved(TimexType.DATE, value, Anchor.REFERENCE, anchors_next=not back)
    if number > current and not match["this_year"]:  # not reached yet: last year's
        year -= 1
    return Resolved(
        TimexType.DATE, f"{year - back:04d}-Q{number}", Anchor.REFERENCE, anchors_next=not back
    )


_QUARTER_NUMBER = re.compile(r"-Q(\d)$")


def _compared_quarter(match: re.Match[str], context: ResolutionContext) -> str | None:
    """What "the year-ago period" or "the 1989 period" compares with: the quarter being
    reported once the text has named it, even after a forecast or an aside named another
    (TBAQ: 4 of 4); else the last calendar value."""
    if context.reference and re.search(r"quarter|period", match.group(0)):
        reported = _reported_quarter(context.reference)
        if reported in context.named_quarters:
            return reported
    return context.last_value


def _reported_quarter(reference: date, years_back: int = 0) -> str:
    """The quarter a report of `reference` is about: the last one ended (`years_back` earlier)."""
    year, number = cal.shift_quarters(reference.year, cal.quarter_of(reference), -1)
    return f"{year - years_back:04d}-Q{number}"


# "the 1988 third quarter", "the 1989 period" (the quarter being reported), "this year's
# second quarter", "last year's quarter".
@rule(
    rf"(?:the\s+(?P<y>{YEAR})|(?P<rel>this|last|next)\s+year's)\s+(?:(?:(?P<q>first|second|third|fourth)\s+)?(?:fiscal\s+)?quarter|(?<=\d\s)period)",
    Trigger.UNIT,
    Trigger.DIGIT,
)
def year_quarter(match: re.Match[str], context: ResolutionContext) -> Resolved | None:
    if match["y"]:
        year, kind = year_number(match["y"]), Anchor.NONE
    elif context.reference is not None:
        delta = {"last": -1, "next": 1}.get(match["rel"], 0)
        year, kind = context.reference.year + delta, Anchor.REFERENCE
    else:
        return None
    number = ORDINALS.get(match["q"] or "")
    compared = _compared_quarter(match, context)
    if number is None and (found := _QUARTER_NUMBER.search(compared or "")):
        number, kind = int(found[1]), Anchor.EXPRESSION
    if number is None and match["rel"] and context.reference and "quarter" in match.group(0):
        number = int(_reported_quarter(context.reference)[-1])  # "last year's quarter"
    value = f"{year:04d}-Q{number}" if number else f"{year:04d}"
    # A past year's period is what the report compares with, like "the year-ago quarter": a
    # later "year-ago" names it again, it does not go a year further back.
    compared_with = context.reference is not None and year < context.reference.year
    return Resolved(TimexType.DATE, value, kind, anchors_next=bool(number) and not compared_with)


# "sales in the latest period": the quarter being reported.
@rule(r"the\s+(?:latest|most recent|current)\s+period", Trigger.DEICTIC)
def latest_period(match: re.Match[str], context: ResolutionContext) -> Resolved | None:
    if context.last_value and _QUARTER_NUMBER.search(context.last_value):
        return Resolved(TimexType.DATE, context.last_value, Anchor.EXPRESSION)
    if context.reference is None:
        return None
    return Resolved(TimexType.DATE, _reported_quarter(context.reference), Anchor.REFERENCE)


# "Q3 2021", "2021 Q3", "Q3/2021", "Q3 of 2021": a quarter written the business way.
@rule(
    r"q(?P<q>[1-4])(?:\s*[/-]\s*|\s+(?:of\s+)?)(?P<y>\d{4})|(?P<y2>\d{4})\s*[/-]?\s*q(?P<q2>[1-4])",
    Trigger.DIGIT,
)
def short_quarter(match: re.Match[str], context: ResolutionContext) -> Resolved | None:
    year = year_value(match["y"] or match["y2"])
    return Resolved(TimexType.DATE, f"{year}-Q{match['q'] or match['q2']}")


# "sales for the year", "a high for the year", "by the end of the year", "earlier in the year":
# a report's own year (TBAQ: 14 of the 15 "the year" are tagged, nearly all the DCT's year).
@rule(
    rf"{MODIFIER}(?:(?:earlier|later)\s+in\s+the\s+year|the\s+(?:full\s+|fiscal\s+|calendar\s+)?year)"
    r"(?!\s+(?:end(?:ed|ing)|before|after|earlier|later|since|that|when|in\s+which)\b)",
    Trigger.UNIT,
)
def the_year(match: re.Match[str], context: ResolutionContext) -> Resolved | None:
    if named := _YEAR_BEFORE.search(context.text, max(0, match.start() - 8), match.start()):
        # "in 1994, the year Clinton …": the year just named
        return Resolved(TimexType.DATE, named[1], Anchor.EXPRESSION, _mod(match))
    anchor = Anchor.REFERENCE if context.reference else Anchor.NONE
    return Resolved(TimexType.DATE, context.year_value(), anchor, _mod(match))


_YEAR_BEFORE = re.compile(r"\b(\d{4}),\s*$")


# "complete the deal by year-end", "up 5% since year-end": the last day of this year or of the
# last one; without such a word the side is unknown and nothing is tagged.
@rule(
    r"(?:(?<=by\s)|(?<=until\s)|(?<=before\s)|(?<=through\s)|(?<=since\s)|(?<=after\s))"
    r"year[- ]end",
    Trigger.UNIT,
)
def year_end(match: re.Match[str], context: ResolutionContext) -> Resolved | None:
    if context.reference is None:
        return None
    before = context.text[max(0, match.start() - 6) : match.start()]
    year = context.reference.year - (1 if before.endswith(("since ", "after ")) else 0)
    # A boundary, not the period a later "a year earlier" compares with.
    return Resolved(TimexType.DATE, f"{year:04d}-12-31", Anchor.REFERENCE, anchors_next=False)


# "net income for the year ended June 30": a year-long period, its end date tagged apart.
@rule(r"the\s+(?:fiscal\s+)?year(?=\s+end(?:ed|ing)\b)", Trigger.UNIT)
def year_ending(match: re.Match[str], context: ResolutionContext) -> Resolved | None:
    return Resolved(TimexType.DURATION, "P1Y")


# "the last half of the '80s" is no half year: after "of" comes a year or nothing.
@rule(
    rf"(?:the\s+)?(?P<h>first|second|last)\s+half(?:{_OF_YEAR}|(?!\s+of\b))",
    Trigger.UNIT,
)
def half_year(match: re.Match[str], context: ResolutionContext) -> Resolved | None:
    number = 1 if match["h"] == "first" else 2
    year = year_value(match["y"]) if match["y"] else context.year_value()
    return Resolved(TimexType.DATE, f"{year}-H{number}")


# "compared with year-earlier profit", "the year-ago quarter": the period compared with, a year back.
# "the corresponding period last year" is the same comparison written out.
@rule(
    r"(?:the\s+)?(?:comparable\s+)?year-(?:earlier|ago)\s+(?:quarter|period)|year-(?:earlier|ago)"
    r"|the\s+(?:same|corresponding|comparable)\s+(?:period|quarter)\s+(?:last\s+year|a\s+year\s+(?:ago|earlier))",
    Trigger.UNIT,
)
def year_earlier(match: re.Match[str], context: ResolutionContext) -> Resolved | None:
    compared = _compared_quarter(match, context)
    if compared and "-Q" in compared:
        shifted = shift_value_by_years(compared, -1)
        if shifted:
            return Resolved(TimexType.DATE, shifted, Anchor.EXPRESSION, anchors_next=False)
    if context.reference is None:
        return Resolved(TimexType.DATE, "XXXX")
    if "quarter" in match.group(0):  # no quarter named yet: the one being reported
        value = _reported_quarter(context.reference, years_back=1)
    else:
        value = f"{context.reference.year - 1:04d}"
    return Resolved(TimexType.DATE, value, Anchor.REFERENCE, anchors_next=False)


def shift_value_by_years(value: str, years: int) -> str | None:
    """`1989-Q3` a year earlier is `1988-Q3`; `1989-11-02` is `1988-11-02`."""
    if not value[:4].isdigit():
        return None
    year = int(value[:4]) + years
    rest = value[4:]
    if rest.startswith("-02-29"):
        rest = "-02-28"
    return f"{year:04d}{rest}" if re.fullmatch(r"(-Q\d|-\d\d(-\d\d)?)?", rest) else None
