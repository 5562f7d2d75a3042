"""Scoring goes through tilse itself; check the wiring and the news-tls averaging."""

from __future__ import annotations

from datetime import date

import pytest

from dateline.timeline.evaluation import TaskScores, make_evaluator, mean_f1, score_task

pytest.importorskip("tilse")

GOLD = {
    date(2010, 1, 12): ["A 7.0 magnitude earthquake struck Haiti near Port-au-Prince ."],
    date(2010, 1, 13): ["The Red Cross said three million people were affected ."],
}


def test_a_timeline_scored_against_itself_is_perfect() -> None:
    scores = score_task(GOLD, GOLD, make_evaluator())
    assert scores.rouge_1[2] == pytest.approx(1.0)
    assert scores.dates == (1.0, 1.0, 1.0)


def test_a_day_off_earns_partial_credit() -> None:
    shifted = {date(2010, 1, 11): GOLD[date(2010, 1, 12)]}
    scores = score_task(shifted, GOLD, make_evaluator())
    assert 0.0 < scores.rouge_1[2] < 1.0
    assert scores.dates[2] == 0.0


def test_stop_words_do_not_count() -> None:
    predicted = {date(2010, 1, 12): ["the of and a to in it was ."]}
    assert score_task(predicted, GOLD, make_evaluator()).rouge_1[0] == 0.0


def test_news_tls_averaging_is_f1_of_mean_precision_and_recall() -> None:
    tasks = [
        TaskScores((0.2, 0.4, 0.0), (0, 0, 0), (0, 0, 0)),
        TaskScores((0.4, 0.2, 0.0), (0, 0, 0), (0, 0, 0)),
    ]
    precision, recall, f1 = mean_f1(tasks, "rouge_1")
    assert (precision, recall) == pytest.approx((0.3, 0.3)) and f1 == pytest.approx(0.3)
