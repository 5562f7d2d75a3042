"""An undated article in a dump is dated by the dated articles on both sides of it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dateline.ingest import ingest_paths
from dateline.store import Store
from dateline.store.queries import iter_articles

DATED = (
    "The harbour council met to discuss the new ferry terminal and its cost. Councillors "
    "voted by nine to four to approve the plan, which will cost {n} million crowns."
)
UNDATED = (
    "Fishermen in the northern bay reported their largest catch of herring in a decade. "
    "Buyers from three countries crowded the quay as the boats came in."
)


def _dump(tmp_path: Path, before: str, after: str) -> Path:
    records = [
        {"id": "1", "date": before, "text": DATED.format(n=12)},
        {"id": "2", "text": UNDATED},
        {"id": "3", "date": after, "text": "A different story entirely. " + DATED.format(n=40)},
    ]
    path = tmp_path / "dump.jsonl"
    path.write_text("\n".join(json.dumps(record) for record in records), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("before", "after", "published", "granularity"),
    [
        ("2020-05-03", "2020-05-03", "2020-05-03", "day"),  # both neighbours fix the day
        ("2020-05-03", "2020-05-05", "2020-05", "month"),  # nothing in the text picks a day
    ],
)
def test_undated_article_between_dated_neighbours(
    tmp_path: Path, store: Store, before: str, after: str, published: str, granularity: str
) -> None:
    ingest_paths([_dump(tmp_path, before, after)], store)
    undated = [a for a in iter_articles(store) if a.text.startswith("Fishermen")]
    assert len(undated) == 1
    assert undated[0].published == published
    assert undated[0].published_granularity == granularity
    assert undated[0].published_method == "inferred"


def test_sentences_of_a_redated_article_follow_its_new_date(tmp_path: Path, store: Store) -> None:
    # Dated 2020-05-03 on arrival (the day before it), then only 2020-05 between both: a
    # month dates no sentence, so none may keep the provisional day.
    ingest_paths([_dump(tmp_path, "2020-05-03", "2020-05-05")], store)
    undated = next(a for a in iter_articles(store) if a.text.startswith("Fishermen"))
    rows = store.execute(
        "SELECT DISTINCT date, granularity FROM sentence_dates WHERE article_id = ?",
        (undated.id,),
    ).fetchall()
    assert [tuple(row) for row in rows] == []
