"""Typed records that flow one way through the pipeline: read -> clean -> date -> dedup -> store."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Granularity(StrEnum):
    """How precise a date is. A month is never silently turned into its first day."""

    DAY = "day"
    MONTH = "month"
    YEAR = "year"


class DateMethod(StrEnum):
    """How a publication date was found."""

    METADATA = "metadata"  # a field of the dump, a <meta> tag, a WARC header of the page
    DATELINE = "dateline"  # a date line in the text ("date 2020-11-24", "Saturday, July 2, 2016")
    INFERRED = "inferred"  # inferred from the content by the time stage
    NONE = "none"


@dataclass(slots=True, frozen=True)
class PartialDate:
    """A calendar date at day, month or year granularity."""

    year: int
    month: int | None = None
    day: int | None = None

    @property
    def granularity(self) -> Granularity:
        if self.day is not None:
            return Granularity.DAY
        return Granularity.MONTH if self.month is not None else Granularity.YEAR

    def iso(self) -> str:
        """`2020-11-24`, `2020-11` or `2020`."""
        text = f"{self.year:04d}"
        if self.month is not None:
            text += f"-{self.month:02d}"
            if self.day is not None:
                text += f"-{self.day:02d}"
        return text


@dataclass(slots=True, frozen=True)
class PublicationDate:
    """A publication date with the method that found it and how sure we are."""

    date: PartialDate
    method: DateMethod
    confidence: float = 1.0
    evidence: str = ""


@dataclass(slots=True)
class SourceRef:
    """Where one copy of an article came from."""

    file_path: str
    locator: str = ""  # line number, WARC record id or split index inside the file
    url: str | None = None
    publisher: str | None = None
    record_id: str | None = None
    fetched: str | None = None
    fields_used: dict[str, str] = field(default_factory=dict)

    @property
    def key(self) -> str:
        return f"{self.file_path}#{self.locator}"


@dataclass(slots=True)
class RawDocument:
    """One document as a reader found it, before cleaning."""

    source: SourceRef
    text: str
    title: str | None = None
    author: str | None = None
    published: PublicationDate | None = None
    is_prose: bool = True  # False for text that came from HTML extraction (already cleaned)


@dataclass(slots=True)
class RemovedLine:
    """A line the cleaner took out, kept as provenance."""

    text: str
    reason: str


@dataclass(slots=True)
class CleanArticle:
    """One article after cleaning: main text, title and the provenance of the cleaning."""

    source: SourceRef
    title: str
    text: str
    author: str | None = None
    published: PublicationDate | None = None
    truncated: bool = False
    split_index: int | None = None  # set when the page held several articles
    removed: list[RemovedLine] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)
