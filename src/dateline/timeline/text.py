"""Bag-of-words vectors for sentences: tokens, stop words, TF-IDF, cosine similarity."""

from __future__ import annotations

import re
from functools import lru_cache

import numpy as np

_TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
STOPWORDS = frozenset(
    [
        "a",
        "about",
        "above",
        "after",
        "again",
        "against",
        "all",
        "also",
        "am",
        "an",
        "and",
        "any",
        "are",
        "as",
        "at",
        "be",
        "because",
        "been",
        "before",
        "being",
        "below",
        "between",
        "both",
        "but",
        "by",
        "can",
        "could",
        "did",
        "do",
        "does",
        "doing",
        "down",
        "during",
        "each",
        "few",
        "for",
        "from",
        "further",
        "had",
        "has",
        "have",
        "having",
        "he",
        "her",
        "here",
        "hers",
        "herself",
        "him",
        "himself",
        "his",
        "how",
        "i",
        "if",
        "in",
        "into",
        "is",
        "it",
        "its",
        "itself",
        "just",
        "me",
        "more",
        "most",
        "my",
        "myself",
        "no",
        "nor",
        "not",
        "now",
        "of",
        "off",
        "on",
        "once",
        "only",
        "or",
        "other",
        "our",
        "ours",
        "ourselves",
        "out",
        "over",
        "own",
        "same",
        "she",
        "should",
        "so",
        "some",
        "such",
        "than",
        "that",
        "the",
        "their",
        "theirs",
        "them",
        "themselves",
        "then",
        "there",
        "these",
        "they",
        "this",
        "those",
        "through",
        "to",
        "too",
        "under",
        "until",
        "up",
        "very",
        "was",
        "we",
        "were",
        "what",
        "when",
        "where",
        "which",
        "while",
        "who",
        "whom",
        "why",
        "will",
        "with",
        "would",
        "you",
        "your",
        "yours",
        "yourself",
        "yourselves",
        "said",
        "says",
        "say",
        "told",
        "one",
        "two",
        "new",
        "also",
        "year",
        "years",
        "mr",
        "mrs",
        "ms",
        "s",
        "t",
        "lrb",
        "rrb",
        "n't",
        "'s",
    ]
)


def tokens(text: str) -> list[str]:
    """Lower-cased content words, with a light plural/-ing/-ed stemmer."""
    return [
        _stem(word)
        for word in _TOKEN.findall(text.lower())
        if word not in STOPWORDS and len(word) > 1
    ]


@lru_cache(maxsize=262_144)
def _stem(word: str) -> str:
    for suffix in ("ings", "ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def gather_rows(start: np.ndarray, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """For CSR rows: the positions of their entries, and for each entry its index in `rows`."""
    lengths = start[rows + 1] - start[rows]
    local = np.repeat(np.arange(len(rows)), lengths)
    offsets = np.cumsum(lengths) - lengths
    entries = np.arange(int(lengths.sum())) - offsets[local] + start[rows][local]
    return entries, local


class SentenceVectors:
    """Unit-length TF-IDF rows, (1 + log tf) * (log((1 + n) / (1 + df)) + 1), in CSR arrays."""

    def __init__(self, start: np.ndarray, word: np.ndarray, tf: np.ndarray, width: int) -> None:
        rows = len(start) - 1
        self.start, self.word, self.width = start, word, width
        self.row_of = np.repeat(np.arange(rows), np.diff(start))
        document_frequency = np.bincount(word, minlength=width)
        idf = np.log((1 + max(rows, 1)) / (1 + document_frequency)) + 1.0
        weight = tf * idf[word]
        norms = np.sqrt(np.bincount(self.row_of, weights=weight * weight, minlength=rows))
        scale = np.divide(1.0, norms, out=np.zeros_like(norms), where=norms > 0)
        self.weight = weight * scale[self.row_of]
        self._scratch = np.zeros(width)  # one row spread out, for similarities

    def centrality(self, rows: np.ndarray) -> np.ndarray:
        """Cosine of each row to the centroid of the rows."""
        entries, local = gather_rows(self.start, rows)
        total = np.bincount(self.word[entries], weights=self.weight[entries], minlength=self.width)
        norm = np.linalg.norm(total)
        if not norm:
            return np.zeros(len(rows))
        return self._dot(entries, local, len(rows), total) / norm

    def centroid(self, chosen: np.ndarray) -> np.ndarray:
        """Unit-length centroid of the rows marked in the boolean `chosen` (zeros if empty).

        A mask, not row numbers: for most of the table it spares gathering every entry."""
        weights = np.where(chosen[self.row_of], self.weight, 0.0)
        total = np.bincount(self.word, weights=weights, minlength=self.width)
        norm = np.linalg.norm(total)
        return total / norm if norm else total

    def cosines(self, rows: np.ndarray, unit: np.ndarray) -> np.ndarray:
        """Cosine of each row to a unit-length vector."""
        entries, local = gather_rows(self.start, rows)
        return self._dot(entries, local, len(rows), unit)

    def _dot(
        self, entries: np.ndarray, local: np.ndarray, rows: int, dense: np.ndarray
    ) -> np.ndarray:
        """Per row, the dot product of its gathered entries with a dense vector."""
        products = self.weight[entries] * dense[self.word[entries]]
        return np.bincount(local, weights=products, minlength=rows)

    def similarities(self, row: int, others: np.ndarray) -> np.ndarray:
        """Cosine of one row to each of `others`."""
        own = slice(self.start[row], self.start[row + 1])
        self._scratch[self.word[own]] = self.weight[own]
        entries, local = gather_rows(self.start, others)
        products = self.weight[entries] * self._scratch[self.word[entries]]
        self._scratch[self.word[own]] = 0.0
        return np.bincount(local, weights=products, minlength=len(others))

    def words_present(self, words: list[int]) -> np.ndarray:
        """How many of the given words each row holds."""
        wanted = np.zeros(self.width, dtype=bool)
        wanted[words] = True
        hits = wanted[self.word]
        return np.bincount(self.row_of[hits], minlength=len(self.start) - 1)
