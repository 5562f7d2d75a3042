import numpy as np

from dateline.timeline.records import CandidateSentence
from dateline.timeline.sentence_model import (
    DEFAULT_SENTENCE_MODEL,
    SENTENCE_FEATURES,
    SentenceEvidence,
    sentence_features,
)
from dateline.timeline.table import SentenceTable


def _scores(texts: list[str]) -> np.ndarray:
    sentences = [CandidateSentence("a", 0, text, None) for text in texts]
    table = SentenceTable.from_sentences(sentences)
    same = np.full(len(texts), 0.5)
    evidence = SentenceEvidence(np.arange(len(texts)), same, np.ones(len(texts)), same, same)
    return DEFAULT_SENTENCE_MODEL.scores(sentence_features(table, evidence))


def test_features_follow_the_declared_order() -> None:
    sentences = [CandidateSentence("a", 0, "Perhaps we lost the vote.", None)]
    table = SentenceTable.from_sentences(sentences)
    evidence = SentenceEvidence(np.array([0]), np.array([0.4]), np.array([1]), *[np.zeros(1)] * 2)
    row = dict(zip(SENTENCE_FEATURES, sentence_features(table, evidence)[0], strict=True))
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
