"""Corpora read from the store, and the article tables a build worker keeps between builds."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from dateline.ingest import ingest_paths
from dateline.store import Store
from dateline.timeline import store_corpus
from dateline.timeline.store_corpus import (
    ArticleTables,
    corpus_from_store,
    matching_articles,
    stories_left_out,
)


def _stored(store: Store, folder: Path, count: int) -> None:
    for n in range(count):
        (folder / f"{n}.txt").write_text(
            f"Ship {n} left Port Calder on 3 March 2021 with cargo number {n} aboard.\n"
            f"The harbour master said ship {n} would return within a week of sailing.\n"
        )
    ingest_paths([folder], store)


def test_kept_articles_are_not_read_again_and_the_oldest_go_first(
    store: Store, tmp_path: Path
) -> None:
    _stored(store, tmp_path, 3)
    kept = ArticleTables(limit=2)
    first = corpus_from_store(store, "ship", kept)
    assert len(first.articles) == 3 and len(kept.items) == 3  # one build may exceed the limit
    store.execute("DELETE FROM sentences")  # a re-read would now find no sentences
    again = corpus_from_store(store, "ship", kept)
    assert [s.text for s in again.sentences] == [s.text for s in first.sentences]
    assert len(again.table) == len(first.sentences) == 6
    ids = sorted(first.articles)
    kept.load(store, [ids[0]])  # used last: kept; the least recently used go over the limit
    assert list(kept.items) == [ids[2], ids[0]]


def test_without_kept_articles_the_corpus_is_read_fresh(store: Store, tmp_path: Path) -> None:
    _stored(store, tmp_path, 2)
    assert len(corpus_from_store(store, "ship").sentences) == 4
    store.execute("DELETE FROM sentences")
    assert corpus_from_store(store, "ship").sentences == []


def test_a_stored_lead_glued_to_its_headline_is_quoted_from_its_dateline(
    store: Store, tmp_path: Path
) -> None:
    (tmp_path / "wire.txt").write_text(
        "Calder dock strike ends \\* Union backs the deal \\* Ships to berth from Monday "
        "CALDER, March 20 (Reuters) - Dockworkers at Port Calder voted on Thursday to end "
        "their fifteen-day strike.\n"
        "The union said 78 per cent of its members who voted backed the agreement.\n"
    )
    ingest_paths([tmp_path], store)
    first = corpus_from_store(store, "strike").sentences[0]
    assert first.text.startswith("CALDER, March 20 (Reuters) - Dockworkers")
    assert first.quotable


def _dated(store: Store, folder: Path, records: list[tuple[str, str, str]]) -> None:
    lines = [json.dumps({"id": key, "date": day, "text": text}) for key, day, text in records]
    (folder / "articles.jsonl").write_text("\n".join(lines) + "\n")
    ingest_paths([folder], store)


def _story(opening: str, number: int) -> str:
    return (
        f"{opening} The harbour master said berth {number} would stay closed while the "
        f"union and the owners of Port Calder talked about pay for crew number {number}."
    )


def test_the_cap_keeps_the_stories_about_the_date_range(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(store_corpus, "_MAX_ARTICLES", 2)
    strike = "Strike, strike: the strike closed berth {n} and the strike committee met {n} owners."
    _dated(
        store,
        tmp_path,
        [(f"old-{n}", "2021-03-03", _story(strike.format(n=n), n)) for n in (1, 2)]
        + [
            ("new", "2022-05-04", _story("Dockers voted to end the strike on Tuesday.", 3)),
            ("looking-back", "2023-01-10", _story("In May 2022 the strike ended after a vote.", 4)),
        ],
    )
    ids = matching_articles(store, "strike", date(2022, 5, 1), date(2022, 5, 31))
    texts = {
        s.text
        for s in corpus_from_store(
            store, "strike", start=date(2022, 5, 1), end=date(2022, 5, 31)
        ).sentences
    }
    assert len(ids) == 2
    assert any("voted to end" in text for text in texts)  # published in the range
    assert any("In May 2022" in text for text in texts)  # names a month inside it
    assert matching_articles(store, "", date(2021, 3, 1), date(2021, 3, 31)) != []
    assert matching_articles(store, "", date(2030, 1, 1), None) == []
    assert stories_left_out(store, "strike", None, None, 2) == 2  # four match, two are read
    assert stories_left_out(store, "strike", date(2022, 5, 1), date(2022, 5, 31), 2) == 0


def test_stories_holding_every_query_term_are_read_when_there_are_enough(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(store_corpus, "_ENOUGH_STORIES", 2)
    _dated(
        store,
        tmp_path,
        [
            (f"jackson-{n}", "2009-06-26", _story(f"Michael Jackson died, report {n} said.", n))
            for n in (1, 2)
        ]
        + [("jesse", "2009-06-27", _story("Jesse Jackson spoke at the rally.", 3))],
    )
    both = matching_articles(store, "Michael Jackson")
    assert len(both) == 2 and len(matching_articles(store, "Jackson")) == 3
    monkeypatch.setattr(store_corpus, "_MAX_ARTICLES", 1)
    assert stories_left_out(store, "Michael Jackson", None, None, 1) == 1  # of the two
    monkeypatch.setattr(store_corpus, "_MAX_ARTICLES", 400)
    monkeypatch.setattr(store_corpus, "_ENOUGH_STORIES", 3)  # too few: any term will do
    assert len(matching_articles(store, "Michael Jackson")) == 3
