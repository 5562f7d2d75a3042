"""Train the date ranker on the T17 dev topics; report leave-one-topic-out date F1.

The held-out column uses a ranker that never saw the topic. The shipped model
(src/dateline/timeline/date_ranker.json) is trained on all dev topics at the end.

    python bench/train_date_ranker.py [--save]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import REPO, T17, print_command, print_table

from dateline.timeline.benchmark import load_topic
from dateline.timeline.ranker import DEFAULT_RANKER, MODEL_FILE, save_ranker
from dateline.timeline.training import date_f1, search, task_dates


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--save", action="store_true", help="write the model trained on all topics")
    args = parser.parse_args()
    tasks = []
    for folder in sorted(p for p in T17.iterdir() if p.is_dir()):
        tasks.extend(task_dates(load_topic(folder)))
    label = "T17 dev topics: " + ", ".join(sorted({t.topic for t in tasks}))
    final, held_out = search(tasks, label)
    rows = []
    for task in tasks:
        key = f"{task.topic}/{task.name}"
        score, ranker = held_out[key]
        weights = " ".join(f"{w:g}" for w in ranker.weights)
        rows.append(
            [key, len(task.labels), task.n_gold, date_f1(DEFAULT_RANKER, task), score, weights]
        )
    mean_default = sum(r[3] for r in rows) / len(rows)
    mean_held = sum(r[4] for r in rows) / len(rows)
    rows.append(["mean", "", "", mean_default, mean_held, ""])
    print_table(
        "Date selection F1 (top-l days): untrained vs trained with the topic held out",
        [
            "task",
            "candidate days",
            "gold dates",
            "untrained",
            "trained, topic held out",
            "weights chosen without the topic",
        ],
        rows,
    )
    print(
        "weights:",
        dict(
            zip(
                __import__("dateline.timeline.dates", fromlist=["FEATURES"]).FEATURES,
                (round(w, 3) for w in final.weights),
                strict=True,
            )
        ),
        "bias",
        round(final.bias, 3),
    )
    if args.save:
        save_ranker(final, REPO / "src" / "dateline" / "timeline" / MODEL_FILE)
        print(f"saved {MODEL_FILE}")
    print_command()


if __name__ == "__main__":
    main()
