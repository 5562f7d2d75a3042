"""Worker processes prepare documents exactly as the main process would."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from dateline.ingest import ingest_paths
from dateline.settings import DEFAULT_SETTINGS
from dateline.store import open_store
from dateline.store.queries import iter_articles

from .conftest import shared_path


def _snapshot(db: Path) -> list[tuple]:
    with open_store(db) as store:
        articles = [
            (a.id, a.story, a.published, a.published_method, a.is_canonical, len(a.sources))
            for a in iter_articles(store)
        ]
        dates = store.execute(
            "SELECT article_id, sentence_idx, date, source FROM sentence_dates ORDER BY 1, 2, 3"
        ).fetchall()
    return [*articles, *(tuple(row) for row in dates)]


def test_parallel_and_serial_ingest_store_the_same(tmp_path: Path) -> None:
    dump = shared_path("bench", "t17", "haiti", "articles.jsonl.gz")
    serial = replace(DEFAULT_SETTINGS, ingest=replace(DEFAULT_SETTINGS.ingest, workers=1))
    parallel = replace(
        DEFAULT_SETTINGS,
        ingest=replace(DEFAULT_SETTINGS.ingest, workers=2, parallel_min_batch=1, batch_size=50),
    )
    for name, settings in (("serial.db", serial), ("parallel.db", parallel)):
        with open_store(tmp_path / name) as store:
            ingest_paths([dump], store, settings)
    assert _snapshot(tmp_path / "serial.db") == _snapshot(tmp_path / "parallel.db")
