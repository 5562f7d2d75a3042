"""The date ranker: features scaled per timeline, the model file, and the grid search."""

from __future__ import annotations

import json

import numpy as np
import pytest

from dateline.timeline.dates import FEATURES, DateFeatures
from dateline.timeline.ranker import DEFAULT_RANKER, DateRanker, shipped_ranker
from dateline.timeline.training import TaskDates, leave_one_topic_out, train


def _features(**columns: list[float]) -> DateFeatures:
    days = len(next(iter(columns.values())))
    values = np.zeros((days, len(FEATURES)))
    for name, column in columns.items():
        values[:, FEATURES.index(name)] = column
    return DateFeatures(np.arange(1, days + 1), values)


def _ranker(**weights: float) -> DateRanker:
    return DateRanker(tuple(weights.get(name, 0.0) for name in FEATURES))


def test_a_feature_spread_wider_by_a_bigger_corpus_ranks_the_days_the_same() -> None:
    ranker = _ranker(log_mention_articles=1.0, log_mention_days=1.0)
    articles = [3.0, 2.0, 1.0, 0.5]
    small = _features(log_mention_articles=articles, log_mention_days=[0.0, 0.1, 0.3, 0.35])
    big = _features(log_mention_articles=articles, log_mention_days=[0.0, 1.0, 3.0, 3.5])
    assert np.argsort(-ranker.scores(small)).tolist() == [2, 0, 3, 1]
    assert np.argsort(-ranker.scores(big)).tolist() == [2, 0, 3, 1]


def test_articles_alone_keep_their_own_units() -> None:
    features = _features(log_mention_articles=[0.0, 0.7, 1.1, 2.3])
    assert DEFAULT_RANKER.scores(features).tolist() == [0.0, 0.7, 1.1, 2.3]


def test_a_feature_constant_over_the_days_counts_nothing() -> None:
    features = _features(log_mention_articles=[1.0, 2.0], log_published=[5.0, 5.0])
    scores = _ranker(log_mention_articles=1.0, log_published=1.0).scores(features)
    assert scores.tolist() == [1.0, 2.0]


def test_model_files_round_trip_and_other_scales_are_refused() -> None:
    ranker = _ranker(log_mention_articles=1.0, burst=0.5)
    assert DateRanker.from_json(ranker.to_json()) == ranker
    old = json.loads(ranker.to_json())
    del old["feature_scale"]
    with pytest.raises(ValueError, match="scaled"):
        DateRanker.from_json(json.dumps(old))
    assert shipped_ranker().trained_on.startswith("T17 dev topics")


def _task(topic: str, days_named: list[float], gold: list[int]) -> TaskDates:
    rows = np.zeros((len(days_named), len(FEATURES)))
    rows[:, FEATURES.index("log_mention_articles")] = [1.0, 0.9, 0.8, 0.7][: len(days_named)]
    rows[:, FEATURES.index("log_mention_days")] = days_named
    labels = np.zeros(len(days_named))
    labels[gold] = 1.0
    return TaskDates(topic, "tl", rows, labels, len(gold))


def test_the_grid_weighs_the_feature_that_finds_the_gold_days() -> None:
    tasks = [_task("a", [0.0, 0.1, 0.9, 1.0], [2, 3]), _task("b", [0.0, 0.1, 1.0, 0.8], [2, 3])]
    trained = train(tasks)
    assert trained.weights[FEATURES.index("log_mention_days")] > 0
    held_out = leave_one_topic_out(tasks)
    assert {key: score for key, (score, _) in held_out.items()} == {"a/tl": 1.0, "b/tl": 1.0}
