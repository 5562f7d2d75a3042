"""`dateline bench tls` end to end on a small Timeline17-style folder, with both ROUGEs."""

from __future__ import annotations

import gzip
import json
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from dateline.cli import main
from dateline.timeline.benchmark import run_benchmark

pytest.importorskip("tilse")

ARTICLES = [
    (
        "a/2010-01-12/1",
        "2010-01-12",
        "A strong earthquake struck Haiti on Tuesday , officials said .",
    ),
    (
        "a/2010-01-13/2",
        "2010-01-13",
        "Rescuers searched the rubble of Port-au-Prince on Wednesday .",
    ),
    ("a/2010-01-14/3", "2010-01-14", "Aid flights began landing at the airport on Thursday ."),
]
GOLD = {
    "name": "bbc",
    "entries": [
        {"date": "2010-01-12", "sentences": ["An earthquake struck Haiti ."]},
        {"date": "2010-01-14", "sentences": ["Aid flights began to land ."]},
    ],
}


def _dataset(root: Path) -> Path:
    topic = root / "haiti"
    (topic / "timelines").mkdir(parents=True)
    with gzip.open(topic / "articles.jsonl.gz", "wt", encoding="utf-8") as handle:
        for article_id, day, text in ARTICLES:
            record = {"id": article_id, "source": "a", "date": day, "text": "Page\n" + text}
            handle.write(json.dumps(record) + "\n")
    (topic / "timelines" / "bbc.json").write_text(json.dumps(GOLD))
    (topic / "topic.json").write_text(json.dumps({"query": "Haiti earthquake"}))
    return root


@pytest.mark.parametrize(
    ("rouge", "title"),
    [("reimpl", "tilse's pure-Python ROUGE"), ("original", "Perl ROUGE-1.5.5")],
)
def test_bench_tls_writes_gold_format_timelines_and_scores(
    tmp_path: Path, rouge: str, title: str
) -> None:
    if rouge == "original" and subprocess.run(["perl", "-MXML::Parser", "-e", "1"]).returncode:
        pytest.skip("needs perl with XML::Parser")
    dataset, out = _dataset(tmp_path / "data"), tmp_path / "out"
    result = CliRunner().invoke(
        main, ["bench", "tls", str(dataset), "--out", str(out), "--rouge", rouge]
    )
    assert result.exit_code == 0, result.output
    written = json.loads((out / "haiti" / "timelines" / "bbc.json").read_text())
    assert written["name"] == "bbc" and len(written["entries"]) == 2  # l = gold dates
    assert all(len(entry["sentences"]) == 1 for entry in written["entries"])  # k = 1
    assert " ".join(title.split()) in " ".join(result.output.split())
    date_line = next(line for line in result.output.splitlines() if "│ Date " in line)
    assert float(date_line.split("│")[-2]) > 0.0


def test_topics_in_parallel_score_as_one_process(tmp_path: Path) -> None:
    dataset = _dataset(tmp_path / "data")
    second = dataset / "quake"
    second.mkdir()
    for name in ("articles.jsonl.gz", "topic.json"):
        (second / name).write_bytes((dataset / "haiti" / name).read_bytes())
    (second / "timelines").mkdir()
    gold = {**GOLD, "entries": GOLD["entries"][:1]}
    (second / "timelines" / "bbc.json").write_text(json.dumps(gold))
    alone, alone_times = run_benchmark(dataset, tmp_path / "one", jobs=1)
    parallel, times = run_benchmark(dataset, tmp_path / "two", jobs=2)
    assert (alone_times.jobs, times.jobs) == (1, 2)
    assert [(r.topic, r.timeline, r.scores) for r in parallel] == [
        (r.topic, r.timeline, r.scores) for r in alone
    ]
    assert [r.topic for r in parallel] == ["haiti", "quake"]  # by name, whatever ran first
    assert sorted(times.per_topic) == ["haiti", "quake"] and times.wall > 0
    for topic in ("haiti", "quake"):
        path = Path("timelines") / "bbc.json"
        assert (tmp_path / "two" / topic / path).read_text() == (
            tmp_path / "one" / topic / path
        ).read_text()


def _broken_articles(topic: Path) -> None:
    with gzip.open(topic / "articles.jsonl.gz", "at", encoding="utf-8") as handle:
        handle.write('{"id": "a/4", "text": "No date here ."}\n')


def _broken_gold(topic: Path) -> None:
    (topic / "timelines" / "bbc.json").write_text('{"entries": [{"date": "2010-01-12"}]}')


def _not_json_gold(topic: Path) -> None:
    (topic / "timelines" / "bbc.json").write_text('{"entries": [')


@pytest.mark.parametrize(
    ("breaks", "message"),
    [
        (_broken_articles, "articles.jsonl.gz:line 4: missing field 'date'"),
        (_broken_gold, "bbc.json: missing field 'sentences'"),
        (_not_json_gold, "bbc.json: not JSON: Expecting value at line 1 column 14"),
    ],
)
def test_a_broken_dataset_file_is_named_with_its_fault(
    tmp_path: Path, breaks: Callable[[Path], None], message: str
) -> None:
    dataset = _dataset(tmp_path / "data")
    breaks(dataset / "haiti")
    result = CliRunner().invoke(main, ["bench", "tls", str(dataset), "--jobs", "1"])
    assert result.exit_code == 1
    assert message in " ".join(result.output.split())
    assert "Traceback" not in result.output
