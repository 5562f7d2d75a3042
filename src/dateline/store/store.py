"""The Store: one SQLite file in WAL mode; every write of one input file is one transaction."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from dateline.records import CleanArticle, PublicationDate, SourceRef
from dateline.store.schema import migrate
from dateline.time.sentence_dates import DatedSentence


class StoreError(Exception):
    """The store file cannot be opened or is not a dateline store."""


@dataclass(slots=True, frozen=True)
class Candidate:
    article_id: str
    story_id: str
    n_shingles: int
    signature: np.ndarray


@dataclass(slots=True, frozen=True)
class NewArticle:
    """Everything the store keeps of a new distinct text."""

    article_id: str
    article: CleanArticle
    text_hash: str
    n_words: int
    n_shingles: int
    signature: np.ndarray | None
    band_keys: list[int]


SQL_CHUNK = 500  # values per "IN (?, ?, …)": well below SQLite's variable limit


def in_chunks(values: list[Any]) -> Iterator[tuple[list[Any], str]]:
    """Slices of `values` with the matching "?, ?, …" placeholders for an IN clause."""
    for start in range(0, len(values), SQL_CHUNK):
        chunk = values[start : start + SQL_CHUNK]
        yield chunk, ",".join("?" * len(chunk))


def open_store(path: str | Path) -> Store:
    return Store(Path(path))


class Store:
    def __init__(self, path: Path) -> None:
        self.path = path
        if not path.parent.is_dir():
            raise StoreError(
                f"{path}: cannot create the store: folder {path.parent} does not exist"
            )
        try:
            self.connection = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
            self.connection.row_factory = sqlite3.Row
            self.connection.execute("PRAGMA journal_mode=WAL")
            # NORMAL in WAL mode survives a killed process; only a power cut can lose the tail.
            self.connection.execute("PRAGMA synchronous=NORMAL")
            self.connection.execute("PRAGMA busy_timeout=10000")
            # 64 MB of page cache: the LSH band index of a large corpus stays in memory.
            self.connection.execute("PRAGMA cache_size=-65536")
            self.connection.execute("PRAGMA foreign_keys=ON")
            migrate(self.connection)
        except sqlite3.DatabaseError as error:
            raise StoreError(f"{path}: not a usable dateline store ({error})") from error

    def close(self) -> None:
        self.connection.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        self.connection.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self.connection.execute("ROLLBACK")
            raise
        self.connection.execute("COMMIT")

    def execute(self, sql: str, params: Iterable[object] = ()) -> sqlite3.Cursor:
        return self.connection.execute(sql, tuple(params))

    # Files -------------------------------------------------------------------------------
    def file_unchanged(self, path: str, size: int, mtime_ns: int) -> bool:
        row = self.execute(
            "SELECT size, mtime_ns, status FROM files WHERE path = ?", (path,)
        ).fetchone()
        return (
            bool(row)
            and row["status"] == "done"
            and (row["size"], row["mtime_ns"])
            == (
                size,
                mtime_ns,
            )
        )

    def mark_file(self, path: str, size: int, mtime_ns: int, documents: int, problems: int) -> None:
        self.execute(
            "INSERT OR REPLACE INTO files VALUES (?, ?, ?, 'done', ?, ?, datetime('now'))",
            (path, size, mtime_ns, documents, problems),
        )

    # Lookups used by dedup ---------------------------------------------------------------
    def has_raw_document(self, raw_key: str) -> bool:
        return (
            self.execute("SELECT 1 FROM sources WHERE raw_key = ? LIMIT 1", (raw_key,)).fetchone()
            is not None
        )

    def article_with_hash(self, text_hash: str) -> tuple[str, str] | None:
        row = self.execute(
            "SELECT id, story_id FROM articles WHERE text_hash = ?", (text_hash,)
        ).fetchone()
        return (row["id"], row["story_id"]) if row else None

    def lsh_candidates(self, band_keys: list[int]) -> list[Candidate]:
        if not band_keys:
            return []
        marks = ",".join("?" * len(band_keys))
        rows = self.execute(
            "SELECT a.id, a.story_id, a.n_shingles, a.signature FROM articles a WHERE a.id IN "
            f"(SELECT DISTINCT article_id FROM lsh_bands WHERE band_key IN ({marks}))",
            band_keys,
        ).fetchall()
        return [
            Candidate(
                row["id"],
                row["story_id"],
                row["n_shingles"],
                np.frombuffer(row["signature"], dtype=np.uint32),
            )
            for row in rows
            if row["signature"] is not None
        ]

    def article_text(self, article_id: str) -> str:
        return self.execute("SELECT text FROM articles WHERE id = ?", (article_id,)).fetchone()[0]

    # Writes ------------------------------------------------------------------------------
    def insert_article(self, new: NewArticle, story_id: str) -> None:
        article, published = new.article, new.article.published
        signature = new.signature.tobytes() if new.signature is not None else None
        new_story = self.execute(
            "INSERT OR IGNORE INTO stories (id, canonical_id, size) VALUES (?, ?, 0)",
            (story_id, new.article_id),
        ).rowcount
        # The first article of a story is its canonical copy: stored so, it needs no rewrite.
        cursor = self.execute(
            "INSERT INTO articles (id, title, text, text_hash, author, published, "
            "published_granularity, published_method, published_confidence, published_evidence, "
            "story_id, truncated, n_words, n_shingles, signature, is_canonical) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                new.article_id,
                article.title,
                article.text,
                new.text_hash,
                article.author,
                *_date_columns(published),
                story_id,
                int(article.truncated),
                new.n_words,
                new.n_shingles,
                signature,
                int(new_story == 1),
            ),
        )
        self.execute(
            "INSERT INTO articles_fts (rowid, title, text) VALUES (?, ?, ?)",
            (cursor.lastrowid, article.title, article.text),
        )
        self.connection.executemany(
            "INSERT INTO lsh_bands (band_key, article_id) VALUES (?, ?)",
            [(key, new.article_id) for key in new.band_keys],
        )

    def add_source(
        self,
        article_id: str,
        article: CleanArticle,
        raw_key: str,
        match_kind: str,
        similarity: float | None,
    ) -> bool:
        """Record one copy of an article; False when this copy was already stored."""
        source: SourceRef = article.source
        key = f"{raw_key}#{article.split_index if article.split_index is not None else ''}"
        date = article.published
        cursor = self.execute(
            "INSERT OR IGNORE INTO sources (article_id, raw_key, source_key, file_path, locator, "
            "split_index, url, publisher, title, published, published_method, record_id, fetched, "
            "fields_used, match_kind, similarity) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                article_id,
                raw_key,
                key,
                source.file_path,
                source.locator,
                article.split_index,
                source.url,
                source.publisher,
                article.title,
                date.date.iso() if date else None,
                date.method.value if date else None,
                source.record_id,
                source.fetched,
                json.dumps(source.fields_used) if source.fields_used else None,
                match_kind,
                similarity,
            ),
        )
        return cursor.rowcount == 1

    def replace_sentences(self, article_id: str, sentences: list[DatedSentence]) -> None:
        """Store an article's sentences and their dates (replacing any earlier dating)."""
        spans, dates = _sentence_rows(article_id, sentences)
        self.execute("DELETE FROM sentence_dates WHERE article_id = ?", (article_id,))
        self.execute("DELETE FROM sentences WHERE article_id = ?", (article_id,))
        self.connection.executemany("INSERT INTO sentences VALUES (?, ?, ?, ?)", spans)
        self.connection.executemany(
            "INSERT INTO sentence_dates VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", dates
        )

    def story_dates(self, story_id: str) -> list[str]:
        """Day-level publication dates of a story's articles (for dating an undated copy)."""
        rows = self.execute(
            "SELECT published FROM articles WHERE story_id = ? AND published_granularity = 'day' "
            "AND published_method != 'inferred'",
            (story_id,),
        )
        return [row[0] for row in rows]

    def articles_without_known_date(self, story_id: str) -> list[tuple[str, str]]:
        rows = self.execute(
            "SELECT id, text FROM articles WHERE story_id = ? "
            "AND published_method IN ('inferred', 'none')",
            (story_id,),
        )
        return [(row[0], row[1]) for row in rows]

    def set_inferred_date(self, article_id: str, published: PublicationDate) -> None:
        self.execute(
            "UPDATE articles SET published = ?, published_granularity = ?, published_method = ?, "
            "published_confidence = ?, published_evidence = ? WHERE id = ?",
            (*_date_columns(published), article_id),
        )

    def add_provenance(self, article_id: str, stage: str, items: Iterable[tuple[str, str]]) -> None:
        self.connection.executemany(
            "INSERT INTO provenance (article_id, stage, kind, detail) VALUES (?, ?, ?, ?)",
            [(article_id, stage, kind, detail) for kind, detail in items],
        )

    def improve_publication_date(self, article_id: str, published: PublicationDate) -> bool:
        """An exact copy that knows the date better (or at all) lends it to the article."""
        cursor = self.execute(
            "UPDATE articles SET published = ?, published_granularity = ?, published_method = ?, "
            "published_confidence = ?, published_evidence = ? "
            "WHERE id = ? AND (published IS NULL OR published_confidence < ?)",
            (*_date_columns(published), article_id, published.confidence),
        )
        return cursor.rowcount == 1

    def merge_stories(self, target: str, others: Iterable[str]) -> None:
        for other in set(others) - {target}:
            self.execute("UPDATE articles SET story_id = ? WHERE story_id = ?", (target, other))
            self.execute("DELETE FROM stories WHERE id = ?", (other,))

    def refresh_story(self, story_id: str) -> None:
        """The canonical copy is the most complete text: most words, then first stored."""
        rows = self.execute(
            "SELECT id, is_canonical FROM articles WHERE story_id = ? "
            "ORDER BY truncated, n_words DESC, rowid",
            (story_id,),
        ).fetchall()
        canonical = rows[0]["id"]
        # An UPDATE of articles costs even when it changes nothing; most stories keep theirs.
        if any(bool(row["is_canonical"]) != (row["id"] == canonical) for row in rows):
            self.execute(
                "UPDATE articles SET is_canonical = (id = ?) WHERE story_id = ?",
                (canonical, story_id),
            )
        self.execute(
            "UPDATE stories SET canonical_id = ?, size = ? WHERE id = ?",
            (canonical, len(rows), story_id),
        )

    # Corpus line statistics for the boilerplate classifier -------------------------------
    def line_document_counts(self, hashes: Iterable[int]) -> dict[int, int]:
        found: dict[int, int] = {}
        for chunk, marks in in_chunks(list(hashes)):
            for row in self.execute(
                f"SELECT line_hash, docs FROM line_stats WHERE line_hash IN ({marks})", chunk
            ):
                found[row[0]] = row[1]
        return found

    def add_line_counts(self, counts: dict[int, int]) -> None:
        self.connection.executemany(
            "INSERT INTO line_stats (line_hash, docs) VALUES (?, ?) "
            "ON CONFLICT(line_hash) DO UPDATE SET docs = docs + excluded.docs",
            list(counts.items()),
        )


def _date_columns(published: PublicationDate | None) -> tuple[object, ...]:
    if published is None:
        return (None, None, "none", None, None)
    return (
        published.date.iso(),
        published.date.granularity.value,
        published.method.value,
        published.confidence,
        published.evidence,
    )


def _sentence_rows(
    article_id: str, sentences: list[DatedSentence]
) -> tuple[list[tuple], list[tuple]]:
    spans = [(article_id, s.index, s.start, s.end) for s in sentences]
    dates = []
    for sentence in sentences:
        for found in sentence.dates:
            timex = found.timex
            dates.append(
                (
                    article_id,
                    sentence.index,
                    found.date.iso(),
                    found.date.granularity.value,
                    found.source,
                    timex.start if timex else None,
                    timex.end if timex else None,
                    timex.type.value if timex else None,
                    timex.value if timex else None,
                )
            )
    return spans, dates
