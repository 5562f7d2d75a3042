"""Query-focused timelines from the store: the one function the CLI, API and UI call."""

from __future__ import annotations

from datetime import date

import numpy as np

from dateline.store.store import Store, in_chunks
from dateline.time.period import first_day, last_day
from dateline.timeline.dates import date_features
from dateline.timeline.engine import TimelineSettings, build_timeline
from dateline.timeline.records import Corpus, SourceSummary, Timeline
from dateline.timeline.store_corpus import (
    ArticleTables,
    corpus_from_store,
    fts_query,
    stories_left_out,
)
from dateline.timeline.table import select, table_of

MAX_AUTO_DATES = 30
FALLBACK_DATES = 10


def choose_number_of_dates(corpus: Corpus, start: date | None, end: date | None) -> int:
    """Days that at least two articles name or report (at most 30), and at least 10 when there are."""
    table = table_of(corpus)
    features = date_features(table, np.zeros(len(table), dtype=bool), start, end)
    # log1p(named) + log1p(published) >= log(2): the day has two pieces of evidence.
    supported = int(
        np.sum(features.column("log_mention_articles") + features.column("log_published") >= 0.69)
    )
    coarse = set(zip(table.coarse_day.tolist(), table.coarse_unit.tolist(), strict=True))
    return min(
        MAX_AUTO_DATES, max(supported, min(FALLBACK_DATES, len(features.days) + len(coarse)))
    )


def check_date_range(start: date | None, end: date | None) -> None:
    """Refuse a range that ends before it starts (it would match nothing, in silence)."""
    if start is not None and end is not None and start > end:
        raise ValueError(f"the date range ends ({end}) before it starts ({start})")


def check_query(query: str) -> None:
    """Refuse a query with something in it but no word to search for ("(((", "?"): it would
    build a timeline of every story, in silence. An empty query asks for every story."""
    if query.strip() and not fts_query(query):
        raise ValueError(
            f"{query!r} has no word to search for (two or more letters or digits); "
            "leave the query out for a timeline of every story"
        )


def _restrict_to_range(corpus: Corpus, start: date | None, end: date | None) -> Corpus:
    if start is None and end is None:
        return corpus
    return select(corpus, table_of(corpus).rows_about(start, end))


def timeline_for_query(
    store: Store,
    query: str,
    start: date | str | None = None,
    end: date | str | None = None,
    n_dates: int | None = None,
    n_sentences: int = 2,
    settings: TimelineSettings | None = None,
    kept: ArticleTables | None = None,
) -> Timeline:
    """A timeline of the stored articles matching `query`, with every supporting copy attached.

    `start` and `end` are days, or periods as a user writes them ("2011", "February 2011":
    from the first day of one to the last of the other). `kept` holds articles read by
    earlier builds on the same state of the store. Raises ValueError for a bound that names
    no period, for a range that ends before it starts and for a query with no word in it."""
    start = first_day(start) if isinstance(start, str) else start
    end = last_day(end) if isinstance(end, str) else end
    check_date_range(start, end)
    check_query(query)
    found = corpus_from_store(store, query, kept, start, end)
    corpus = _restrict_to_range(found, start, end)
    if not corpus.sentences:
        return Timeline(query, [], start, end)
    count = n_dates if n_dates is not None else choose_number_of_dates(corpus, start, end)
    # Entries sit on the day the text says; the benchmark's day-after lag is off here.
    settings = settings or TimelineSettings(coarse_dates=True, publication_lag_days=0)
    timeline = build_timeline(
        corpus, query, max(count, 0), max(n_sentences, 1), start, end, settings
    )
    timeline.sources = supporting_sources(store, {a for e in timeline.entries for a in e.articles})
    timeline.stories_left_out = stories_left_out(store, query, start, end, len(found.articles))
    return timeline


def supporting_sources(store: Store, article_ids: set[str]) -> dict[str, list[SourceSummary]]:
    """For each article, all copies of its story (exact copies and near duplicates)."""
    found: dict[str, list[SourceSummary]] = {}
    for chunk, marks in in_chunks(sorted(article_ids)):
        rows = store.execute(
            "SELECT a.id AS wanted, c.id, c.title, c.published, c.is_canonical, s.publisher, s.url, "
            "s.file_path FROM articles a JOIN articles c ON c.story_id = a.story_id "
            f"JOIN sources s ON s.article_id = c.id WHERE a.id IN ({marks}) "
            "ORDER BY c.is_canonical DESC, c.published, s.id",
            chunk,
        )
        for row in rows:
            found.setdefault(row["wanted"], []).append(
                SourceSummary(
                    row["id"],
                    row["title"],
                    row["published"],
                    row["publisher"],
                    row["url"],
                    row["file_path"],
                    bool(row["is_canonical"]),
                )
            )
    return found
