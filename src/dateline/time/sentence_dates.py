"""Give every sentence the dates it talks about, or its article's publication date."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from dateline.nlp.sentences import split_sentences
from dateline.records import PartialDate
from dateline.time.absolute import make_date
from dateline.time.tagger import tag
from dateline.time.timex import Timex

_CALENDAR_VALUE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:T|$)")
_COARSE_VALUE = re.compile(r"^(\d{4})-(?:Q\d|H\d|SP|SU|FA|WI)$")


@dataclass(slots=True, frozen=True)
class SentenceDate:
    date: PartialDate
    source: str  # "text" (an expression in the sentence) or "published"
    timex: Timex | None = None


@dataclass(slots=True)
class DatedSentence:
    index: int
    start: int
    end: int
    dates: list[SentenceDate] = field(default_factory=list)


def value_to_date(value: str) -> PartialDate | None:
    """A TIMEX3 value as a calendar date at its own granularity (weeks and decades: None).

    Quarters, halves and seasons become their year: coarser, never falsely precise.
    """
    if found := _CALENDAR_VALUE.match(value):
        year, month, day = (int(part) if part else None for part in found.groups())
        return make_date(year, month, day)  # type: ignore[arg-type]
    if found := _COARSE_VALUE.match(value):
        return make_date(int(found[1]))
    return None


# A date followed by a clock time or "updated" stamps a page, an update or a reader's comment.
_STAMP_AFTER = re.compile(r"\s*(?:-|–|,|at|\|)?\s*(?:\d{1,2}[:.]\d{2}\b|(?:last )?updated)", re.I)


def dating_expressions(text: str, reference: date | None) -> list[Timex]:
    """The expressions that date sentences: those with a calendar value, less stamps of other
    days than the reference (comments posted, pages updated later: no events of those days).
    On Timeline17 this raised AR-1 from 0.1524 to 0.1528 and lowered no task."""
    return [
        found
        for found in tag(text, reference)
        if found.calendar_value and not _stamps_another_day(text, found, reference)
    ]


def _stamps_another_day(text: str, found: Timex, reference: date | None) -> bool:
    if reference is None or not _STAMP_AFTER.match(text, found.end):
        return False
    return (found.calendar_value or "")[:10] != reference.isoformat()


def date_sentences(text: str, published: PartialDate | None) -> list[DatedSentence]:
    """Sentences with their dates; relative expressions resolve against a day-level publication date."""
    reference = None
    if published is not None and published.day is not None:
        reference = date(published.year, published.month or 1, published.day)
    expressions = dating_expressions(text, reference)
    sentences = []
    cursor = 0
    for index, sentence in enumerate(split_sentences(text)):
        dated = DatedSentence(index, sentence.start, sentence.end)
        while cursor < len(expressions) and expressions[cursor].start < sentence.end:
            timex = expressions[cursor]
            cursor += 1
            if timex.start >= sentence.start and (found := value_to_date(timex.calendar_value)):
                dated.dates.append(SentenceDate(found, "text", timex))
        # Only a day-level publication date dates a sentence that names no date itself.
        if not dated.dates and reference is not None:
            dated.dates.append(SentenceDate(published, "published"))
        sentences.append(dated)
    return sentences
