"""A small cache of built timelines, invalidated when the store file changes."""

from __future__ import annotations

import threading
from collections import OrderedDict
from pathlib import Path
from typing import Any


def store_version(path: Path) -> tuple[int, ...]:
    """Changes whenever anything writes to the store (the WAL file moves first).

    An empty WAL file, which every first reader creates, counts as no WAL file."""
    parts: list[int] = []
    for candidate in (path, path.with_name(path.name + "-wal")):
        try:
            status = candidate.stat()
        except FileNotFoundError:
            parts += [0, 0]
            continue
        parts += [status.st_mtime_ns, status.st_size] if status.st_size else [0, 0]
    return tuple(parts)


class TimelineCache:
    def __init__(self, size: int = 256) -> None:
        self.size = size
        self.items: OrderedDict[tuple[Any, ...], Any] = OrderedDict()
        self.lock = threading.Lock()

    def get(self, key: tuple[Any, ...]) -> Any | None:
        with self.lock:
            if key in self.items:
                self.items.move_to_end(key)
                return self.items[key]
        return None

    def put(self, key: tuple[Any, ...], value: Any) -> None:
        with self.lock:
            self.items[key] = value
            self.items.move_to_end(key)
            while len(self.items) > self.size:
                self.items.popitem(last=False)
