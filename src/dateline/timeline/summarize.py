"""Choose the sentences of each date: central, specific to the date, not redundant."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import numpy as np
from scipy import sparse

from dateline.timeline.records import Corpus, TimelineSentence
from dateline.timeline.sentence_model import (
    DEFAULT_SENTENCE_MODEL,
    SentenceModel,
    sentence_features,
)
from dateline.timeline.table import table_of, word_ids
from dateline.timeline.text import tokens


@dataclass(slots=True, frozen=True)
class SummarySettings:
    min_tokens: int = 8
    max_tokens: int = 50
    redundancy: float = 0.4  # cosine above which a sentence repeats one already chosen


def tfidf_rows(counts: sparse.csr_matrix) -> sparse.csr_matrix:
    """Unit-length TF-IDF rows: (1 + log tf) * (log((1 + n) / (1 + df)) + 1)."""
    rows = len(counts.indptr) - 1
    document_frequency = np.bincount(counts.indices, minlength=counts.shape[1])
    idf = np.log((1 + max(rows, 1)) / (1 + document_frequency)) + 1.0
    weights = (1 + np.log(counts.data)) * idf[counts.indices]
    row_of = np.repeat(np.arange(rows), np.diff(counts.indptr))
    norms = np.sqrt(np.bincount(row_of, weights=weights * weights, minlength=rows))
    scale = np.divide(1.0, norms, out=np.zeros_like(norms), where=norms > 0)
    return sparse.csr_matrix(
        (weights * scale[row_of], counts.indices, counts.indptr), shape=counts.shape
    )


class SentencePicker:
    """Holds the vectors of all candidate sentences and what the timeline already says."""

    def __init__(
        self,
        corpus: Corpus,
        query: str,
        settings: SummarySettings,
        model: SentenceModel | None = None,
    ) -> None:
        self.sentences = corpus.sentences
        self.table = table_of(corpus)
        self.settings = settings
        self.model = model or DEFAULT_SENTENCE_MODEL
        counts = self.table.word_matrix()
        self.vectors = tfidf_rows(counts)
        self.usable = (
            self.table.quotable
            & (self.table.length >= settings.min_tokens)
            & (self.table.length <= settings.max_tokens)
        )
        self.query_overlap = _query_overlap(counts, query)
        self.chosen: list[int] = []

    def features(self, day: date, candidates: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """The usable candidates of a date and their feature rows."""
        usable = candidates[self.usable[candidates]]
        vectors = self.vectors[usable]
        total = np.asarray(vectors.sum(axis=0)).ravel()
        norm = np.linalg.norm(total)
        centrality = vectors @ (total / norm) if norm else np.zeros(len(usable))
        naming = self.table.mention_row[self.table.mention_day == day.toordinal()]
        return usable, sentence_features(
            self.table, usable, centrality, np.isin(usable, naming), self.query_overlap[usable]
        )

    def pick(self, day: date, candidates: np.ndarray, count: int) -> list[TimelineSentence]:
        """The best `count` sentences for `day` that repeat nothing already in the timeline."""
        usable, rows = self.features(day, candidates)
        if not len(usable):
            return []
        scores = self.model.scores(rows)
        order = np.lexsort((usable, scores))[::-1]  # best first; ties: later sentence first
        usable, scores = usable[order], scores[order]
        vectors = self.vectors[usable]
        similarity = np.zeros(len(usable))
        if self.chosen:
            similarity = (vectors @ self.vectors[self.chosen].T).max(axis=1).toarray().ravel()
        picked: list[TimelineSentence] = []
        for index, position in enumerate(usable.tolist()):
            if similarity[index] > self.settings.redundancy:
                continue
            sentence = self.sentences[position]
            picked.append(
                TimelineSentence(
                    sentence.text,
                    sentence.article_id,
                    sentence.start,
                    sentence.end,
                    sentence.eval_text,
                    round(float(scores[index]), 4),
                )
            )
            self.chosen.append(position)
            if len(picked) == count:
                break
            similarity = np.maximum(similarity, (vectors @ vectors[index].T).toarray().ravel())
        return picked


def _query_overlap(counts: sparse.csr_matrix, query: str) -> np.ndarray:
    """Share of the query's words in each sentence."""
    words = set(tokens(query))
    if not words:
        return np.zeros(counts.shape[0])
    present = counts[:, word_ids(words)].getnnz(axis=1)
    return present / len(words)
