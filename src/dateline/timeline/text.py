"""Bag-of-words vectors for sentences: tokens, stop words, TF-IDF, cosine similarity."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache

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
    return list(_cached_tokens(text))


@lru_cache(maxsize=200_000)  # a server builds many timelines over the same sentences
def _cached_tokens(text: str) -> tuple[str, ...]:
    return tuple(
        _stem(word)
        for word in _TOKEN.findall(text.lower())
        if word not in STOPWORDS and len(word) > 1
    )


@lru_cache(maxsize=262_144)
def _stem(word: str) -> str:
    for suffix in ("ings", "ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


Vector = dict[str, float]


class TfIdf:
    """Inverse document frequencies fitted on a set of texts (sentences)."""

    def __init__(self, documents: Iterable[list[str]]) -> None:
        frequency: Counter[str] = Counter()
        count = 0
        for words in documents:
            frequency.update(set(words))
            count += 1
        self.count = max(count, 1)
        self.idf = {
            word: math.log((1 + self.count) / (1 + df)) + 1.0 for word, df in frequency.items()
        }
        self.default_idf = math.log(1 + self.count) + 1.0

    def vector(self, words: list[str]) -> Vector:
        counts = Counter(words)
        vector = {
            word: (1 + math.log(n)) * self.idf.get(word, self.default_idf)
            for word, n in counts.items()
        }
        return normalize(vector)


def normalize(vector: Vector) -> Vector:
    norm = math.sqrt(sum(value * value for value in vector.values()))
    return {word: value / norm for word, value in vector.items()} if norm else {}


def cosine(a: Vector, b: Vector) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(value * b.get(word, 0.0) for word, value in a.items())


def centroid(vectors: Iterable[Vector]) -> Vector:
    total: Counter[str] = Counter()
    for vector in vectors:
        total.update(vector)
    return normalize(dict(total))
