"""Infer a publication date from the content when no metadata or date line gave one.

Evidence: explicit dates (captions included), month-day dates whose year the text fixes,
weekday mentions ("announced on Monday" is reported on Monday or soon after), the dates of
near-duplicate copies, and the dates of neighbouring articles of the same dump. Each
candidate day is scored against all of it; the answer is a day when the evidence fixes one,
else a month or a year, with a confidence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta

from dateline.records import DateMethod, PartialDate, PublicationDate
from dateline.time import arithmetic as cal
from dateline.time.calendar_words import weekday_number
from dateline.time.context import ResolutionContext
from dateline.time.tagger import tag
from dateline.time.timex import TimexType

_FULL_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_MONTH_DAY = re.compile(r"^XXXX-(\d{2})-(\d{2})$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")
_WEEKDAY = re.compile(r"^XXXX-WXX-(\d)")
_SEARCH_DAYS = 8  # a report follows the latest event it dates within about a week
_MIN_DAY_SCORE = 0.6
# A report of a past event cannot come before it: a candidate before a past date pays this.
_BEFORE_PAST_EVENT = 1.5
# "said on Monday": published that day or the next (weights checked on T17, see bench/pubdate_bench.py).
_WEEKDAY_SAME_DAY, _WEEKDAY_NEXT_DAY, _WEEKDAY_LATER = 0.5, 0.6, 0.2
_WEEKDAY_BEFORE_DATED_EVENT = 0.5
_WEEK_AFTER_CONFIDENCE = 0.35


@dataclass(slots=True)
class DateEvidence:
    """What the text itself says, read without a reference date."""

    days: list[tuple[date, int]] = field(default_factory=list)  # (date, tense)
    month_days: list[tuple[int, int, int]] = field(default_factory=list)  # (month, day, tense)
    weekdays: list[int] = field(default_factory=list)  # weekdays in past-tense clauses
    months: list[tuple[int, int]] = field(default_factory=list)
    years: list[tuple[int, int]] = field(default_factory=list)  # (year, tense)


def read_evidence(text: str) -> DateEvidence:
    evidence = DateEvidence()
    context = ResolutionContext(None, text.lower())
    for timex in tag(text, None):
        if timex.type not in (TimexType.DATE, TimexType.TIME):
            continue
        tense = context.direction(timex.start, timex.end)
        value = timex.value.split("T")[0]
        # "Saturday, July 2, 2016" is one expression; its weekday still counts as evidence.
        leading = weekday_number(timex.text.split()[0].rstrip(","))
        if leading is not None and not value.startswith("XXXX-WXX") and tense < 0:
            evidence.weekdays.append(leading)
        if found := _FULL_DAY.match(value):
            day = cal.safe_date(int(found[1]), int(found[2]), int(found[3]))
            if day:
                evidence.days.append((day, tense))
        elif found := _MONTH_DAY.match(value):
            evidence.month_days.append((int(found[1]), int(found[2]), tense))
        elif found := _WEEKDAY.match(value):
            if tense < 0:
                evidence.weekdays.append(int(found[1]) - 1)
        elif found := _MONTH.match(value):
            evidence.months.append((int(found[1]), int(found[2])))
            evidence.years.append((int(found[1]), tense))
        elif found := _YEAR.match(value):
            evidence.years.append((int(found[1]), tense))
    return evidence


def _resolved_month_days(evidence: DateEvidence) -> list[tuple[date, int]]:
    """Month-day dates ("On 19 November") placed in the years the text names."""
    years = {day.year for day, _ in evidence.days} | {year for year, _ in evidence.years}
    placed = []
    for month, day, tense in evidence.month_days:
        for year in years:
            if found := cal.safe_date(year, month, day):
                placed.append((found, tense))
    return placed


def _score(
    candidate: date,
    anchors: list[tuple[date, int]],
    weekdays: list[int],
    hints: list[tuple[date, float]],
) -> float:
    score = 0.0
    for anchor, tense in anchors:
        gap = (candidate - anchor).days
        if gap >= 0:
            score += 1.0 / (1.0 + gap / 2.0) if tense < 0 else 0.2
        elif tense > 0:
            score += 0.5 / (1.0 + -gap / 7.0)
        else:
            score -= _BEFORE_PAST_EVENT
    latest_past = max((anchor for anchor, tense in anchors if tense < 0), default=None)
    for weekday in weekdays:
        gap = (candidate.weekday() - weekday) % 7
        score += {
            0: _WEEKDAY_SAME_DAY,
            1: _WEEKDAY_NEXT_DAY,
            2: _WEEKDAY_LATER,
            3: _WEEKDAY_LATER,
        }.get(gap, 0.0)
        # Writers name the weekday of recent events and the date of older ones.
        if latest_past is not None and candidate.toordinal() - gap < latest_past.toordinal():
            score -= _WEEKDAY_BEFORE_DATED_EVENT
    for hint, weight in hints:
        score += weight / (1.0 + abs((candidate - hint).days))
    return score


def infer_publication_date(
    text: str, copies: list[date] | None = None, neighbours: list[date] | None = None
) -> PublicationDate | None:
    """The most likely publication date, or None when the text holds no date evidence."""
    return date_from_evidence(read_evidence(text), copies, neighbours)


def date_from_evidence(
    evidence: DateEvidence, copies: list[date] | None = None, neighbours: list[date] | None = None
) -> PublicationDate | None:
    """As `infer_publication_date`, from evidence already read (to date a text again)."""
    anchors = sorted(set(evidence.days + _resolved_month_days(evidence)))
    if (bracket := _neighbour_bracket(neighbours or [])) and (
        between := _date_between(bracket, anchors, evidence.weekdays, copies or [])
    ):
        return between
    hints = [(day, 3.0) for day in copies or []] + [(day, 0.8) for day in neighbours or []]
    starts = [day for day, tense in anchors if tense < 0] + [day for day, _ in hints]
    if starts:
        candidates = {day for start in starts for day in _search_days(start)}
        scored = sorted(
            ((_score(c, anchors, evidence.weekdays, hints), c) for c in candidates), reverse=True
        )
        best_score, best = scored[0]
        fixed = hints or _text_fixes_day(best, anchors, evidence.weekdays)
        week_after = not fixed and _weekday_in_week_after_date(best, anchors, evidence.weekdays)
        if best_score >= _MIN_DAY_SCORE and (fixed or week_after):
            runner_up = scored[1][0] if len(scored) > 1 else 0.0
            confidence = round(min(0.95, 0.5 + (best_score - runner_up) / (2 * best_score)), 2)
            note = _describe(anchors, evidence.weekdays, copies, neighbours)
            if week_after:
                confidence, note = (
                    _WEEK_AFTER_CONFIDENCE,
                    note + "; weekday in the week after a named date",
                )
            day = PartialDate(best.year, best.month, best.day)
            return PublicationDate(day, DateMethod.INFERRED, confidence, note)
    return _coarse_date(evidence, anchors)


def _search_days(start: date) -> list[date]:
    """The days from the one before `start` to _SEARCH_DAYS after it, within the calendar
    (a hostile dump's neighbour may be dated 9999-12-31)."""
    first = max(start.toordinal() - 1, date.min.toordinal())
    last = min(start.toordinal() + _SEARCH_DAYS - 1, date.max.toordinal())
    return [date.fromordinal(day) for day in range(first, last + 1)]


_MAX_BRACKET_DAYS = 7
_SCORE_TIE = 1e-9


def _neighbour_bracket(neighbours: list[date]) -> tuple[date, date] | None:
    """In a dump sorted by date, an article lies between its dated neighbours."""
    if len(neighbours) != 2 or neighbours[0] > neighbours[1]:
        return None
    if (neighbours[1] - neighbours[0]).days > _MAX_BRACKET_DAYS:
        return None
    return neighbours[0], neighbours[1]


def _date_between(
    bracket: tuple[date, date],
    anchors: list[tuple[date, int]],
    weekdays: list[int],
    copies: list[date],
) -> PublicationDate | None:
    """The day between the neighbours that the text points to; the month when it points to
    none (on T17 the first day of such a bracket was right 56 % of the time for two days,
    19 % for three: bench/pubdate_bench.py)."""
    first, last = bracket
    note = f"between neighbouring articles {first} and {last}"
    days = [first + timedelta(days=k) for k in range((last - first).days + 1)]
    hints = [(day, 3.0) for day in copies]
    scored = sorted(((_score(day, anchors, weekdays, hints), day) for day in days), reverse=True)
    if len(scored) == 1 or scored[0][0] > scored[1][0] + _SCORE_TIE:
        best = scored[0][1]
        confidence = 0.9 if first == last else 0.6
        return PublicationDate(
            PartialDate(best.year, best.month, best.day), DateMethod.INFERRED, confidence, note
        )
    note += "; the text does not choose a day"
    if (first.year, first.month) == (last.year, last.month):
        return PublicationDate(PartialDate(first.year, first.month), DateMethod.INFERRED, 0.9, note)
    if first.year == last.year:
        return PublicationDate(PartialDate(first.year), DateMethod.INFERRED, 0.9, note)
    return None


def _text_fixes_day(day: date, anchors: list[tuple[date, int]], weekdays: list[int]) -> bool:
    """A day is fixed when it is a date the text names and a weekday mention agrees.

    On T17, answers that were days after the latest named date were almost never right:
    the report came weeks later (bench/pubdate_bench.py).
    """
    on_named_date = any(abs((day - anchor).days) <= 1 for anchor, _ in anchors)
    weekday_agrees = any((day.weekday() - weekday) % 7 <= 1 for weekday in weekdays)
    return on_named_date and weekday_agrees


def _weekday_in_week_after_date(
    day: date, anchors: list[tuple[date, int]], weekdays: list[int]
) -> bool:
    """ "On 19 November … announced on Monday": the Monday after the 19th, reported then or next day.

    Low confidence: on T17 such answers were rarely exact (bench/pubdate_bench.py).
    """
    past = [anchor for anchor, tense in anchors if tense < 0 and anchor <= day]
    if not past or not weekdays:
        return False
    latest = max(past)
    for weekday in weekdays:
        gap = (day.weekday() - weekday) % 7
        event = day.toordinal() - gap  # an ordinal: 0001-01-01 less a day is no date
        if gap <= 1 and 0 < event - latest.toordinal() <= 6:
            return True
    return False


def _coarse_date(evidence: DateEvidence, anchors: list[tuple[date, int]]) -> PublicationDate | None:
    """The latest month named when no day is fixed (right 45 % of the time on T17)."""
    months = evidence.months + [(day.year, day.month) for day, tense in anchors if tense < 0]
    if months:
        year, month = max(months)
        return PublicationDate(
            PartialDate(year, month), DateMethod.INFERRED, 0.4, "latest month mentioned"
        )
    # Years alone bound the date but do not fix it: on T17 "the year before the first future
    # year named" was right 5 times in 24, "the latest past year" less often. No answer.
    return None


def _describe(
    anchors: list[tuple[date, int]],
    weekdays: list[int],
    copies: list[date] | None,
    neighbours: list[date] | None,
) -> str:
    parts = []
    if anchors:
        parts.append(
            "dates in text: " + ", ".join(sorted({d.isoformat() for d, _ in anchors})[-3:])
        )
    if weekdays:
        parts.append(f"{len(weekdays)} weekday mention(s)")
    if copies:
        parts.append("near-duplicate copies")
    if neighbours:
        parts.append("neighbouring articles")
    return "; ".join(parts)
