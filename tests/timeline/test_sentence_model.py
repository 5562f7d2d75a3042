import numpy as np

from dateline.timeline.records import CandidateSentence
from dateline.timeline.sentence_model import (
    DEFAULT_SENTENCE_MODEL,
    SENTENCE_FEATURES,
    SentenceEvidence,
    sentence_features,
)
from dateline.timeline.table import SentenceTable


def _features(texts: list[str], centrality: float = 0.5) -> np.ndarray:
    """Feature rows of sentences alike in every evidence the picker measures."""
    sentences = [CandidateSentence("a", 0, text, None) for text in texts]
    table = SentenceTable.from_sentences(sentences)
    same = np.full(len(texts), centrality)
    none = np.zeros(len(texts), dtype=bool)
    evidence = SentenceEvidence(np.arange(len(texts)), same, np.ones(len(texts)), same, same, none)
    return sentence_features(table, evidence)


def _scores(texts: list[str]) -> np.ndarray:
    return DEFAULT_SENTENCE_MODEL.scores(_features(texts))


def test_features_follow_the_declared_order() -> None:
    features = _features(["Perhaps we lost the vote."], centrality=0.4)[0]
    row = dict(zip(SENTENCE_FEATURES, features, strict=True))
    assert row["date_centrality"] == 0.4
    assert row["first_person"] == 1.0
    assert row["opinion"] == 1.0
    assert row["date_label"] == 0.0


def test_comment_and_first_person_score_below_the_same_report() -> None:
    report, advice, first_person = _scores(
        [
            "The council voted to close the port.",
            "The council should close the port.",
            "Our council voted to close the port.",
        ]
    )
    assert advice < report
    assert first_person < report
