"""The records of the timeline stage: candidate sentences in, dated entries out."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from dateline.records import Granularity

if TYPE_CHECKING:
    from dateline.timeline.table import SentenceTable


@dataclass(slots=True)
class CandidateSentence:
    """A sentence that may enter a timeline, with where it came from and what dates it names."""

    article_id: str
    index: int  # position of the sentence in its article
    text: str  # for display
    published: date | None
    mentioned: list[date] = field(default_factory=list)  # day-level dates the sentence names
    coarse: list[tuple[date, Granularity]] = field(default_factory=list)  # month/year mentions
    start: int = 0
    end: int = 0
    eval_text: str = ""  # tokenized as the benchmark's gold (T17: Penn Treebank)
    quotable: bool = True  # False: counts as evidence for dates, never quoted in a summary

    @property
    def dates(self) -> list[date]:
        """The days this sentence is about: those it names, else the day it was published."""
        if self.mentioned:
            return self.mentioned
        return [self.published] if self.published else []


@dataclass(slots=True)
class ArticleInfo:
    article_id: str
    published: date | None


@dataclass(slots=True)
class Corpus:
    """The sentences and articles a timeline is built from."""

    sentences: list[CandidateSentence]
    articles: dict[str, ArticleInfo]
    table: SentenceTable | None = None  # the sentences as columns, built on first use


@dataclass(slots=True)
class TimelineSentence:
    text: str
    article_id: str
    start: int
    end: int
    eval_text: str = ""
    score: float = 0.0


@dataclass(slots=True)
class TimelineEntry:
    date: date
    sentences: list[TimelineSentence]
    articles: list[str]  # every article that reports this date (duplicates included)
    salience: float = 0.0
    granularity: Granularity = Granularity.DAY
    summary: str | None = None  # written by an optional rewriter (see rewrite.py), else None
    # Every dated article behind the entry was published before its date: what they say is a
    # plan, a schedule or a forecast, not yet a report of what happened.
    announced_ahead: bool = False


@dataclass(slots=True)
class SourceSummary:
    """One copy of a supporting article, for showing where a line came from."""

    article_id: str
    title: str
    published: str | None
    publisher: str | None
    url: str | None
    file_path: str
    is_canonical: bool


@dataclass(slots=True)
class Timeline:
    query: str
    entries: list[TimelineEntry]
    start: date | None = None
    end: date | None = None
    # article id -> every copy of its story (filled when built from the store)
    sources: dict[str, list[SourceSummary]] = field(default_factory=dict)
    # matching stories beyond the cap on those read from the store: the timeline leaves them out
    stories_left_out: int = 0
