"""Duplicate detection on a labeled set built from T17 with seeded perturbations.

Each base article gets variants: truncation, an excerpt of 30-60 %, added boilerplate,
reordered paragraphs and changed punctuation. Different base articles of the same topic
(many on the same day) are the hard negatives. Base articles that are already near copies
of each other in T17 (wire stories) are dropped first, by exact shingle containment, so the
labels do not depend on dateline. The full ingest pipeline (clean + dedup) runs on the set;
pairs in the same story are predicted duplicates. Bands are swept.

    python bench/dedup_bench.py [--bases 600] [--seed 13]
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import re
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import print_command, print_table, t17_records

from dateline.clean.detok import detokenize
from dateline.dedup.fingerprint import exact_similarity, shingle_set
from dateline.ingest import ingest_paths
from dateline.settings import DedupSettings, Settings
from dateline.store import open_store
from dateline.store.queries import iter_articles

FURNITURE = [
    "Share this article",
    "Sign up for our newsletter",
    "Advertisement",
    "Most read",
    "Follow us on social media",
    "Comments (3)",
    "Subscribe now for unlimited access.",
    "© 2010 Example Media. All rights reserved.",
    "Related:",
    "Click here to read more",
]
KINDS = ("truncated", "excerpt", "boilerplate", "reordered", "punctuation")


def perturb(text: str, kind: str, rng: random.Random) -> str:
    lines = [line for line in text.split("\n") if line.strip()]
    if kind == "truncated":
        cut = int(len(text) * rng.uniform(0.7, 0.9))
        return text[:cut]
    if kind == "excerpt":
        share = rng.uniform(0.3, 0.6)
        size = max(1, round(len(lines) * share))
        start = rng.randint(0, len(lines) - size)
        return "\n".join(lines[start : start + size])
    if kind == "boilerplate":
        head = rng.sample(FURNITURE, 3)
        tail = rng.sample(FURNITURE, 4)
        return "\n".join(head + lines + tail)
    if kind == "reordered":
        blocks = [lines[i : i + 3] for i in range(0, len(lines), 3)]
        rng.shuffle(blocks)
        return "\n".join(line for block in blocks for line in block)
    changed = text.replace(",", ";").replace('"', "'").replace(" - ", " — ")
    return re.sub(
        r"\.(\s)", lambda m: "!" + m.group(1) if rng.random() < 0.2 else "." + m.group(1), changed
    )


def pick_bases(count: int, rng: random.Random) -> list[tuple[str, dict]]:
    """Long enough T17 articles, none a near copy of another (exact containment < 0.3)."""
    pool = [
        (topic, record) for topic, record in t17_records() if len(record["text"].split()) >= 150
    ]
    rng.shuffle(pool)
    chosen: list[tuple[str, dict, frozenset[str]]] = []
    for topic, record in pool:
        record = {**record, "text": detokenize(record["text"])}
        shingles = shingle_set(record["text"], 5)
        clash = any(
            t == topic and exact_similarity(shingles, s).containment >= 0.3 for t, _, s in chosen
        )
        if not clash:
            chosen.append((topic, record, shingles))
        if len(chosen) == count:
            break
    return [(topic, record) for topic, record, _ in chosen]


def build_set(bases: list[tuple[str, dict]], rng: random.Random, folder: Path) -> dict[str, str]:
    """Write one JSONL per topic; return {record id: base id}."""
    labels: dict[str, str] = {}
    by_topic: dict[str, list[dict]] = defaultdict(list)
    for topic, record in bases:
        base_id = record["id"]
        items = [(base_id, record["text"])]
        items += [(f"{base_id}#{kind}", perturb(record["text"], kind, rng)) for kind in KINDS]
        for item_id, text in items:
            labels[item_id] = base_id
            by_topic[topic].append({"id": item_id, "text": text, "date": record["date"]})
    for topic, items in by_topic.items():
        rng.shuffle(items)
        with (folder / f"{topic}.jsonl").open("w") as handle:
            handle.writelines(json.dumps(item) + "\n" for item in items)
    return labels


def evaluate(folder: Path, labels: dict[str, str], settings: DedupSettings) -> dict[str, object]:
    with tempfile.TemporaryDirectory() as tmp, open_store(Path(tmp) / "d.db") as store:
        started = time.perf_counter()
        ingest_paths([folder], store, Settings(dedup=settings))
        seconds = time.perf_counter() - started
        story_of = {s.record_id: a.story for a in iter_articles(store) for s in a.sources}
    ids = sorted(labels)
    true_pairs = predicted = hits = 0
    for first, second in itertools.combinations(ids, 2):
        same = labels[first] == labels[second]
        found = story_of.get(first) is not None and story_of.get(first) == story_of.get(second)
        true_pairs += same
        predicted += found
        hits += same and found
    recall_by_kind: dict[str, list[int]] = defaultdict(list)
    for variant in (item for item in ids if "#" in item):
        base = labels[variant]
        recall_by_kind[variant.split("#")[1]].append(
            int(story_of.get(variant) == story_of.get(base))
        )
    return {
        "precision": hits / predicted if predicted else 1.0,
        "recall": hits / true_pairs,
        "by_kind": {kind: sum(found) / len(found) for kind, found in recall_by_kind.items()},
        "false_pairs": predicted - hits,
        "seconds": seconds,
        "docs": len(ids),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--bases", type=int, default=600)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument(
        "--bands", default="16,32,64", help="band counts to sweep (128 permutations)"
    )
    args = parser.parse_args()
    rng = random.Random(args.seed)
    bases = pick_bases(args.bases, rng)
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        labels = build_set(bases, rng, folder)
        for bands in (int(b) for b in args.bands.split(",")):
            settings = DedupSettings(num_bands=bands)
            result = evaluate(folder, labels, settings)
            by_kind = result["by_kind"]
            rows.append(
                [
                    f"{bands} x {settings.num_perm // bands}",
                    result["precision"],
                    result["recall"],
                    *(by_kind.get(kind, 0.0) for kind in KINDS),
                    result["false_pairs"],
                    f"{result['docs'] / result['seconds']:.0f}",
                ]
            )
    print_table(
        f"Duplicate pairs on {len(labels)} documents ({len(bases)} T17 bases x 6), pair P/R",
        [
            "bands x rows",
            "precision",
            "recall",
            *(f"R {kind}" for kind in KINDS),
            "false pairs",
            "docs/s",
        ],
        rows,
    )
    print_command()


if __name__ == "__main__":
    main()
