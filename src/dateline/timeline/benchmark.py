"""The standard TLS protocol on a dataset laid out like Timeline17 (news-tls setup).

One task per gold timeline; input restricted to the gold's first-to-last date; l = number of
gold dates, k = round(mean sentences per gold date); nothing else is read from the gold.
"""

from __future__ import annotations

import gzip
import json
import multiprocessing
import os
import time
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import numpy as np

from dateline.clean.detok import detokenize
from dateline.clean.lines import comments_start
from dateline.processes import exit_with_parent
from dateline.time.sentence_dates import dating_expressions, value_to_date
from dateline.timeline.engine import TimelineSettings, build_timeline
from dateline.timeline.evaluation import TaskScores, evaluation_entries, make_evaluator, score_task
from dateline.timeline.ranker import DateRanker
from dateline.timeline.records import ArticleInfo, CandidateSentence, Corpus, Timeline
from dateline.timeline.sentence_model import SentenceModel
from dateline.timeline.table import quote_lead_after_glued_headline, select, table_of


@dataclass(slots=True)
class GoldTimeline:
    name: str
    entries: dict[date, list[str]]

    @property
    def span(self) -> tuple[date, date]:
        return min(self.entries), max(self.entries)

    @property
    def length(self) -> tuple[int, int]:
        """(l, k) of the standard protocol."""
        sentences = sum(len(v) for v in self.entries.values())
        return len(self.entries), max(1, round(sentences / len(self.entries)))


@dataclass(slots=True)
class Topic:
    name: str
    query: str
    corpus: Corpus
    timelines: list[GoldTimeline]


@dataclass(slots=True)
class TaskResult:
    topic: str
    timeline: str
    scores: TaskScores
    seconds: float


@dataclass(slots=True)
class BenchTimes:
    """Seconds per phase, summed over topics (and so over workers); `wall` from start to end."""

    load_and_date: float = 0.0
    build: float = 0.0
    score: float = 0.0
    per_topic: dict[str, float] = field(default_factory=dict)
    wall: float = 0.0
    jobs: int = 1

    def add(self, other: BenchTimes) -> None:
        self.load_and_date += other.load_and_date
        self.build += other.build
        self.score += other.score
        self.per_topic.update(other.per_topic)


def article_sentences(
    article_id: str, text: str, published: date | None
) -> list[CandidateSentence]:
    """One sentence per line (T17 layout), dated by the tagger against the publication day."""
    original = [line for line in text.split("\n")]
    readable = detokenize(text).split("\n")
    if len(readable) != len(original):
        readable = original
    offsets, position = [], 0
    for line in readable:
        offsets.append(position)
        position += len(line) + 1
    joined = "\n".join(readable)
    sentences = [
        CandidateSentence(
            article_id,
            index,
            line.strip(),
            published,
            start=offsets[index] + len(line) - len(line.lstrip()),
            end=offsets[index] + len(line.rstrip()),
            eval_text=original[index].strip(),
            quotable=index > 0,
        )
        for index, line in enumerate(readable)
    ]
    if sentences:
        quote_lead_after_glued_headline(sentences[0])
    _leave_comments_unquoted(sentences, original)
    line_of = _line_index(offsets)
    for found in dating_expressions(joined, published):
        value = value_to_date(found.calendar_value or "")
        if value is None or value.day is None:
            continue
        sentence = sentences[line_of(found.start)]
        day = date(value.year, value.month or 1, value.day)
        if day not in sentence.mentioned:
            sentence.mentioned.append(day)
    return [s for s in sentences if s.text]


def _leave_comments_unquoted(sentences: list[CandidateSentence], lines: list[str]) -> None:
    """Reader comments (from the first comment's signature on) count as evidence for dates
    but are never quoted."""
    first = comments_start(lines)
    for sentence in sentences[first:] if first is not None else []:
        sentence.quotable = False


def _line_index(offsets: list[int]):  # type: ignore[no-untyped-def]
    from bisect import bisect_right

    return lambda position: bisect_right(offsets, position) - 1


class DatasetError(ValueError):
    """A dataset file that does not follow the Timeline17 layout: which file, where, why."""


@contextmanager
def _reading(path: Path, where: str = "") -> Iterator[None]:
    try:
        yield
    except DatasetError:
        raise
    except (OSError, EOFError, ValueError, KeyError, TypeError, AttributeError) as error:
        if isinstance(error, json.JSONDecodeError):
            reason = f"not JSON: {error.msg} at line {error.lineno} column {error.colno}"
        elif isinstance(error, KeyError):
            reason = f"missing field {error}"
        else:
            reason = str(error)
        place = f"{path}:{where}" if where else str(path)
        raise DatasetError(f"{place}: {reason or type(error).__name__}") from error


def load_topic(folder: Path) -> Topic:
    """A topic folder: its query, its articles sentence by sentence, its gold timelines."""
    meta_path = folder / "topic.json"
    with _reading(meta_path):
        meta = json.loads(meta_path.read_text()) if meta_path.exists() else {}
        query = str(meta.get("query", folder.name))
    sentences: list[CandidateSentence] = []
    articles: dict[str, ArticleInfo] = {}
    articles_path = folder / "articles.jsonl.gz"
    with _reading(articles_path), gzip.open(articles_path, "rt", encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            with _reading(articles_path, f"line {number}"):
                record = json.loads(line)
                if not record.get("text", "").strip():
                    continue
                article_id, published = record["id"], date.fromisoformat(record["date"])
            articles[article_id] = ArticleInfo(article_id, published)
            sentences.extend(article_sentences(article_id, record["text"], published))
    return Topic(folder.name, query, Corpus(sentences, articles), _gold_timelines(folder))


def _gold_timelines(folder: Path) -> list[GoldTimeline]:
    timelines = []
    for path in sorted((folder / "timelines").glob("*.json")):
        with _reading(path):
            data = json.loads(path.read_text())
            entries = {date.fromisoformat(e["date"]): list(e["sentences"]) for e in data["entries"]}
            if not entries:
                raise DatasetError(f"{path}: a gold timeline without entries")
            timelines.append(GoldTimeline(path.stem, entries))
    return timelines


def restrict(corpus: Corpus, start: date, end: date) -> Corpus:
    """Only articles published inside the task's date range (what every published system does)."""
    table = table_of(corpus)
    low, high = start.toordinal(), end.toordinal()
    return select(corpus, np.flatnonzero((table.published >= low) & (table.published <= high)))


def run_task(
    topic: Topic,
    gold: GoldTimeline,
    settings: TimelineSettings | None,
    ranker: DateRanker | None,
    sentence_model: SentenceModel | None = None,
) -> Timeline:
    start, end = gold.span
    n_dates, n_sentences = gold.length
    return build_timeline(
        restrict(topic.corpus, start, end),
        topic.query,
        n_dates,
        n_sentences,
        start,
        end,
        settings,
        ranker,
        sentence_model,
    )


def write_timeline(timeline: Timeline, name: str, out: Path) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    entries = [
        {"date": day.isoformat(), "sentences": sentences}
        for day, sentences in sorted(evaluation_entries(timeline).items())
    ]
    out.write_text(json.dumps({"name": name, "entries": entries}, indent=1), encoding="utf-8")


def _run_topic(
    folder: Path,
    out: Path | None,
    rouge: str,
    settings: TimelineSettings | None,
    ranker: DateRanker | None,
) -> tuple[list[TaskResult], BenchTimes]:
    """Load, date, build and score one topic's tasks (in a worker process when run in parallel)."""
    evaluator = make_evaluator(rouge)
    results, times = [], BenchTimes()
    started = time.perf_counter()
    topic = load_topic(folder)
    times.load_and_date += time.perf_counter() - started
    for gold in topic.timelines:
        built = time.perf_counter()
        timeline = run_task(topic, gold, settings, ranker)
        times.build += time.perf_counter() - built
        if out is not None:
            write_timeline(
                timeline, gold.name, out / topic.name / "timelines" / f"{gold.name}.json"
            )
        scored = time.perf_counter()
        scores = score_task(evaluation_entries(timeline), gold.entries, evaluator)
        times.score += time.perf_counter() - scored
        results.append(TaskResult(topic.name, gold.name, scores, time.perf_counter() - built))
    times.per_topic[folder.name] = time.perf_counter() - started
    return results, times


def run_benchmark(
    dataset: Path,
    out: Path | None,
    topics: list[str] | None = None,
    rouge: str = "reimpl",
    settings: TimelineSettings | None = None,
    ranker: DateRanker | None = None,
    jobs: int | None = None,
) -> tuple[list[TaskResult], BenchTimes]:
    """Every topic's tasks, by topic name; topics run in `jobs` processes (default: one per core)."""
    make_evaluator(rouge)  # fails early, in this process, when tilse is missing
    folders = sorted(p for p in dataset.iterdir() if (p / "articles.jsonl.gz").exists())
    folders = [f for f in folders if not topics or f.name in topics]
    jobs = max(1, min(jobs or os.cpu_count() or 1, len(folders)))
    started = time.perf_counter()
    if jobs > 1:
        # Largest topics first, so that no worker is left with a big one at the end.
        ordered = sorted(folders, key=lambda f: (f / "articles.jsonl.gz").stat().st_size)[::-1]
        context = multiprocessing.get_context("fork")
        pool = ProcessPoolExecutor(jobs, context, exit_with_parent, (os.getpid(),))
        with pool:
            futures = {
                f.name: pool.submit(_run_topic, f, out, rouge, settings, ranker) for f in ordered
            }
            done = [futures[f.name].result() for f in folders]
    else:
        done = [_run_topic(f, out, rouge, settings, ranker) for f in folders]
    times = BenchTimes(jobs=jobs)
    for _, topic_times in done:
        times.add(topic_times)
    times.wall = time.perf_counter() - started
    return [result for results, _ in done for result in results], times
