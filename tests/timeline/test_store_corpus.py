"""Corpora read from the store, and the article tables a build worker keeps between builds."""

from __future__ import annotations

from pathlib import Path

from dateline.ingest import ingest_paths
from dateline.store import Store
from dateline.timeline.store_corpus import ArticleTables, corpus_from_store


def _stored(store: Store, folder: Path, count: int) -> None:
    for n in range(count):
        (folder / f"{n}.txt").write_text(
            f"Ship {n} left Port Calder on 3 March 2021 with cargo number {n} aboard.\n"
            f"The harbour master said ship {n} would return within a week of sailing.\n"
        )
    ingest_paths([folder], store)


def test_kept_articles_are_not_read_again_and_the_oldest_go_first(
    store: Store, tmp_path: Path
) -> None:
    _stored(store, tmp_path, 3)
    kept = ArticleTables(limit=2)
    first = corpus_from_store(store, "ship", kept)
    assert len(first.articles) == 3 and len(kept.items) == 3  # one build may exceed the limit
    store.execute("DELETE FROM sentences")  # a re-read would now find no sentences
    again = corpus_from_store(store, "ship", kept)
    assert [s.text for s in again.sentences] == [s.text for s in first.sentences]
    assert len(again.table) == len(first.sentences) == 6
    ids = sorted(first.articles)
    kept.load(store, [ids[0]])  # used last: kept; the least recently used go over the limit
    assert list(kept.items) == [ids[2], ids[0]]


def test_without_kept_articles_the_corpus_is_read_fresh(store: Store, tmp_path: Path) -> None:
    _stored(store, tmp_path, 2)
    assert len(corpus_from_store(store, "ship").sentences) == 4
    store.execute("DELETE FROM sentences")
    assert corpus_from_store(store, "ship").sentences == []
