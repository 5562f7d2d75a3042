"""Choose the sentences of each date: central, specific to the date, not redundant."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from dateline.timeline.records import CandidateSentence, TimelineSentence
from dateline.timeline.sentence_model import (
    DEFAULT_SENTENCE_MODEL,
    SentenceModel,
    sentence_features,
)
from dateline.timeline.text import TfIdf, Vector, centroid, cosine, tokens

# A capitalized pronoun or article right after a lower-case word with no punctuation between:
# a headline or caption glued to the next sentence ("… many feared dead The earthquake is …").
_GLUED = re.compile(
    r"[a-z0-9%)] (?:The|A|An|It|He|She|They|This|These|Those|There|His|Her|Their|In|On|At|But|"
    r"When|After|As|More|Some|Many|Police|Officials|Thousands|Hundreds) [a-z]"
)


@dataclass(slots=True, frozen=True)
class SummarySettings:
    min_tokens: int = 8
    max_tokens: int = 50
    redundancy: float = 0.4  # cosine above which a sentence repeats one already chosen


class SentencePicker:
    """Holds the vectors of all candidate sentences and what the timeline already says."""

    def __init__(
        self,
        sentences: list[CandidateSentence],
        query: str,
        settings: SummarySettings,
        model: SentenceModel | None = None,
    ) -> None:
        self.sentences = sentences
        self.settings = settings
        self.model = model or DEFAULT_SENTENCE_MODEL
        self.words = [tokens(s.text) for s in sentences]
        self.idf = TfIdf(self.words)
        self._vectors: dict[
            int, Vector
        ] = {}  # built on demand: most sentences are never candidates
        self.query = set(tokens(query))
        self.chosen: list[Vector] = []

    def vector(self, position: int) -> Vector:
        found = self._vectors.get(position)
        if found is None:
            found = self._vectors[position] = self.idf.vector(self.words[position])
        return found

    def usable(self, position: int) -> bool:
        sentence, words = self.sentences[position], self.words[position]
        size = len(sentence.text.split())
        return (
            sentence.quotable
            and self.settings.min_tokens <= size <= self.settings.max_tokens
            and not _GLUED.search(sentence.text)
            and not sentence.text.rstrip().endswith("?")
            and len(words) >= 3
        )

    def query_overlap(self, position: int) -> float:
        if not self.query:
            return 0.0
        return len(self.query & set(self.words[position])) / len(self.query)

    def features(self, day: date, candidates: list[int]) -> list[tuple[int, list[float]]]:
        """Feature rows of the usable candidates of a date."""
        usable = [p for p in candidates if self.usable(p)]
        if not usable:
            return []
        middle = centroid(self.vector(p) for p in usable)
        return [
            (
                p,
                sentence_features(
                    self.sentences[p], day, cosine(self.vector(p), middle), self.query_overlap(p)
                ),
            )
            for p in usable
        ]

    def pick(self, day: date, candidates: list[int], count: int) -> list[TimelineSentence]:
        """The best `count` sentences for `day` that repeat nothing already in the timeline."""
        scored = sorted(
            ((self.model.score(row), p) for p, row in self.features(day, candidates)), reverse=True
        )
        picked: list[TimelineSentence] = []
        for score, position in scored:
            vector = self.vector(position)
            if any(cosine(vector, other) > self.settings.redundancy for other in self.chosen):
                continue
            sentence = self.sentences[position]
            picked.append(
                TimelineSentence(
                    sentence.text,
                    sentence.article_id,
                    sentence.start,
                    sentence.end,
                    sentence.eval_text,
                    round(score, 4),
                )
            )
            self.chosen.append(vector)
            if len(picked) == count:
                break
        return picked
