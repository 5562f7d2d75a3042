"""Choose the sentences of each date: central, specific to the date, not redundant."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import numpy as np

from dateline.clean.lead import lead_end
from dateline.timeline.records import CandidateSentence, Corpus, TimelineSentence
from dateline.timeline.sentence_model import (
    DEFAULT_SENTENCE_MODEL,
    SentenceEvidence,
    SentenceModel,
    sentence_features,
)
from dateline.timeline.table import table_of, vocabulary_size, word_ids
from dateline.timeline.text import SentenceVectors, tokens


@dataclass(slots=True, frozen=True)
class SummarySettings:
    min_tokens: int = 8
    max_tokens: int = 50
    redundancy: float = 0.4  # cosine above which a sentence repeats one chosen for its date
    # Across dates only near-copies repeat (the same wire sentence in another paper): related
    # events of other days share the story's words. Chosen with each T17 topic held out, for
    # all seven (AR-1 0.1534 -> 0.1563, AR-2 0.0416 -> 0.0433 against 0.4 for both).
    repetition: float = 0.9


def quoted(sentence: CandidateSentence, score: float) -> TimelineSentence:
    """The sentence as a timeline quotes it: without the dateline or credit it opens with.

    The dateline is cut only here: as part of the sentence while scoring, it marks a wire lead
    (cutting it before scoring lowered AR-2 on T17 dev from 0.034 to 0.033)."""
    cut = lead_end(sentence.text)
    evaluated = sentence.eval_text
    if cut and evaluated:
        evaluated = evaluated[lead_end(evaluated) :]
    return TimelineSentence(
        sentence.text[cut:],
        sentence.article_id,
        sentence.start + cut,
        sentence.end,
        evaluated,
        score,
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
        table = self.table
        self.vectors = SentenceVectors(
            table.word_start, table.word_id, table.word_tf, vocabulary_size()
        )
        self.usable = (
            self.table.quotable
            & (self.table.length >= settings.min_tokens)
            & (self.table.length <= settings.max_tokens)
        )
        self.query_overlap = self._query_overlap(query)
        self.story_centroid = self.vectors.centroid(self.usable)
        self.chosen: list[int] = []

    def _query_overlap(self, query: str) -> np.ndarray:
        """Share of the query's words in each sentence."""
        words = set(tokens(query))
        if not words:
            return np.zeros(len(self.table))
        return self.vectors.words_present(word_ids(words)) / len(words)

    def features(self, day: date, candidates: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """The usable candidates of a date and their feature rows."""
        usable = candidates[self.usable[candidates]]
        naming = np.zeros(len(self.table), dtype=bool)
        naming[self.table.mention_row[self.table.mention_day == day.toordinal()]] = True
        evidence = SentenceEvidence(
            usable,
            self.vectors.centrality(usable),
            naming[usable],
            self.query_overlap[usable],
            self.vectors.cosines(usable, self.story_centroid),
            self._previews(day, usable, naming[usable]),
        )
        return usable, sentence_features(self.table, evidence)

    def _previews(self, day: date, usable: np.ndarray, naming: np.ndarray) -> np.ndarray:
        """Which rows name the day from an article published before it, when a row of an
        article published on it or later names it too (a plan, where a report exists)."""
        published = self.table.published[usable]
        preview = naming & (published > 0) & (published < day.toordinal())
        reported = naming & (published >= day.toordinal())
        return preview if reported.any() else np.zeros(len(usable), dtype=bool)

    def pick(self, day: date, candidates: np.ndarray, count: int) -> list[TimelineSentence]:
        """The best `count` sentences for `day` that repeat nothing already in the timeline."""
        usable, rows = self.features(day, candidates)
        if not len(usable):
            return []
        return self.take(usable, self.model.scores(rows), count)

    def take(self, usable: np.ndarray, scores: np.ndarray, count: int) -> list[TimelineSentence]:
        """The `count` best-scored of one date's usable rows that repeat nothing chosen."""
        order = np.lexsort((usable, scores))[::-1]  # best first; ties: later sentence first
        usable, scores = usable[order], scores[order]
        picked: list[TimelineSentence] = []
        for_other_dates = len(self.chosen)
        for index, position in enumerate(usable.tolist()):
            if self._repeats(position, for_other_dates):
                continue
            picked.append(quoted(self.sentences[position], round(float(scores[index]), 4)))
            self.chosen.append(position)
            if len(picked) == count:
                break
        return picked

    def _repeats(self, position: int, for_other_dates: int) -> bool:
        """Whether the sentence repeats one chosen for this date or copies one chosen for
        another (the first `for_other_dates` of those chosen)."""
        if not self.chosen:
            return False
        similarity = self.vectors.similarities(position, np.array(self.chosen))
        return bool(
            similarity[for_other_dates:].max(initial=0.0) > self.settings.redundancy
            or similarity[:for_other_dates].max(initial=0.0) > self.settings.repetition
        )
