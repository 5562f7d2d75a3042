"""Date salience: how often and how widely a day is referenced across articles, not only published on."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import numpy as np

from dateline.timeline.table import SentenceTable, key_per_article

FEATURES = (
    "log_mention_articles",  # articles naming the day
    "log_mentions_after",  # articles published later that name the day (looking back at it)
    "log_published",  # articles published that day
    "log_published_next",  # articles published the day after (reports of the day's events)
    "mention_share",  # share of the day's articles that name it explicitly
    "log_query_mentions",  # sentences naming the day that also match the query
    "burst",  # published that day against the surrounding week
    "log_mentions_soon",  # articles published 0-3 days later that name the day (fresh reports)
    "log_lead_mentions",  # articles naming the day in their first five sentences
    "log_mention_sentences",  # sentences naming the day
    "log_mention_days",  # distinct publication days of the articles naming the day
)


@dataclass(slots=True)
class DateFeatures:
    """One row per candidate day (ascending), one column per name in FEATURES."""

    days: np.ndarray  # day ordinals
    values: np.ndarray

    def column(self, name: str) -> np.ndarray:
        return self.values[:, FEATURES.index(name)]

    def dates(self) -> list[date]:
        return [date.fromordinal(day) for day in self.days.tolist()]


def date_features(
    table: SentenceTable, query_hits: np.ndarray, start: date | None, end: date | None
) -> DateFeatures:
    """Features of every day named or published on inside [start, end].

    `query_hits` says for each row whether the sentence matches the query."""
    rows, named_days = table.mention_row, table.mention_day
    articles, published = table.article[rows], table.published[rows]
    known = published > 0
    every = np.ones(len(rows), dtype=bool)
    published_on = _articles_per_day(table.published, table.article, table.published > 0)
    named = _articles_per_day(named_days, articles, every)
    low = start.toordinal() if start else 1
    high = end.toordinal() if end else date.max.toordinal()
    days = np.union1d(named.days, published_on.days)
    days = days[(days >= low) & (days <= high)]
    count, pub = named.at(days), published_on.at(days)
    week = np.mean([published_on.at(days + k) for k in range(-3, 4)], axis=0)
    columns = {
        "log_mention_articles": np.log1p(count),
        "log_mentions_after": np.log1p(
            _articles_per_day(named_days, articles, known & (published > named_days)).at(days)
        ),
        "log_published": np.log1p(pub),
        "log_published_next": np.log1p(published_on.at(days + 1)),
        "mention_share": np.divide(
            count, count + pub, out=np.zeros(len(days)), where=count + pub > 0
        ),
        "log_query_mentions": np.log1p(_Counts.of(named_days[query_hits[rows]]).at(days)),
        "burst": (pub - week) / (1.0 + week),
        "log_mentions_soon": np.log1p(
            _articles_per_day(
                named_days,
                articles,
                known & (published >= named_days) & (published - named_days <= 3),
            ).at(days)
        ),
        "log_lead_mentions": np.log1p(
            _articles_per_day(named_days, articles, table.position[rows] < 5).at(days)
        ),
        "log_mention_sentences": np.log1p(_Counts.of(named_days).at(days)),
        "log_mention_days": np.log1p(_articles_per_day(named_days, published, known).at(days)),
    }
    return DateFeatures(days, np.column_stack([columns[name] for name in FEATURES]))


@dataclass(slots=True)
class _Counts:
    """How many entries fall on each day."""

    days: np.ndarray  # ascending
    counts: np.ndarray

    @classmethod
    def of(cls, days: np.ndarray) -> _Counts:
        return cls(*np.unique(days, return_counts=True))

    def at(self, days: np.ndarray) -> np.ndarray:
        """The counts of the given days (0 for days without entries), as floats."""
        if not len(self.days):
            return np.zeros(len(days))
        index = np.minimum(np.searchsorted(self.days, days), len(self.days) - 1)
        return np.where(self.days[index] == days, self.counts[index], 0).astype(np.float64)


def _articles_per_day(days: np.ndarray, articles: np.ndarray, mask: np.ndarray) -> _Counts:
    """How many distinct articles the masked (day, article) pairs hold for each day."""
    return _Counts.of(key_per_article(days[mask], articles[mask]))
