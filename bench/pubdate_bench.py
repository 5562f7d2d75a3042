"""Publication-date inference on T17 with the real dates hidden.

Each T17 article's date is hidden and inferred from its cleaned text alone ("content"),
then also with the dates of its two neighbours in the dump ("content + neighbours"),
the situation of an undated page among dated ones. Reports how many got a date, how many
of the day-level answers are exact or within a day, and the errors by cause.

    python bench/pubdate_bench.py [--topics mj,haiti]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import print_command, print_table, t17_records

from dateline.clean.cleaner import clean_document
from dateline.records import RawDocument, SourceRef
from dateline.settings import CleanSettings
from dateline.time.pubdate import infer_publication_date


def cause(truth: date, inferred: object) -> str:
    if inferred is None:
        return "no date evidence in text"
    if inferred.date.day is None:
        right = inferred.date.year == truth.year and inferred.date.month in (None, truth.month)
        verdict = "right" if right else "wrong"
        return f"only a {inferred.date.granularity.value} could be inferred ({verdict})"
    gap = (date(inferred.date.year, inferred.date.month, inferred.date.day) - truth).days
    if gap == 0:
        return "exact"
    if abs(gap) == 1:
        return "one day off (weekday reported the same day or the next)"
    if 1 < abs(gap) <= 7:
        return "2-7 days off (weekday or dated event before the report)"
    return "more than a week off (old dated event taken as the news)"


def infer_all(
    records: list[tuple[str, dict]], with_neighbours: bool
) -> tuple[list[tuple[date, object]], float]:
    settings = CleanSettings()
    pairs = []
    started = time.perf_counter()
    for index, (topic, record) in enumerate(records):
        truth = date.fromisoformat(record["date"])
        articles = clean_document(
            RawDocument(SourceRef("t17"), record["text"]), lambda key: 0, settings
        )
        text = "\n".join(a.text for a in articles) if articles else record["text"]
        neighbours = []
        if with_neighbours:
            neighbours = [
                date.fromisoformat(records[j][1]["date"])
                for j in (index - 1, index + 1)
                if 0 <= j < len(records) and records[j][0] == topic
            ]
        pairs.append((truth, infer_publication_date(text, neighbours=neighbours)))
    return pairs, time.perf_counter() - started


def summarize(
    pairs: list[tuple[date, object]], min_confidence: float, seconds: float
) -> tuple[list[object], Counter[str]]:
    causes: Counter[str] = Counter()
    for truth, inferred in pairs:
        kept = inferred if inferred is not None and inferred.confidence >= min_confidence else None
        causes[cause(truth, kept)] += 1
    total = sum(causes.values())
    day_level = sum(v for k, v in causes.items() if k == "exact" or "off" in k)
    exact = causes["exact"]
    within_one = exact + causes["one day off (weekday reported the same day or the next)"]
    dated = total - causes["no date evidence in text"]
    row = [
        total,
        f"{100 * dated / total:.1f}",
        f"{100 * day_level / total:.1f}",
        f"{100 * exact / max(1, day_level):.1f}",
        f"{100 * within_one / max(1, day_level):.1f}",
        f"{total / seconds:.0f}",
    ]
    return row, causes


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--topics", default="")
    args = parser.parse_args()
    topics = [t for t in args.topics.split(",") if t] or None
    records = list(t17_records(topics))
    rows, all_causes = [], {}
    for label, neighbours in (("content", False), ("content + neighbours", True)):
        pairs, seconds = infer_all(records, neighbours)
        for threshold in (0.0, 0.5):
            name = label + (f", confidence >= {threshold}" if threshold else ", all answers")
            row, causes = summarize(pairs, threshold, seconds)
            rows.append([name, *row])
            all_causes[name] = causes
    print_table(
        "Publication dates inferred on T17 (real dates hidden)",
        [
            "evidence",
            "articles",
            "% given a date",
            "% given a day",
            "% exact (of days)",
            "% within 1 day (of days)",
            "articles/s",
        ],
        rows,
    )
    labels = list(all_causes)
    kinds = sorted(
        {k for c in all_causes.values() for k in c}, key=lambda k: -all_causes[labels[0]][k]
    )
    print_table(
        "Outcomes by cause",
        ["cause", *labels],
        [[k, *(all_causes[label][k] for label in labels)] for k in kinds],
    )
    print_command()


if __name__ == "__main__":
    main()
