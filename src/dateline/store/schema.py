"""Schema migrations, applied in order and recorded in PRAGMA user_version."""

from __future__ import annotations

import sqlite3

MIGRATIONS: tuple[str, ...] = (
    # 1: articles, their sources (copies), stories, provenance, LSH bands, FTS.
    """
    CREATE TABLE files (
        path TEXT PRIMARY KEY,
        size INTEGER NOT NULL,
        mtime_ns INTEGER NOT NULL,
        status TEXT NOT NULL,
        documents INTEGER NOT NULL DEFAULT 0,
        problems INTEGER NOT NULL DEFAULT 0,
        ingested_at TEXT NOT NULL
    );
    CREATE TABLE stories (
        id TEXT PRIMARY KEY,
        canonical_id TEXT,
        size INTEGER NOT NULL DEFAULT 0
    );
    CREATE TABLE articles (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        text TEXT NOT NULL,
        text_hash TEXT NOT NULL UNIQUE,
        author TEXT,
        published TEXT,
        published_granularity TEXT,
        published_method TEXT NOT NULL,
        published_confidence REAL,
        published_evidence TEXT,
        story_id TEXT NOT NULL REFERENCES stories(id),
        is_canonical INTEGER NOT NULL DEFAULT 0,
        truncated INTEGER NOT NULL DEFAULT 0,
        n_words INTEGER NOT NULL,
        n_shingles INTEGER NOT NULL,
        signature BLOB
    );
    CREATE INDEX articles_story ON articles(story_id);
    CREATE INDEX articles_published ON articles(published);
    CREATE TABLE sources (
        id INTEGER PRIMARY KEY,
        article_id TEXT NOT NULL REFERENCES articles(id),
        raw_key TEXT NOT NULL,
        source_key TEXT NOT NULL UNIQUE,
        file_path TEXT NOT NULL,
        locator TEXT,
        split_index INTEGER,
        url TEXT,
        publisher TEXT,
        title TEXT,
        published TEXT,
        published_method TEXT,
        record_id TEXT,
        fetched TEXT,
        fields_used TEXT,
        match_kind TEXT NOT NULL,
        similarity REAL
    );
    CREATE INDEX sources_raw_key ON sources(raw_key);
    CREATE INDEX sources_article ON sources(article_id);
    CREATE TABLE provenance (
        article_id TEXT NOT NULL REFERENCES articles(id),
        stage TEXT NOT NULL,
        kind TEXT NOT NULL,
        detail TEXT NOT NULL
    );
    CREATE INDEX provenance_article ON provenance(article_id);
    CREATE TABLE lsh_bands (
        band_key INTEGER NOT NULL,
        article_id TEXT NOT NULL
    );
    CREATE INDEX lsh_bands_key ON lsh_bands(band_key);
    CREATE TABLE line_stats (
        line_hash INTEGER PRIMARY KEY,
        docs INTEGER NOT NULL
    ) WITHOUT ROWID;
    CREATE VIRTUAL TABLE articles_fts USING fts5(
        title, text, content='articles', content_rowid='rowid', tokenize='porter unicode61'
    );
    """,
    # 2: sentences and the dates each talks about (the time stage).
    """
    CREATE TABLE sentences (
        article_id TEXT NOT NULL REFERENCES articles(id),
        idx INTEGER NOT NULL,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        PRIMARY KEY (article_id, idx)
    ) WITHOUT ROWID;
    CREATE TABLE sentence_dates (
        article_id TEXT NOT NULL REFERENCES articles(id),
        sentence_idx INTEGER NOT NULL,
        date TEXT NOT NULL,
        granularity TEXT NOT NULL,
        source TEXT NOT NULL,
        timex_start INTEGER,
        timex_end INTEGER,
        timex_type TEXT,
        timex_value TEXT
    );
    CREATE INDEX sentence_dates_date ON sentence_dates(date);
    CREATE INDEX sentence_dates_article ON sentence_dates(article_id, sentence_idx);
    """,
)


def schema_version(connection: sqlite3.Connection) -> int:
    return int(connection.execute("PRAGMA user_version").fetchone()[0])


def migrate(connection: sqlite3.Connection) -> int:
    """Apply pending migrations, each in its own transaction; return the new version."""
    version = schema_version(connection)
    for number, script in enumerate(MIGRATIONS[version:], start=version + 1):
        connection.execute("BEGIN IMMEDIATE")
        try:
            for statement in script.split(";"):
                if statement.strip():
                    connection.execute(statement)
            connection.execute(f"PRAGMA user_version = {number}")
            connection.execute("COMMIT")
        except BaseException:
            connection.execute("ROLLBACK")
            raise
    return schema_version(connection)
