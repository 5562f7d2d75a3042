"""Run the tagger over a folder of TimeML files: write tagged copies, score, list errors."""

from __future__ import annotations

import re
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from dateline.nlp.sentences import split_sentences
from dateline.time.tagger import tag
from dateline.time.timeml import (
    GoldTimex,
    TimeMLError,
    TimexScores,
    align,
    read_timeml,
    score,
    write_timeml,
)
from dateline.time.timex import Timex

_DIGIT = re.compile(r"\d")


@dataclass(slots=True)
class TimexBenchResult:
    documents: int = 0
    copies: int = 0  # files identical to an earlier one: tagged and written, scored once
    sentences: int = 0
    seconds: float = 0.0
    scores: TimexScores = field(default_factory=TimexScores)
    errors: Counter[str] = field(default_factory=Counter)
    examples: dict[str, Counter[str]] = field(default_factory=dict)
    has_gold: bool = False
    skipped: list[str] = field(default_factory=list)  # "file: reason" of files not read
    undated: list[str] = field(default_factory=list)  # files read without a day in <DCT>

    def add_error(self, kind: str, example: str) -> None:
        self.errors[kind] += 1
        self.examples.setdefault(kind, Counter())[example] += 1


def _shape(value: str) -> str:
    return _DIGIT.sub("9", value)


def run_timex_bench(folder: Path, out: Path | None) -> TimexBenchResult:
    """Tag every .tml file under `folder`; score against gold tags when the files have them."""
    result = TimexBenchResult()
    documents = []
    for path in sorted(folder.rglob("*.tml")):
        try:
            documents.append(read_timeml(path))
        except TimeMLError as error:
            result.skipped.append(f"{path}: {error}; skipped")
            continue
        if documents[-1].dct is None:
            result.undated.append(f"{path}: no day in <DCT>; relative dates left unresolved")
    started = time.perf_counter()
    tagged = [tag(document.text, document.dct) for document in documents]
    result.seconds = time.perf_counter() - started
    result.documents = len(documents)
    result.sentences = sum(len(split_sentences(document.text)) for document in documents)
    seen: set[str] = set()
    for document, expressions in zip(documents, tagged, strict=True):
        if out is not None:
            write_timeml(document, expressions, out / document.path.relative_to(folder))
        if document.raw in seen:
            result.copies += 1
            continue
        seen.add(document.raw)
        if document.gold:
            result.has_gold = True
        score(document.gold, expressions, result.scores)
        classify_errors(result, document.gold, expressions)
    return result


def classify_errors(result: TimexBenchResult, gold: list[GoldTimex], system: list[Timex]) -> None:
    """Count each mismatch between a document's gold and system expressions by its kind."""
    for expected, found in align(gold, system):
        _classify(result, expected, found)


def _classify(result: TimexBenchResult, expected: GoldTimex | None, found: Timex | None) -> None:
    if expected is None and found is not None:
        result.add_error(f"spurious {found.type.value}", found.text.lower())
    elif found is None and expected is not None:
        result.add_error(f"missed {expected.type}", expected.text.lower())
    elif expected is not None and found is not None:
        if expected.value != found.value:
            kind = f"value {_shape(expected.value)} read as {_shape(found.value)}"
            result.add_error(kind, f"{expected.text} → {found.value} (gold {expected.value})")
        elif (expected.start, expected.end) != (found.start, found.end):
            result.add_error("extent differs", f"{expected.text} / {found.text}")
