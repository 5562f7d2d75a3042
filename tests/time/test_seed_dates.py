"""Dates on the seed articles: inferred publication dates and resolved expressions."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from dateline.ingest import ingest_paths
from dateline.store import Store
from dateline.store.queries import iter_articles
from dateline.time.tagger import tag


def _resolve(text: str, phrase: str, reference: date) -> str:
    start = text.index(phrase)
    for found in tag(text, reference):
        if found.start <= start < found.end or start <= found.start < start + len(phrase):
            return found.value
    raise AssertionError(f"{phrase!r} not tagged")


def test_undated_copy_gets_the_day_its_texts_fix(seeds_dir: Path, store: Store) -> None:
    ingest_paths([seeds_dir], store)
    articles = {a.sources[0].file_path.rsplit("/", 1)[1][:3]: a for a in iter_articles(store)}
    mobilisation = articles["000"]
    assert (mobilisation.published, mobilisation.published_method) == ("2020-11-24", "inferred")
    assert mobilisation.published_granularity == "day"


def test_text_alone_fixes_the_mobilisation_day(seeds_dir: Path) -> None:
    from dateline.time.pubdate import infer_publication_date

    # "announced on Monday" after "On 19 November" fits only a few days; the report is the 24th.
    found = infer_publication_date((seeds_dir / "000_51e53d434401293b.txt").read_text())
    assert found is not None and found.date.iso() == "2020-11-24"


def test_expressions_resolve_to_the_days_the_articles_imply(seeds_dir: Path) -> None:
    mobilisation = (seeds_dir / "000_51e53d434401293b.txt").read_text()
    published = date(2020, 11, 24)
    assert _resolve(mobilisation, "on Monday", published) == "2020-11-23"
    assert _resolve(mobilisation, "On 19 November", published) == "2020-11-19"
    assert _resolve(mobilisation, "in January 2020", published) == "2020-01"
    moscow = (seeds_dir / "003_af6400747b89f12c.txt").read_text()
    left_moscow = date(2020, 1, 14)  # the Tuesday after the Moscow talks
    assert _resolve(moscow, "in April", left_moscow) == "2019-04"
    assert _resolve(moscow, "on Sunday", left_moscow) == "2020-01-19"  # the Berlin summit, ahead
    assert _resolve(moscow, "Haftar on Monday evening", left_moscow).startswith("2020-01-13")
    offensive = (seeds_dir / "004_242a1f389d6da275.txt").read_text()
    december = date(2018, 12, 20)
    assert _resolve(offensive, "last month", december) == "2018-11"
    assert _resolve(offensive, "in early 2019", december) == "2019"


def test_sentences_carry_their_own_dates(seeds_dir: Path, store: Store) -> None:
    ingest_paths([seeds_dir], store)
    rows = store.execute(
        "SELECT a.text, s.start, s.end, d.date, d.source FROM sentence_dates d "
        "JOIN sentences s ON s.article_id = d.article_id AND s.idx = d.sentence_idx "
        "JOIN articles a ON a.id = d.article_id WHERE d.date = '2020-11-23'"
    ).fetchall()
    sentences = [row[0][row[1] : row[2]] for row in rows]
    assert any("announced on Monday" in sentence for sentence in sentences)
    assert all(row[4] == "text" for row in rows)
