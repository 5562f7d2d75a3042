"""Choose the sentences of each date: central, specific to the date, on the query, not redundant."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from dateline.timeline.records import CandidateSentence, TimelineSentence
from dateline.timeline.text import TfIdf, Vector, centroid, cosine, tokens


@dataclass(slots=True, frozen=True)
class SummarySettings:
    min_tokens: int = 6
    max_tokens: int = 50
    mention_bonus: float = 0.15  # the sentence names the date itself
    query_weight: float = 0.3
    lead_bonus: float = 0.05  # first sentences of an article (news lead)
    redundancy: float = 0.5  # cosine above which a sentence repeats one already chosen
    # What a date's sentences share against what the whole story shares: generic lines
    # ("the earthquake in Haiti") score high on both and lose.
    specificity: float = 0.0
    # When enough sentences name the date itself, only they are candidates (times k).
    min_explicit: float = 1000.0


class SentencePicker:
    """Holds the vectors of all candidate sentences and what the timeline already says."""

    def __init__(
        self, sentences: list[CandidateSentence], query: str, settings: SummarySettings
    ) -> None:
        self.sentences = sentences
        self.settings = settings
        self.words = [tokens(s.text) for s in sentences]
        self.idf = TfIdf(self.words)
        self.vectors = [self.idf.vector(words) for words in self.words]
        self.query = set(tokens(query))
        self.chosen: list[Vector] = []
        self.story_centroid = centroid(self.vectors)

    def usable(self, position: int) -> bool:
        sentence, words = self.sentences[position], self.words[position]
        size = len(sentence.text.split())
        return (
            self.settings.min_tokens <= size <= self.settings.max_tokens
            and not sentence.text.rstrip().endswith("?")
            and len(words) >= 3
        )

    def query_overlap(self, position: int) -> float:
        if not self.query:
            return 0.0
        return len(self.query & set(self.words[position])) / len(self.query)

    def pick(self, day: date, candidates: list[int], count: int) -> list[TimelineSentence]:
        """The best `count` sentences for `day` among candidate positions."""
        usable = [p for p in candidates if self.usable(p)]
        if not usable:
            return []
        explicit = [p for p in usable if day in self.sentences[p].mentioned]
        if len(explicit) >= self.settings.min_explicit * count:
            usable = explicit
        middle = centroid(self.vectors[p] for p in usable)
        settings = self.settings
        scored = []
        for position in usable:
            sentence = self.sentences[position]
            score = cosine(self.vectors[position], middle)
            score -= settings.specificity * cosine(self.vectors[position], self.story_centroid)
            score += settings.mention_bonus * (day in sentence.mentioned)
            score += settings.query_weight * self.query_overlap(position)
            score += settings.lead_bonus * (sentence.index < 3)
            scored.append((score, position))
        scored.sort(reverse=True)
        picked: list[TimelineSentence] = []
        for score, position in scored:
            vector = self.vectors[position]
            if any(cosine(vector, other) > settings.redundancy for other in self.chosen):
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
