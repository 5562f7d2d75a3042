"""What each part of the timeline engine adds on the T17 dev tasks, and a leave-one-topic-out
view of the hand-set choices: for each topic, the variant that scores best on the other
topics is applied to it.

    python bench/tls_ablation.py
"""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import T17, print_command, print_table

from dateline.timeline.benchmark import Topic, load_topic, run_task
from dateline.timeline.dates import FEATURES
from dateline.timeline.engine import TimelineSettings
from dateline.timeline.evaluation import (
    evaluation_entries,
    make_evaluator,
    mean_f1,
    score_task,
)
from dateline.timeline.ranker import DEFAULT_RANKER, DateRanker
from dateline.timeline.records import Corpus
from dateline.timeline.sentence_model import (
    DEFAULT_SENTENCE_MODEL,
    SENTENCE_FEATURES,
    SentenceModel,
)
from dateline.timeline.summarize import SummarySettings
from dateline.timeline.training import search, task_dates


def _model(**changes: float) -> SentenceModel:
    weights = list(DEFAULT_SENTENCE_MODEL.weights)
    for name, value in changes.items():
        weights[SENTENCE_FEATURES.index(name)] = value
    return SentenceModel(tuple(weights))


def _ranker(**weights: float) -> DateRanker:
    return DateRanker(tuple(weights.get(name, 0.0) for name in FEATURES))


METRICS = ("rouge_1", "rouge_2", "dates")  # shown to 4 places: the parts differ by 0.001
FULL = TimelineSettings()
# The shipped ranker saw every dev topic; this row gives each topic the ranker trained without it.
HELD_OUT_RANKER = "dates: ranker trained with the topic held out"
VARIANTS = {
    "full engine": (FULL, None, None, True),
    HELD_OUT_RANKER: (FULL, None, None, True),
    "dates: untrained ranker (articles naming the day)": (FULL, DEFAULT_RANKER, None, True),
    "dates: publication counts only (the baseline's signal)": (
        FULL,
        _ranker(log_published=1.0),
        None,
        True,
    ),
    "no day-before-publication candidates": (
        replace(FULL, publication_lag_days=0),
        None,
        None,
        True,
    ),
    "no length preference": (FULL, None, _model(log_length=0.0), True),
    "no lead preference": (FULL, None, _model(log_position=0.0), True),
    "no bonus for naming the date": (FULL, None, _model(names_the_date=0.0), True),
    "no story centrality": (FULL, None, _model(story_centrality=0.0), True),
    "no first-person penalty": (FULL, None, _model(first_person=0.0), True),
    "no opinion penalty": (FULL, None, _model(opinion=0.0), True),
    "first-person and opinion penalties 0.1": (
        FULL,
        None,
        _model(first_person=-0.1, opinion=-0.1),
        True,
    ),
    "first-person and opinion penalties 0.3": (
        FULL,
        None,
        _model(first_person=-0.3, opinion=-0.3),
        True,
    ),
    "no preference for date-dense articles": (FULL, None, _model(date_dense_article=0.0), True),
    "no bonus for date labels": (FULL, None, _model(date_label=0.0), True),
    "previews not ranked after reports": (FULL, None, _model(preview=0.0), True),
    "no redundancy control": (
        replace(FULL, summary=SummarySettings(redundancy=1.01, repetition=1.01)),
        None,
        None,
        True,
    ),
    "across dates as strict as within a date": (
        replace(FULL, summary=SummarySettings(repetition=0.4)),
        None,
        None,
        True,
    ),
    "first lines quotable (no furniture guard)": (FULL, None, None, False),
    "query overlap in sentence score": (FULL, None, _model(query_overlap=0.3), True),
}


def held_out_rankers(topics: list[Topic]) -> dict[str, DateRanker]:
    """For each topic, the date ranker trained on the other topics."""
    tasks = [task for topic in topics for task in task_dates(topic)]
    return {key.split("/")[0]: ranker for key, (_, ranker) in search(tasks)[1].items()}


def main() -> None:
    topics = [load_topic(folder) for folder in sorted(T17.iterdir()) if folder.is_dir()]
    evaluator = make_evaluator()
    rankers_without = held_out_rankers(topics)
    scores: dict[str, dict[str, object]] = {}
    for name, (settings, ranker, model, guard) in VARIANTS.items():
        for topic in topics:
            if name == HELD_OUT_RANKER:
                ranker = rankers_without[topic.name]
            corpus = topic.corpus
            if not guard:
                corpus = Corpus(
                    [replace(s, quotable=True) for s in corpus.sentences], corpus.articles
                )
            for gold in topic.timelines:
                built = run_task(replace(topic, corpus=corpus), gold, settings, ranker, model)
                key = f"{topic.name}/{gold.name}"
                scores.setdefault(name, {})[key] = score_task(
                    evaluation_entries(built), gold.entries, evaluator
                )
    rows = []
    for name, by_task in scores.items():
        values = list(by_task.values())
        rows.append([name, *(f"{mean_f1(values, metric)[2]:.4f}" for metric in METRICS)])
    print_table(
        "Ablations on the 13 T17 dev tasks (tilse reimpl ROUGE)",
        ["variant", "AR-1", "AR-2", "Date-F1"],
        rows,
    )
    held_out = []
    for topic in topics:
        others = [k for k in scores["full engine"] if not k.startswith(topic.name + "/")]
        choices = [name for name in scores if name != HELD_OUT_RANKER]
        best = max(choices, key=lambda n: mean_f1([scores[n][k] for k in others], "rouge_1")[2])
        held_out += [scores[best][k] for k in scores[best] if k.startswith(topic.name + "/")]
        print(f"{topic.name}: variant chosen on the other topics: {best}")
    print_table(
        "Leave-one-topic-out choice among the variants",
        ["selection", "AR-1", "AR-2", "Date-F1"],
        [
            [
                "chosen without the topic",
                *(f"{mean_f1(held_out, metric)[2]:.4f}" for metric in METRICS),
            ]
        ],
    )
    print_command()


if __name__ == "__main__":
    main()
