"""Read the store back as typed records, for the CLI, the API and exports."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from typing import Any

from dateline.store.store import Store, in_chunks


@dataclass(slots=True)
class SourceRecord:
    file_path: str
    locator: str | None
    url: str | None
    publisher: str | None
    title: str | None
    published: str | None
    published_method: str | None
    record_id: str | None
    fetched: str | None
    match_kind: str
    similarity: float | None
    fields_used: dict[str, str] | None


@dataclass(slots=True)
class ArticleRecord:
    id: str
    title: str
    text: str
    published: str | None
    published_granularity: str | None
    published_method: str
    published_confidence: float | None
    story: str
    is_canonical: bool
    truncated: bool
    sources: list[SourceRecord] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


_ARTICLE_COLUMNS = (
    "id, title, text, published, published_granularity, published_method, "
    "published_confidence, story_id, is_canonical, truncated"
)


def _sources_by_article(store: Store, article_ids: list[str]) -> dict[str, list[SourceRecord]]:
    found: dict[str, list[SourceRecord]] = {article_id: [] for article_id in article_ids}
    for chunk, marks in in_chunks(article_ids):
        rows = store.execute(
            "SELECT article_id, file_path, locator, url, publisher, title, published, "
            "published_method, record_id, fetched, match_kind, similarity, fields_used "
            f"FROM sources WHERE article_id IN ({marks}) ORDER BY id",
            chunk,
        )
        for row in rows:
            values = dict(row)
            article_id = values.pop("article_id")
            used = values.pop("fields_used")
            found[article_id].append(
                SourceRecord(**values, fields_used=json.loads(used) if used else None)
            )
    return found


def iter_articles(store: Store, batch_size: int = 500) -> Iterator[ArticleRecord]:
    """Every stored article with its sources, in the order stored."""
    last_rowid = 0
    while True:
        rows = store.execute(
            f"SELECT rowid, {_ARTICLE_COLUMNS} FROM articles WHERE rowid > ? ORDER BY rowid LIMIT ?",
            (last_rowid, batch_size),
        ).fetchall()
        if not rows:
            return
        last_rowid = rows[-1]["rowid"]
        sources = _sources_by_article(store, [row["id"] for row in rows])
        for row in rows:
            yield _article_record(row, sources[row["id"]])


def get_article(store: Store, article_id: str) -> ArticleRecord | None:
    row = store.execute(
        f"SELECT {_ARTICLE_COLUMNS} FROM articles WHERE id = ?", (article_id,)
    ).fetchone()
    if row is None:
        return None
    return _article_record(row, _sources_by_article(store, [article_id])[article_id])


def _article_record(row: Any, sources: list[SourceRecord]) -> ArticleRecord:
    return ArticleRecord(
        id=row["id"],
        title=row["title"],
        text=row["text"],
        published=row["published"],
        published_granularity=row["published_granularity"],
        published_method=row["published_method"],
        published_confidence=row["published_confidence"],
        story=row["story_id"],
        is_canonical=bool(row["is_canonical"]),
        truncated=bool(row["truncated"]),
        sources=sources,
    )


def store_counts(store: Store) -> dict[str, int]:
    """Totals for a status line: articles, stories, sources, files."""
    counts = {}
    for name, sql in (
        ("articles", "SELECT COUNT(*) FROM articles"),
        ("stories", "SELECT COUNT(*) FROM stories"),
        ("sources", "SELECT COUNT(*) FROM sources"),
        ("files", "SELECT COUNT(*) FROM files"),
    ):
        counts[name] = int(store.execute(sql).fetchone()[0])
    return counts
