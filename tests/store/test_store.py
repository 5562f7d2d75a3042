"""The store: migrations, WAL, FTS, idempotent re-ingest and survival of kill -9."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import time
from pathlib import Path

import pytest

from dateline.ingest import ingest_paths
from dateline.store import Store, open_store
from dateline.store.queries import iter_articles, store_counts
from dateline.store.schema import MIGRATIONS, schema_version
from dateline.store.store import StoreError

from ..conftest import dateline_command, shared_path


def test_new_store_is_migrated_and_in_wal_mode(store: Store) -> None:
    assert schema_version(store.connection) == len(MIGRATIONS)
    assert store.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_reopening_keeps_data_and_version(tmp_path: Path, seeds_dir: Path) -> None:
    with open_store(tmp_path / "a.db") as first:
        ingest_paths([seeds_dir], first)
        counts = store_counts(first)
    with open_store(tmp_path / "a.db") as again:
        assert store_counts(again) == counts
        assert schema_version(again.connection) == len(MIGRATIONS)


def test_a_file_that_is_not_a_store_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "x.db"
    path.write_bytes(b"this is not sqlite" * 100)
    try:
        open_store(path)
    except Exception as error:
        assert "not a usable dateline store" in str(error)
    else:
        raise AssertionError("opened a non-SQLite file")


def test_a_store_in_a_missing_folder_names_the_folder(tmp_path: Path) -> None:
    path = tmp_path / "no-such-folder" / "x.db"
    with pytest.raises(StoreError, match=f"folder {tmp_path / 'no-such-folder'} does not exist"):
        open_store(path)


def test_full_text_search_finds_articles(store: Store, seeds_dir: Path) -> None:
    ingest_paths([seeds_dir], store)
    rows = store.execute(
        "SELECT a.title FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid "
        "WHERE articles_fts MATCH 'Palermo'"
    ).fetchall()
    assert [row[0] for row in rows] == [
        "After failed meetings with Sarraj, Haftar’s move to mount offensive on Libyan capital "
        "sparks disagreement with Egypt"
    ]


def test_reingest_changes_nothing_and_new_files_add_only_news(
    tmp_path: Path, store: Store, seeds_dir: Path
) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(seeds_dir, corpus)
    for path in corpus.iterdir():
        path.chmod(0o644)
    first = ingest_paths([corpus], store)
    counts = store_counts(store)
    again = ingest_paths([corpus], store)
    assert again.files_unchanged == 5 and store_counts(store) == counts
    for path in corpus.iterdir():  # touched files are re-read, but nothing is stored twice
        os.utime(path)
    touched = ingest_paths([corpus], store)
    assert touched.documents_already_stored == first.documents_read
    assert store_counts(store) == counts
    shutil.copy(corpus / "000_51e53d434401293b.txt", corpus / "copy-of-000.txt")
    added = ingest_paths([corpus], store)
    assert (added.exact_duplicates, added.articles_stored, added.sources_added) == (1, 0, 1)
    assert store_counts(store)["articles"] == counts["articles"]


def test_the_same_file_named_from_another_folder_is_not_a_new_source(
    tmp_path: Path, store: Store, seeds_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(seeds_dir, corpus)
    (tmp_path / "elsewhere").mkdir()
    monkeypatch.chdir(tmp_path)
    ingest_paths(["corpus"], store)
    counts = store_counts(store)
    monkeypatch.chdir(tmp_path / "elsewhere")
    again = ingest_paths(["../corpus"], store)
    assert again.files_unchanged == 5 and store_counts(store) == counts


def _ingest_process(corpus: Path, db: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        dateline_command("ingest", corpus, "--db", db, "--quiet"),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def _snapshot(db: Path) -> tuple[set[str], int, int]:
    with open_store(db) as store:
        ids = {article.id for article in iter_articles(store)}
        counts = store_counts(store)
        return ids, counts["sources"], counts["stories"]


def test_kill_9_at_any_moment_loses_nothing_and_doubles_nothing(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for topic in ("haiti", "mj", "egypt"):
        shutil.copy(
            shared_path("bench", "t17", topic, "articles.jsonl.gz"), corpus / f"{topic}.jsonl.gz"
        )
    reference = tmp_path / "reference.db"
    subprocess.run(
        dateline_command("ingest", corpus, "--db", reference, "--quiet"),
        check=True,
    )
    expected = _snapshot(reference)
    db = tmp_path / "killed.db"
    for delay in (0.4, 0.9, 1.5):
        process = _ingest_process(corpus, db)
        time.sleep(delay)
        process.send_signal(signal.SIGKILL)
        process.wait()
        with sqlite3.connect(db) as connection:
            assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    subprocess.run(
        dateline_command("ingest", corpus, "--db", db, "--quiet"),
        check=True,
    )
    assert _snapshot(db) == expected
