"""Build a timeline corpus from the store: articles that match a query, their dated sentences."""

from __future__ import annotations

import re
from collections import defaultdict
from datetime import date

from dateline.records import Granularity
from dateline.store.store import Store, in_chunks
from dateline.timeline.records import ArticleInfo, CandidateSentence, Corpus

_TERM = re.compile(r"[\w'’-]+", re.UNICODE)
# The 400 best-matching stories: enough for a timeline of 30 dates, built in under a second.
_MAX_ARTICLES = 400
_MIN_ALL_TERMS = 20  # fewer stories hold every term: any term will do


def fts_query(query: str, operator: str = "OR") -> str:
    """Terms of a user query as an FTS5 expression, each quoted (no FTS syntax leaks)."""
    terms = [term.replace('"', "") for term in _TERM.findall(query) if len(term) > 1]
    return f" {operator} ".join(f'"{term}"' for term in terms)


def matching_articles(store: Store, query: str) -> list[str]:
    """Canonical articles of the stories that match the query, best first (bm25); all if no query."""
    expression = fts_query(query)
    if not expression:
        rows = store.execute(
            "SELECT id FROM articles WHERE is_canonical = 1 LIMIT ?", (_MAX_ARTICLES,)
        )
        return [row[0] for row in rows]
    rows = store.execute(
        "SELECT DISTINCT c.id FROM articles_fts f JOIN articles a ON a.rowid = f.rowid "
        "JOIN articles c ON c.story_id = a.story_id AND c.is_canonical = 1 "
        "WHERE articles_fts MATCH ? ORDER BY bm25(articles_fts) LIMIT ?",
        (expression, _MAX_ARTICLES),
    )
    return [row[0] for row in rows]


def _day(value: str | None) -> date | None:
    if value is None or len(value) != 10:
        return None
    return date.fromisoformat(value)


def corpus_from_store(store: Store, query: str) -> Corpus:
    """Sentences of the matching articles with the dates the time stage gave them."""
    ids = matching_articles(store, query)
    articles: dict[str, ArticleInfo] = {}
    sentences: list[CandidateSentence] = []
    for chunk, marks in in_chunks(ids):
        texts = {}
        for row in store.execute(
            f"SELECT id, text, published FROM articles WHERE id IN ({marks})", chunk
        ):
            texts[row["id"]] = row["text"]
            articles[row["id"]] = ArticleInfo(row["id"], _day(row["published"]))
        dates = _sentence_dates(store, chunk, marks)
        for row in store.execute(
            f"SELECT article_id, idx, start, end FROM sentences WHERE article_id IN ({marks}) "
            "ORDER BY article_id, idx",
            chunk,
        ):
            article_id, index = row["article_id"], row["idx"]
            text = texts[article_id][row["start"] : row["end"]]
            mentioned, coarse = dates.get((article_id, index), ([], []))
            sentences.append(
                CandidateSentence(
                    article_id,
                    index,
                    text,
                    articles[article_id].published,
                    mentioned,
                    coarse,
                    row["start"],
                    row["end"],
                    text,
                )
            )
    return Corpus(sentences, articles)


def _sentence_dates(store: Store, chunk: list[str], marks: str):  # type: ignore[no-untyped-def]
    found: dict[tuple[str, int], tuple[list[date], list[tuple[date, Granularity]]]] = defaultdict(
        lambda: ([], [])
    )
    for row in store.execute(
        f"SELECT article_id, sentence_idx, date, granularity FROM sentence_dates "
        f"WHERE source = 'text' AND article_id IN ({marks})",
        chunk,
    ):
        days, coarse = found[(row[0], row[1])]
        if row[3] == "day":
            day = date.fromisoformat(row[2])
            if day not in days:
                days.append(day)
        else:
            parts = [int(p) for p in row[2].split("-")]
            coarse.append(
                (date(parts[0], parts[1] if len(parts) > 1 else 1, 1), Granularity(row[3]))
            )
    return found
