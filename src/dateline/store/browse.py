"""Read queries for browsing: search, one article with its duplicates, stories, statistics."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from dateline.store.queries import get_article
from dateline.store.store import Store, in_chunks
from dateline.timeline.store_corpus import fts_query

SNIPPET_CHARS = 240


@dataclass(slots=True)
class SearchPage:
    total: int
    items: list[dict[str, Any]]


def _range_clause(start: str | None, end: str | None) -> tuple[str, list[Any]]:
    clauses, params = [], []
    if start:
        # A month- or year-dated article overlaps a range that starts inside its period. The
        # start's year bounds the index scan; the second test compares at the article's length.
        clauses.append("a.published >= ? AND a.published >= substr(?, 1, length(a.published))")
        params += [start[:4], start]
    if end:
        clauses.append("substr(a.published, 1, length(?)) <= ?")
        params += [end, end]
    return (" AND " + " AND ".join(clauses)) if clauses else "", params


def search_articles(
    store: Store, query: str, start: str | None, end: str | None, limit: int, offset: int
) -> SearchPage:
    """Articles matching the query (any term), newest first, one page at a time."""
    where, params = _range_clause(start, end)
    expression = fts_query(query)
    # Walk the publication-date index and stop at the page: sorting every match by date
    # would read each matching row (and its text) first, 7x slower for common words.
    base = f"FROM articles a INDEXED BY articles_published WHERE 1 = 1{where}"
    if expression:
        base += " AND a.rowid IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)"
        params = [*params, expression]
    total = store.execute(f"SELECT COUNT(*) {base}", params).fetchone()[0]
    rows = store.execute(
        "SELECT a.id, a.title, a.published, a.published_method, a.story_id, a.is_canonical, "
        f"substr(a.text, 1, {SNIPPET_CHARS}) AS snippet, "
        f"(SELECT COUNT(*) FROM sources s WHERE s.article_id = a.id) AS copies {base} "
        "ORDER BY a.published DESC, a.rowid LIMIT ? OFFSET ?",
        [*params, limit, offset],
    ).fetchall()
    return SearchPage(int(total), [dict(row) for row in rows])


def article_with_duplicates(store: Store, article_id: str) -> dict[str, Any] | None:
    article = get_article(store, article_id)
    if article is None:
        return None
    duplicates = [
        dict(row)
        for row in store.execute(
            "SELECT id, title, published, is_canonical FROM articles WHERE story_id = ? AND id != ? "
            "ORDER BY is_canonical DESC, published",
            (article.story, article_id),
        )
    ]
    provenance = [
        dict(row)
        for row in store.execute(
            "SELECT stage, kind, detail FROM provenance WHERE article_id = ? LIMIT 200",
            (article_id,),
        )
    ]
    return {**article.to_dict(), "duplicates": duplicates, "provenance": provenance}


def list_stories(store: Store, limit: int, offset: int) -> list[dict[str, Any]]:
    rows = store.execute(
        "SELECT s.id, s.size, a.id AS canonical_id, a.title, a.published FROM stories s "
        "JOIN articles a ON a.id = s.canonical_id ORDER BY s.size DESC, a.published DESC "
        "LIMIT ? OFFSET ?",
        (limit, offset),
    )
    return [dict(row) for row in rows]


def corpus_stats(store: Store) -> dict[str, Any]:
    """Totals and the number of stories published per day (canonical copies), for the chart."""
    totals = {
        name: store.execute(f"SELECT COUNT(*) FROM {name}").fetchone()[0]
        for name in ("articles", "stories", "sources", "files")
    }
    volume = [
        {"date": row[0], "articles": row[1]}
        for row in store.execute(
            "SELECT published, COUNT(*) FROM articles WHERE published_granularity = 'day' "
            "AND is_canonical = 1 GROUP BY published ORDER BY published"
        )
    ]
    methods = dict(
        store.execute(
            "SELECT published_method, COUNT(*) FROM articles GROUP BY published_method"
        ).fetchall()
    )
    return {**totals, "dated_by": methods, "volume": volume}


def sentence_contexts(
    store: Store, spans: list[tuple[str, int, int]], width: int = 200
) -> list[dict[str, str]]:
    """For each (article id, start, end): the sentence, the text around it and the title."""
    found: dict[str, tuple[str, str]] = {}
    for chunk, marks in in_chunks(sorted({article_id for article_id, _, _ in spans})):
        for row in store.execute(
            f"SELECT id, text, title FROM articles WHERE id IN ({marks})", chunk
        ):
            found[row[0]] = (row[1], row[2])
    contexts = []
    for article_id, start, end in spans:
        text, title = found.get(article_id, ("", ""))
        contexts.append(
            {
                "before": text[max(0, start - width) : start],
                "sentence": text[start:end],
                "after": text[end : end + width],
                "title": title,
            }
        )
    return contexts
