"""The store version that keys cached timelines and the build workers' article tables."""

from __future__ import annotations

from pathlib import Path

from dateline.api.cache import store_version
from dateline.ingest import ingest_paths
from dateline.store import open_store


def test_a_reader_does_not_change_the_version_but_a_write_does(tmp_path: Path) -> None:
    db = tmp_path / "v.db"
    open_store(db).close()
    before = store_version(db)
    reader = open_store(db)  # creates an empty WAL file
    assert store_version(db) == before
    (tmp_path / "a.txt").write_text("Dockers walked out in Port Calder on Monday.\n" * 3)
    ingest_paths([tmp_path / "a.txt"], reader)
    assert store_version(db) != before
    reader.close()
