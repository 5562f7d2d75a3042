"""Build timelines in worker processes so that cached requests never wait behind a build.

Identical requests that arrive while one is being built share that build.
"""

from __future__ import annotations

import asyncio
import json
import multiprocessing
import os
import threading
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from threadpoolctl import threadpool_limits

from dateline.api.cache import store_version
from dateline.io.timeline_exports import render, to_dict
from dateline.processes import exit_with_parent
from dateline.store import open_store
from dateline.store.browse import sentence_contexts
from dateline.store.store import Store
from dateline.timeline.service import timeline_for_query
from dateline.timeline.store_corpus import ArticleTables

BUILD_TIMEOUT_SECONDS = 120
BUILD_NICENESS = 10  # builds yield the CPU to requests that are answered from the cache


def _start_worker(db_path: Path, server: int) -> None:
    """Lower the worker's priority, keep BLAS to one thread, read the store's articles; exit
    with the server (its pid)."""
    exit_with_parent(server)
    os.nice(BUILD_NICENESS)
    # A build's arrays are small: BLAS threads would only spin against the other processes
    # (under load they took ten times the build's own CPU).
    threadpool_limits(1)
    held = _worker_state(db_path, store_version(db_path))
    held.articles.preload(held.store)


def _ready() -> None:
    """A task that only makes the pool start a worker."""


# query, from, to, number of dates, sentences per date, output format
TimelineKey = tuple[str, date | None, date | None, int | None, int, str]
StoreVersion = tuple[int, ...]


@dataclass(slots=True)
class _WorkerState:
    """What a build worker keeps between builds, for one state of one store."""

    version: StoreVersion
    store: Store
    articles: ArticleTables


_held: dict[Path, _WorkerState] = {}


def _worker_state(db_path: Path, version: StoreVersion) -> _WorkerState:
    held = _held.get(db_path)
    if held is None or held.version != version:
        if held is not None:
            held.store.close()
        held = _held[db_path] = _WorkerState(version, open_store(db_path), ArticleTables())
    return held


def build_payload(db_path: Path, key: TimelineKey, version: StoreVersion) -> bytes:
    """The timeline in the asked format; JSON gives each sentence the text around it.

    Rendered here, so that the server keeps only bytes: Python objects in its cache made
    every full garbage collection there take 150 ms, and the server spends nothing on a build."""
    query, start, end, n_dates, n_sentences, output_format = key
    held = _worker_state(db_path, version)
    built = timeline_for_query(
        held.store, query, start, end, n_dates, n_sentences, kept=held.articles
    )
    if output_format != "json":
        return render(built, output_format).encode()
    payload = to_dict(built)
    sentences = [s for entry in payload["entries"] for s in entry["sentences"]]
    contexts = sentence_contexts(
        held.store, [(s["article_id"], s["start"], s["end"]) for s in sentences]
    )
    for sentence, context in zip(sentences, contexts, strict=True):
        sentence["context"] = context
    return json.dumps(payload, ensure_ascii=False).encode()


class TimelineBuilder:
    def __init__(self, db_path: Path, workers: int | None = None) -> None:
        self.db_path = db_path
        self.workers = workers or max(1, min(os.cpu_count() or 1, 4))
        self.pool: ProcessPoolExecutor | None = None
        self.in_flight: dict[tuple[Any, ...], Future[bytes]] = {}
        self.lock = threading.Lock()

    async def build(self, key: TimelineKey, version: StoreVersion) -> bytes:
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
                initargs=(self.db_path, os.getpid()),
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
