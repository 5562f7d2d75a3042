"""Where the gap to the AR targets lies on the T17 dev tasks: the engine beside oracle rows
that read the gold timelines. Analysis only: no setting of the engine comes from these rows.

- gold dates first: the date ranker ranks the gold dates above all others; the sentence
  picker is unchanged.
- wrong dates cut to one sentence: the engine's timeline, with each entry that is not a gold
  date cut to its first sentence (what knowing which dates are wrong would be worth).
- best sentences on gold dates: the engine's dates; each gold date among them gets the k
  candidate sentences (those the engine could have picked) that share most words with the
  gold summary, per word written, chosen by the engine's rule against repeats.
- range ends first: the first and last day of the task's range ranked above all others. It
  reads nothing but the range the protocol hands over, yet that range is the gold's first
  and last date, so both ends are gold dates by construction: what the protocol leaks, not
  a signal of events (a user's --from and --to are no key dates). The engine does not do it.

    python bench/tls_headroom.py
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import T17, print_command, print_table

from dateline.timeline.benchmark import GoldTimeline, Topic, load_topic, restrict, run_task
from dateline.timeline.dates import DateFeatures
from dateline.timeline.engine import TimelineSettings, candidates_by_date
from dateline.timeline.evaluation import (
    TaskScores,
    evaluation_entries,
    make_evaluator,
    mean_f1,
    score_task,
)
from dateline.timeline.ranker import DateRanker, shipped_ranker
from dateline.timeline.summarize import SentencePicker
from dateline.timeline.text import tokens

Entries = dict[date, list[str]]
METRICS = ("rouge_1", "rouge_2", "dates")
_LENGTH_PRIOR = 5  # words added to each sentence's length: a 3-word fragment is no summary


@dataclass(slots=True, frozen=True)
class DaysFirst(DateRanker):
    """The shipped ranker's order, with the given days lifted above every other day."""

    lifted_days: frozenset[int] = frozenset()

    def scores(self, features: DateFeatures) -> np.ndarray:
        lifted = np.isin(features.days, np.fromiter(self.lifted_days, dtype=np.int64))
        return DateRanker.scores(self, features) + 1e6 * lifted


def days_first(days: Iterable[date]) -> DaysFirst:
    shipped = shipped_ranker()
    return DaysFirst(
        shipped.weights, shipped.bias, "oracle", frozenset(d.toordinal() for d in days)
    )


# Which days each row lifts: none (the engine), the gold dates, or the range's two ends.
LIFTS: dict[str, Callable[[GoldTimeline], DateRanker | None]] = {
    "none": lambda _gold: None,
    "gold": lambda gold: days_first(gold.entries),
    "ends": lambda gold: days_first(gold.span),
}


def cut_wrong_dates(entries: Entries, gold: GoldTimeline) -> Entries:
    return {day: s if day in gold.entries else s[:1] for day, s in entries.items()}


def best_sentences(entries: Entries, topic: Topic, gold: GoldTimeline) -> Entries:
    """Each gold date's summary replaced by its k candidates richest in the gold's words."""
    start, end = gold.span
    settings = TimelineSettings()
    picker = SentencePicker(restrict(topic.corpus, start, end), topic.query, settings.summary)
    pools = candidates_by_date(picker.table, settings.publication_lag_days)
    count = gold.length[1]
    replaced = dict(entries)
    for day in entries:
        if day not in gold.entries:
            continue
        wanted = set(tokens(" ".join(gold.entries[day])))
        pool = pools.get(day.toordinal(), np.zeros(0, dtype=np.int64))
        pool = pool[picker.usable[pool]]
        overlap = np.array(
            [
                len(wanted.intersection(tokens(picker.sentences[row].text)))
                / (picker.table.length[row] + _LENGTH_PRIOR)
                for row in pool.tolist()
            ]
        )
        chosen = picker.take(pool, overlap, count)  # the picker's own rule against repeats
        replaced[day] = [s.eval_text or s.text for s in chosen]
    return replaced


Oracle = Callable[[Entries, Topic, GoldTimeline], Entries]
ROWS: dict[str, tuple[str, Oracle | None]] = {  # name -> (days lifted, post-edit)
    "engine (as shipped)": ("none", None),
    "gold dates first": ("gold", None),
    "wrong dates cut to one sentence": ("none", lambda e, _t, g: cut_wrong_dates(e, g)),
    "best sentences on gold dates": ("none", best_sentences),
    "gold dates first + best sentences": ("gold", best_sentences),
    "range ends first (the protocol's leak; not used)": ("ends", None),
}


def main() -> None:
    topics = [load_topic(folder) for folder in sorted(T17.iterdir()) if folder.is_dir()]
    evaluator = make_evaluator()
    scores: dict[str, list[TaskScores]] = {name: [] for name in ROWS}
    for topic in topics:
        for gold in topic.timelines:
            built = {
                lift: evaluation_entries(run_task(topic, gold, None, ranker(gold)))
                for lift, ranker in LIFTS.items()
            }
            for name, (lifted, edit) in ROWS.items():
                entries = built[lifted] if edit is None else edit(built[lifted], topic, gold)
                scores[name].append(score_task(entries, gold.entries, evaluator))
    print_table(
        "Headroom on the 13 T17 dev tasks (tilse reimpl ROUGE; oracle rows read the gold)",
        ["timeline", "AR-1", "AR-2", "Date-F1"],
        [
            [name, *(f"{mean_f1(values, metric)[2]:.4f}" for metric in METRICS)]
            for name, values in scores.items()
        ],
    )
    print_command()


if __name__ == "__main__":
    main()
