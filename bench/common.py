"""Helpers shared by the bench scripts: paths, T17 loading, table printing."""

from __future__ import annotations

import gzip
import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
T17 = SHARED / "bench" / "t17"


def t17_records(topics: Sequence[str] | None = None) -> Iterator[tuple[str, dict]]:
    """(topic, record) for every non-empty T17 article."""
    for folder in sorted(T17.iterdir()):
        if topics and folder.name not in topics:
            continue
        with gzip.open(folder / "articles.jsonl.gz", "rt", encoding="utf-8") as handle:
            for line in handle:
                record = json.loads(line)
                if record.get("text", "").strip():
                    yield folder.name, record


def print_table(title: str, header: Sequence[str], rows: Sequence[Sequence[object]]) -> None:
    """A Markdown table, ready to paste into a closing note."""
    print(f"\n### {title}\n")
    print("| " + " | ".join(header) + " |")
    print("|" + "|".join("---" for _ in header) + "|")
    for row in rows:
        print("| " + " | ".join(_cell(value) for value in row) + " |")
    print()


def _cell(value: object) -> str:
    return f"{value:.3f}" if isinstance(value, float) else str(value)


def print_command() -> None:
    print(f"reproduce: python {' '.join(sys.argv)}")
