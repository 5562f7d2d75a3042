"""The embedded corpus store: SQLite in WAL mode with migrations and an FTS5 index."""

from dateline.store.store import Store, open_store

__all__ = ["Store", "open_store"]
