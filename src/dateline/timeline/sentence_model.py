"""Features of a candidate sentence for a date, and the linear model that scores them."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date

import numpy as np

from dateline.timeline.records import CandidateSentence

# Features tried and dropped (weight zero on T17 dev): centrality to the whole story,
# published that day / the day after, quotes, digits, capitalized words, first person.
SENTENCE_FEATURES = (
    "date_centrality",  # cosine to the centroid of the date's candidate sentences
    "names_the_date",
    "log_position",  # position in its article (leads come first)
    "log_length",  # words
    "query_overlap",  # share of the query's words in the sentence
)


def sentence_features(
    sentence: CandidateSentence, day: date, date_centrality: float, query_overlap: float
) -> list[float]:
    return [
        date_centrality,
        float(day in sentence.mentioned),
        math.log1p(sentence.index),
        math.log(max(len(sentence.text.split()), 1)),
        query_overlap,
    ]


@dataclass(slots=True, frozen=True)
class SentenceModel:
    weights: tuple[float, ...]

    def score(self, features: list[float]) -> float:
        return float(np.dot(self.weights, features))


# Centrality to the date, a nudge for naming it, for leads and for short sentences
# (AR-1 0.137 on T17 dev; the length weight took it from 0.129).
# A ridge model trained leave-one-topic-out on these features did no better (AR-1 0.127,
# AR-2 0.031), so the hand-set weights stay and no model file is shipped.
DEFAULT_SENTENCE_MODEL = SentenceModel((1.0, 0.15, -0.03, -0.05, 0.0))
