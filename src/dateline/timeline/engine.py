"""Build a timeline: rank dates by salience, then pick each date's sentences."""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta

from dateline.timeline.dates import date_features
from dateline.timeline.ranker import DateRanker, shipped_ranker
from dateline.timeline.records import Corpus, Timeline, TimelineEntry
from dateline.timeline.sentence_model import SentenceModel
from dateline.timeline.summarize import SentencePicker, SummarySettings


@dataclass(slots=True, frozen=True)
class TimelineSettings:
    summary: SummarySettings = field(default_factory=SummarySettings)
    min_date_gap_days: int = 0  # 0: neighbouring days may both be chosen
    # Share of the k sentences per date actually used (the protocol asks for at most k).
    sentence_share: float = 1.0
    # Undated sentences also count for the day before publication: reports of yesterday.
    publication_lag_days: int = 1


def candidates_by_date(corpus: Corpus, lag: int) -> dict[date, list[int]]:
    """Sentences naming a day, and sentences naming none under their publication day
    (and, with `lag`, under the days before it: reports of yesterday's events)."""
    by_date: dict[date, list[int]] = defaultdict(list)
    for position, sentence in enumerate(corpus.sentences):
        for day in sentence.dates:
            by_date[day].append(position)
        if not sentence.mentioned and sentence.published:
            for offset in range(1, lag + 1):
                by_date[sentence.published - timedelta(days=offset)].append(position)
    return by_date


def build_timeline(
    corpus: Corpus,
    query: str,
    n_dates: int,
    n_sentences: int,
    start: date | None = None,
    end: date | None = None,
    settings: TimelineSettings | None = None,
    ranker: DateRanker | None = None,
    sentence_model: SentenceModel | None = None,
) -> Timeline:
    """`n_dates` dated entries of at most `n_sentences` sentences each, by date."""
    settings = settings or TimelineSettings()
    ranker = ranker or shipped_ranker()
    picker = SentencePicker(corpus.sentences, query, settings.summary, sentence_model)
    query_hits = {p for p in range(len(corpus.sentences)) if picker.query_overlap(p) > 0}
    features = date_features(corpus.sentences, query_hits, start, end)
    ranked = sorted(features, key=lambda f: ranker.score(f), reverse=True)
    by_date = candidates_by_date(corpus, settings.publication_lag_days)
    entries: list[TimelineEntry] = []
    for feature in ranked:
        if len(entries) == n_dates:
            break
        day = feature.day
        if settings.min_date_gap_days and any(
            abs((day - e.date).days) < settings.min_date_gap_days for e in entries
        ):
            continue
        budget = max(1, math.ceil(n_sentences * settings.sentence_share))
        picked = picker.pick(day, by_date.get(day, []), budget)
        if not picked:
            continue
        articles = sorted({corpus.sentences[p].article_id for p in by_date.get(day, [])})
        entries.append(TimelineEntry(day, picked, articles, round(ranker.score(feature), 4)))
    entries.sort(key=lambda e: e.date)
    return Timeline(query, entries, start, end)
