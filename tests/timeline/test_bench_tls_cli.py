"""`dateline bench tls` end to end on a small Timeline17-style folder, with both ROUGEs."""

from __future__ import annotations

import gzip
import json
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from dateline.cli import main

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
