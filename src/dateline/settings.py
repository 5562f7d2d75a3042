"""One typed settings object with the defaults every stage reads."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(slots=True, frozen=True)
class DedupSettings:
    # 128 permutations in 64 bands of 2 rows: an excerpt of 30 % of an article (Jaccard ~0.3)
    # becomes a candidate with p > 0.99. Measured by bench/dedup_bench.py.
    num_perm: int = 128
    num_bands: int = 64
    shingle_words: int = 5
    seed: int = 7
    # A candidate pair is a duplicate when either share of the smaller side covered by the
    # larger (containment) or the Jaccard similarity passes; both estimated from the signatures.
    min_containment: float = 0.75
    min_jaccard: float = 0.6
    min_shingles: int = 8  # shorter texts only merge on an exact hash


@dataclass(slots=True, frozen=True)
class CleanSettings:
    boilerplate_threshold: float = 0.5
    max_short_line_words: int = 12
    # A line seen on at least this many other documents of the corpus counts as repeated.
    repeated_line_docs: int = 3
    # A split part shorter than this is not an article of its own, nor is a page this short
    # without one sentence-like line (a chronology of short lines or a cut excerpt is, if longer).
    min_article_words: int = 40


@dataclass(slots=True, frozen=True)
class IngestSettings:
    # A single page (txt, html) larger than this is not an article; dumps (jsonl, warc) stream.
    max_document_bytes: int = 20 * 1024 * 1024
    max_record_bytes: int = 5 * 1024 * 1024
    max_json_bytes: int = 100 * 1024 * 1024  # a .json file is parsed whole; JSONL streams
    workers: int = 0  # processes that clean and date documents; 0: one per core (at most 8)
    batch_size: int = 256  # documents handed to the workers at a time (bounds memory)
    parallel_min_batch: int = 64  # smaller batches are prepared in-process


@dataclass(slots=True, frozen=True)
class Settings:
    dedup: DedupSettings = field(default_factory=DedupSettings)
    clean: CleanSettings = field(default_factory=CleanSettings)
    ingest: IngestSettings = field(default_factory=IngestSettings)


DEFAULT_SETTINGS = Settings()
