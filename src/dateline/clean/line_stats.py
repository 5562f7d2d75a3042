"""How many documents of the corpus carry each short line: repetition marks site furniture."""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable

from dateline.clean.lines import normalize_line

# Only short lines without a sentence ending can be furniture; counting only those keeps
# the counter small on corpora of hundreds of thousands of articles.
_MAX_COUNTED_CHARS = 120


def line_hash(key: str) -> int:
    """A stable signed 64-bit hash of a normalized line (Python's hash() changes per run)."""
    return int.from_bytes(
        hashlib.blake2b(key.encode(), digest_size=8).digest(), "little", signed=True
    )


def countable_keys(text: str) -> set[str]:
    keys = set()
    for raw in text.split("\n"):
        line = raw.strip()
        if line and len(line) <= _MAX_COUNTED_CHARS and line[-1] not in '.!?"”':
            keys.add(normalize_line(line))
    keys.discard("")
    return keys


class LineStats:
    """Document counts of short lines: those seen in this run plus those already stored."""

    def __init__(self, stored: dict[int, int] | None = None) -> None:
        self.batch: Counter[int] = Counter()
        self.stored: dict[int, int] = stored or {}

    def add_document(self, text: str) -> None:
        self.batch.update(line_hash(key) for key in countable_keys(text))

    def hashes(self) -> Iterable[int]:
        return self.batch.keys()

    def count(self, key: str) -> int:
        """Documents carrying this line, not counting the one being cleaned."""
        hashed = line_hash(key)
        return max(0, self.batch.get(hashed, 0) + self.stored.get(hashed, 0) - 1)
