"""Date salience: how often and how widely a day is referenced across articles, not only published on."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date

import numpy as np

from dateline.timeline.table import SentenceTable

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
)


@dataclass(slots=True)
class DateFeatures:
    day: date
    values: dict[str, float]


def date_features(
    table: SentenceTable, query_hits: np.ndarray, start: date | None, end: date | None
) -> list[DateFeatures]:
    """Features of every day named or published on inside [start, end].

    `query_hits` says for each row whether the sentence matches the query."""
    rows, days = table.mention_row, table.mention_day
    articles, published = table.article[rows], table.published[rows]
    known = published > 0
    named = _articles_per_day(days, articles, np.ones(len(rows), dtype=bool))
    sentences_naming = _per_day(days)
    published_on = _articles_per_day(table.published, table.article, table.published > 0)
    after = _articles_per_day(days, articles, known & (published > days))
    soon = _articles_per_day(days, articles, known & (published >= days) & (published - days <= 3))
    leads = _articles_per_day(days, articles, table.position[rows] < 5)
    query_mentions = _per_day(days[query_hits[rows]])
    low = start.toordinal() if start else 1
    high = end.toordinal() if end else date.max.toordinal()
    features = []
    for day in sorted(d for d in set(named) | set(published_on) if low <= d <= high):
        week = [published_on.get(day + k, 0) for k in range(-3, 4)]
        mean_week = sum(week) / len(week)
        count, pub = named.get(day, 0), published_on.get(day, 0)
        features.append(
            DateFeatures(
                date.fromordinal(day),
                {
                    "log_mention_articles": math.log1p(count),
                    "log_mentions_after": math.log1p(after.get(day, 0)),
                    "log_published": math.log1p(pub),
                    "log_published_next": math.log1p(published_on.get(day + 1, 0)),
                    "mention_share": count / (count + pub) if count + pub else 0.0,
                    "log_query_mentions": math.log1p(query_mentions.get(day, 0)),
                    "burst": (pub - mean_week) / (1.0 + mean_week),
                    "log_mentions_soon": math.log1p(soon.get(day, 0)),
                    "log_lead_mentions": math.log1p(leads.get(day, 0)),
                    "log_mention_sentences": math.log1p(sentences_naming.get(day, 0)),
                },
            )
        )
    return features


def _per_day(days: np.ndarray) -> dict[int, int]:
    found, counts = np.unique(days, return_counts=True)
    return dict(zip(found.tolist(), counts.tolist(), strict=True))


def _articles_per_day(days: np.ndarray, articles: np.ndarray, mask: np.ndarray) -> dict[int, int]:
    """How many distinct articles the masked (day, article) pairs hold for each day."""
    width = int(articles.max()) + 1 if len(articles) else 1
    pairs = np.unique(days[mask] * width + articles[mask])
    return _per_day(pairs // width)
