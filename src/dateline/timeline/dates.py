"""Date salience: how often and how widely a day is referenced across articles, not only published on."""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta

from dateline.timeline.records import CandidateSentence

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
    sentences: list[CandidateSentence], query_hits: set[int], start: date | None, end: date | None
) -> list[DateFeatures]:
    """Features of every day named or published on inside [start, end]."""
    mention_articles: dict[date, set[str]] = defaultdict(set)
    mentions_after: dict[date, set[str]] = defaultdict(set)
    published: dict[date, set[str]] = defaultdict(set)
    query_mentions: dict[date, int] = defaultdict(int)
    mentions_soon: dict[date, set[str]] = defaultdict(set)
    lead_mentions: dict[date, set[str]] = defaultdict(set)
    mention_sentences: dict[date, int] = defaultdict(int)
    for position, sentence in enumerate(sentences):
        if sentence.published:
            published[sentence.published].add(sentence.article_id)
        for day in sentence.mentioned:
            mention_articles[day].add(sentence.article_id)
            mention_sentences[day] += 1
            if sentence.index < 5:
                lead_mentions[day].add(sentence.article_id)
            if sentence.published and 0 <= (sentence.published - day).days <= 3:
                mentions_soon[day].add(sentence.article_id)
            if sentence.published and sentence.published > day:
                mentions_after[day].add(sentence.article_id)
            if position in query_hits:
                query_mentions[day] += 1
    days = {d for d in set(mention_articles) | set(published) if _inside(d, start, end)}
    features = []
    for day in sorted(days):
        week = [len(published.get(day + timedelta(days=k), ())) for k in range(-3, 4)]
        mean_week = sum(week) / len(week)
        named = len(mention_articles.get(day, ()))
        pub = len(published.get(day, ()))
        features.append(
            DateFeatures(
                day,
                {
                    "log_mention_articles": math.log1p(named),
                    "log_mentions_after": math.log1p(len(mentions_after.get(day, ()))),
                    "log_published": math.log1p(pub),
                    "log_published_next": math.log1p(
                        len(published.get(day + timedelta(days=1), ()))
                    ),
                    "mention_share": named / (named + pub) if named + pub else 0.0,
                    "log_query_mentions": math.log1p(query_mentions.get(day, 0)),
                    "burst": (pub - mean_week) / (1.0 + mean_week),
                    "log_mentions_soon": math.log1p(len(mentions_soon.get(day, ()))),
                    "log_lead_mentions": math.log1p(len(lead_mentions.get(day, ()))),
                    "log_mention_sentences": math.log1p(mention_sentences.get(day, 0)),
                },
            )
        )
    return features


def _inside(day: date, start: date | None, end: date | None) -> bool:
    return (start is None or day >= start) and (end is None or day <= end)
