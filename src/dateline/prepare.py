"""The per-document work that needs no store: clean, fingerprint, date sentences.

It runs in worker processes when there are enough documents (the store stays in the main
process, the single writer), so ingest uses every core of a laptop.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass

from dateline.clean.cleaner import clean_document
from dateline.clean.line_stats import LineStats
from dateline.dedup.fingerprint import Fingerprint, fingerprint
from dateline.processes import exit_with_parent
from dateline.records import CleanArticle, RawDocument
from dateline.settings import Settings
from dateline.time.sentence_dates import DatedSentence, date_sentences


@dataclass(slots=True)
class PreparedArticle:
    article: CleanArticle
    fingerprint: Fingerprint
    sentences: list[DatedSentence] | None  # None until the article has a publication date


@dataclass(slots=True)
class PreparedDocument:
    raw: RawDocument
    articles: list[PreparedArticle]


# Set in the parent before the workers fork; they read it, never write it back.
_WORKER_STATE: tuple[LineStats, Settings] | None = None


def prepare_articles(
    raw: RawDocument, stats: LineStats, settings: Settings
) -> list[PreparedArticle]:
    prepared = []
    for article in clean_document(raw, stats.count, settings.clean):
        sentences = None
        if article.published is not None:
            sentences = date_sentences(article.text, article.published.date)
        prepared.append(
            PreparedArticle(article, fingerprint(article.text, settings.dedup), sentences)
        )
    return prepared


def _prepare_in_worker(raw: RawDocument) -> list[PreparedArticle]:
    """Only the articles come back: the parent still holds the document it sent."""
    assert _WORKER_STATE is not None
    return prepare_articles(raw, *_WORKER_STATE)


class Preparer:
    """Prepares batches of documents, in worker processes when that pays."""

    def __init__(self, stats: LineStats, settings: Settings) -> None:
        self.stats = stats
        self.settings = settings
        self.workers = settings.ingest.workers or min(os.cpu_count() or 1, 8)
        self.pool: ProcessPoolExecutor | None = None

    def prepare(self, batch: list[RawDocument]) -> Iterator[PreparedDocument]:
        if self.workers < 2 or len(batch) < self.settings.ingest.parallel_min_batch:
            return (
                PreparedDocument(raw, prepare_articles(raw, self.stats, self.settings))
                for raw in batch
            )
        if self.pool is None:
            global _WORKER_STATE
            _WORKER_STATE = (self.stats, self.settings)
            self.pool = ProcessPoolExecutor(
                self.workers,
                mp_context=multiprocessing.get_context("fork"),
                initializer=exit_with_parent,
                initargs=(os.getpid(),),
            )
        prepared = self.pool.map(_prepare_in_worker, batch, chunksize=8)
        return (
            PreparedDocument(raw, articles) for raw, articles in zip(batch, prepared, strict=True)
        )

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(cancel_futures=True)
            self.pool = None
