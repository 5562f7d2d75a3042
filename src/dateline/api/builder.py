"""Build timelines in worker processes so that cached requests never wait behind a build.

Identical requests that arrive while one is being built share that build.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import os
import threading
from concurrent.futures import Future, ProcessPoolExecutor
from datetime import date
from pathlib import Path
from typing import Any

from threadpoolctl import threadpool_limits

from dateline.api.cache import store_version
from dateline.io.timeline_exports import to_dict
from dateline.store import open_store
from dateline.store.browse import sentence_context
from dateline.timeline.records import Timeline
from dateline.timeline.service import timeline_for_query
from dateline.timeline.store_corpus import ArticleTables

BUILD_TIMEOUT_SECONDS = 120
BUILD_NICENESS = 10  # builds yield the CPU to requests that are answered from the cache


def _start_worker(db_path: Path) -> None:
    """Lower the worker's priority, keep BLAS to one thread, read the store's articles."""
    os.nice(BUILD_NICENESS)
    # A build's arrays are small: BLAS threads would only spin against the other processes
    # (under load they took ten times the build's own CPU).
    threadpool_limits(1)
    version = store_version(db_path)
    with open_store(db_path) as store:
        _kept_articles(db_path, version).preload(store)


def _ready() -> None:
    """A task that only makes the pool start a worker."""


TimelineKey = tuple[str, date | None, date | None, int | None, int]
StoreVersion = tuple[int, ...]

# In each build worker: the articles earlier builds read, for the store state they were read in.
_kept: dict[Path, tuple[StoreVersion, ArticleTables]] = {}


def _kept_articles(db_path: Path, version: StoreVersion) -> ArticleTables:
    held = _kept.get(db_path)
    if held is None or held[0] != version:
        held = _kept[db_path] = (version, ArticleTables())
    return held[1]


def build_payload(
    db_path: Path, key: TimelineKey, version: StoreVersion = ()
) -> tuple[Timeline, dict[str, Any]]:
    """The timeline and its JSON form, each sentence with the text around it."""
    query, start, end, n_dates, n_sentences = key
    with open_store(db_path) as store:
        built = timeline_for_query(
            store,
            query,
            start,
            end,
            n_dates,
            n_sentences,
            kept=_kept_articles(db_path, version) if version else None,
        )
        payload = to_dict(built)
        for entry in payload["entries"]:
            for sentence in entry["sentences"]:
                sentence["context"] = sentence_context(
                    store, sentence["article_id"], sentence["start"], sentence["end"]
                )
    return built, payload


class TimelineBuilder:
    def __init__(self, db_path: Path, workers: int | None = None) -> None:
        self.db_path = db_path
        self.workers = workers or max(1, min(os.cpu_count() or 1, 4))
        self.pool: ProcessPoolExecutor | None = None
        self.in_flight: dict[tuple[Any, ...], Future[tuple[Timeline, dict[str, Any]]]] = {}
        self.lock = threading.Lock()

    async def build(
        self, key: TimelineKey, version: StoreVersion
    ) -> tuple[Timeline, dict[str, Any]]:
        """Wait for the build without holding a server thread: cached requests keep flowing."""
        flight_key = (*key, version)
        with self.lock:
            future = self.in_flight.get(flight_key)
            if future is None:
                future = self._pool().submit(build_payload, self.db_path, key, version)
                self.in_flight[flight_key] = future
        try:
            return await asyncio.wait_for(asyncio.wrap_future(future), BUILD_TIMEOUT_SECONDS)
        finally:
            with self.lock:
                self.in_flight.pop(flight_key, None)

    def _pool(self) -> ProcessPoolExecutor:
        if self.pool is None:
            # spawn: the server's threads must not be forked into the workers
            context = multiprocessing.get_context("spawn")
            self.pool = ProcessPoolExecutor(
                self.workers,
                mp_context=context,
                initializer=_start_worker,
                initargs=(self.db_path,),
            )
        return self.pool

    def start(self) -> None:
        """Start every worker now, so that they have read the store when requests come."""
        for _ in range(self.workers):
            self._pool().submit(_ready)

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(cancel_futures=True)
            self.pool = None
