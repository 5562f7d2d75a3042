"""Ingest speed and memory: the seven T17 topics, then generated corpora of growing size.

Each run is a fresh ingest process; peak RSS is the largest of it and its workers (ru_maxrss).
The generated corpus has Zipf-distributed pseudo-words, 5-40 % site furniture lines,
and 10 % near-duplicate copies, written as gzipped JSONL files of 10,000 articles.

    python bench/ingest_speed.py [--sizes 10000,50000,100000,200000] [--skip-t17]
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import T17, print_command, print_table

RUNNER = """
import resource, sys, time
from dateline.ingest import ingest_paths
from dateline.store import open_store
started = time.perf_counter()
with open_store(sys.argv[2]) as store:
    report = ingest_paths([sys.argv[1]], store)
seconds = time.perf_counter() - started
# The main process and its worker processes (ru_maxrss of children is the largest one).
peak_mb = max(resource.getrusage(who).ru_maxrss for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)) / 1024
print(seconds, peak_mb, report.documents_read, report.articles_stored, report.exact_duplicates + report.near_duplicates)
"""
FILE_SIZE = 10_000
FURNITURE = ["Share this article", "Advertisement", "Most read", "Sign up for our newsletter"]


def run_ingest(source: Path, db: Path) -> tuple[float, float, int, int, int]:
    output = subprocess.run(
        [sys.executable, "-c", RUNNER, str(source), str(db)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.split()
    seconds, peak, read, stored, merged = output
    return float(seconds), float(peak), int(read), int(stored), int(merged)


def measured_row(label: str, source: Path, db: Path) -> list[object]:
    seconds, peak, read, stored, merged = run_ingest(source, db)
    return [label, read, stored, merged, f"{seconds:.1f}", f"{read / seconds:.0f}", f"{peak:.0f}"]


def make_vocabulary(rng: random.Random, size: int = 20_000) -> list[str]:
    letters = "abcdefghijklmnoprstuvwy"
    return ["".join(rng.choice(letters) for _ in range(rng.randint(2, 9))) for _ in range(size)]


def make_article(rng: random.Random, words: list[str], weights: list[float]) -> str:
    paragraphs = []
    for _ in range(rng.randint(4, 12)):
        sentence_words = rng.choices(words, weights, k=rng.randint(25, 60))
        paragraphs.append(" ".join(sentence_words).capitalize() + ".")
    if rng.random() < 0.4:
        paragraphs = rng.sample(FURNITURE, 2) + paragraphs + rng.sample(FURNITURE, 2)
    return "\n".join(paragraphs)


def generate(folder: Path, count: int, seed: int = 5) -> None:
    rng = random.Random(seed)
    words = make_vocabulary(rng)
    weights = [1.0 / (rank + 1) for rank in range(len(words))]
    recent: list[str] = []
    for start in range(0, count, FILE_SIZE):
        with gzip.open(folder / f"part-{start // FILE_SIZE:04d}.jsonl.gz", "wt") as handle:
            for number in range(start, min(count, start + FILE_SIZE)):
                if recent and rng.random() < 0.1:  # a near copy of a recent article
                    text = rng.choice(recent).replace(".", "!", 1)
                else:
                    text = make_article(rng, words, weights)
                    recent = [*recent, text][-50:]
                day = 1 + number % 28
                record = {"id": f"gen-{number}", "text": text, "date": f"2020-02-{day:02d}"}
                handle.write(json.dumps(record) + "\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="10000,50000,100000,200000")
    parser.add_argument("--skip-t17", action="store_true")
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        if not args.skip_t17:
            rows.append(measured_row("T17, 7 topics", T17, folder / "t17.db"))
        for size in (int(s) for s in args.sizes.split(",") if s):
            corpus = folder / f"gen-{size}"
            corpus.mkdir()
            generate(corpus, size)
            rows.append(measured_row(f"generated {size:,}", corpus, folder / f"gen-{size}.db"))
            print(rows[-1], flush=True, file=sys.stderr)
    print_table(
        "Ingest speed and memory (2-core machine)",
        [
            "corpus",
            "documents",
            "articles stored",
            "duplicates merged",
            "seconds",
            "docs/s",
            "peak RSS MB",
        ],
        rows,
    )
    print_command()


if __name__ == "__main__":
    main()
