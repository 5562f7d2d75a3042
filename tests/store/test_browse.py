"""Browsing queries: the date range of a search."""

from __future__ import annotations

from pathlib import Path

from dateline.ingest import ingest_paths
from dateline.store import Store
from dateline.store.browse import search_articles


def test_a_month_dated_article_is_found_by_a_range_inside_its_month(
    store: Store, seeds_dir: Path
) -> None:
    ingest_paths([seeds_dir], store)
    article_id = store.execute("SELECT id FROM articles ORDER BY id LIMIT 1").fetchone()[0]
    store.execute(
        "UPDATE articles SET published = '2011-02', published_granularity = 'month' WHERE id = ?",
        (article_id,),
    )

    def found(start: str, end: str | None) -> list[str]:
        return [item["id"] for item in search_articles(store, "", start, end, 50, 0).items]

    assert found("2011-02-10", "2011-02-20") == [article_id]
    assert found("2011-01-01", "2011-02-01") == [article_id]
    assert found("2011-03-01", "2011-12-31") == []
    assert article_id not in found("2011-03-01", None)
