"""The timeline engine and the query-focused service on real stores, including edge cases."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from dateline.ingest import ingest_paths
from dateline.records import Granularity
from dateline.store import Store
from dateline.timeline.engine import build_timeline
from dateline.timeline.records import CandidateSentence, Corpus
from dateline.timeline.service import timeline_for_query


def _sentence(
    article: str, text: str, published: date | None, *mentioned: date
) -> CandidateSentence:
    return CandidateSentence(article, 0, text, published, list(mentioned), eval_text=text)


def test_the_most_referenced_day_comes_first_with_its_own_sentences() -> None:
    quake = date(2010, 1, 12)
    sentences = [
        _sentence(
            f"a{n}",
            f"The earthquake struck Haiti on Tuesday afternoon, report {n} said today.",
            date(2010, 1, 13),
            quake,
        )
        for n in range(5)
    ] + [
        _sentence(
            "b",
            "The council discussed the annual budget and local road repairs at length.",
            date(2010, 1, 20),
        )
    ]
    timeline = build_timeline(Corpus(sentences, {}), "Haiti earthquake", 1, 1)
    [entry] = timeline.entries
    assert entry.date == quake
    assert "earthquake struck Haiti" in entry.sentences[0].text
    assert entry.articles == ["a0", "a1", "a2", "a3", "a4"]


def test_an_entry_only_announced_before_its_day_says_so() -> None:
    talks, vote = date(2025, 3, 12), date(2025, 3, 20)
    sentences = [
        _sentence("plan", "The minister said talks would start on Wednesday in the capital.",
                  date(2025, 3, 10), talks),
        _sentence("plan2", "Union members will vote on the agreement on Thursday, leaders said.",
                  date(2025, 3, 18), vote),
        _sentence("report", "Union members voted on Thursday to accept the agreement by a wide "
                  "margin.", date(2025, 3, 21), vote),
    ]  # fmt: skip
    timeline = build_timeline(Corpus(sentences, {}), "", 2, 1)
    ahead = {entry.date: entry.announced_ahead for entry in timeline.entries}
    assert ahead == {talks: True, vote: False}  # the vote was reported after it happened


def test_a_report_of_the_day_is_quoted_before_its_preview() -> None:
    vote = date(2025, 3, 20)
    sentences = [
        _sentence("plan", "Union leader Mara Ellison said members would vote on the agreement "
                  "on Thursday.", date(2025, 3, 18), vote),
        _sentence("earlier", "Union leader Mara Ellison said members would not give up.",
                  date(2025, 3, 10)),
        _sentence("report", "Port Calder dockworkers voted on Thursday to accept the deal and "
                  "end the strike.", vote, vote),
    ]  # fmt: skip
    [entry] = build_timeline(Corpus(sentences, {}), "", 1, 1).entries
    assert entry.sentences[0].article_id == "report"
    [only] = build_timeline(Corpus(sentences[:2], {}), "", 1, 1).entries
    assert only.sentences[0].article_id == "plan"  # without a report the plan is quoted


def test_more_dates_asked_than_available() -> None:
    sentences = [
        _sentence(
            "a",
            "The ministers met in Geneva and agreed on a short ceasefire plan.",
            date(2020, 1, 2),
            date(2020, 1, 1),
        )
    ]
    timeline = build_timeline(Corpus(sentences, {}), "", 10, 2)
    assert [e.date for e in timeline.entries] == [date(2020, 1, 1)]


def test_undated_sentences_without_publication_date_make_no_entry() -> None:
    sentences = [
        _sentence("a", "Nobody knows when this happened, but it happened in the city.", None)
    ]
    assert build_timeline(Corpus(sentences, {}), "", 5, 2).entries == []


def test_empty_store_and_query_matching_nothing(store: Store, seeds_dir: Path) -> None:
    assert timeline_for_query(store, "Haftar").entries == []
    ingest_paths([seeds_dir], store)
    assert timeline_for_query(store, "zzzyxw unknownword").entries == []


def test_a_range_that_ends_before_it_starts_is_refused(store: Store) -> None:
    with pytest.raises(ValueError, match=r"ends \(2020-01-01\) before it starts \(2021-01-01\)"):
        timeline_for_query(store, "Haftar", date(2021, 1, 1), date(2020, 1, 1))


@pytest.mark.parametrize("query", ["(((", "?", "a -"])
def test_a_query_with_no_word_to_search_for_is_refused(store: Store, query: str) -> None:
    with pytest.raises(ValueError, match="has no word to search for"):
        timeline_for_query(store, query)


def test_an_empty_query_asks_for_every_story(store: Store, seeds_dir: Path) -> None:
    ingest_paths([seeds_dir], store)
    assert timeline_for_query(store, "  ").entries


def test_range_bounds_may_be_periods(store: Store, seeds_dir: Path) -> None:
    ingest_paths([seeds_dir], store)
    timeline = timeline_for_query(store, "Haftar", "July 2016", "2016", n_dates=20)
    assert (timeline.start, timeline.end) == (date(2016, 7, 1), date(2016, 12, 31))
    assert [str(entry.date) for entry in timeline.entries] == ["2016-07-01", "2016-07-02"]
    # An undated article's "seized the oil ports in 2016" stays inside a range of years.
    years = timeline_for_query(store, "Haftar", "2016", "2020", n_dates=20).entries
    assert (date(2016, 1, 1), Granularity.YEAR) in {(e.date, e.granularity) for e in years}
    with pytest.raises(ValueError, match="'Julyish' is not a date or period"):
        timeline_for_query(store, "Haftar", "Julyish")


def test_single_article(store: Store, tmp_path: Path) -> None:
    (tmp_path / "one.txt").write_text(
        "Bridge reopens\n\ndate 2021-03-04\n\nThe old bridge over the river reopened on Tuesday after "
        "two years of repairs, the city council said.\n\nTraffic was light on the first day, officials "
        "said, and buses will return next week.\n"
    )
    ingest_paths([tmp_path / "one.txt"], store)
    timeline = timeline_for_query(store, "bridge")
    assert timeline.entries[0].date == date(2021, 3, 2)  # the Tuesday, not the 4th
    assert timeline.sources and all(copies for copies in timeline.sources.values())


def test_seeds_timeline_puts_events_on_the_day_they_happened(store: Store, seeds_dir: Path) -> None:
    ingest_paths([seeds_dir], store)
    timeline = timeline_for_query(store, "Khalifa Haftar")
    by_day = {
        e.date.isoformat(): " ".join(s.text for s in e.sentences)
        for e in timeline.entries
        if e.granularity.value == "day"
    }
    assert "announced on Monday" in by_day["2020-11-23"]  # published the 24th
    assert "On 19 November" in by_day["2020-11-19"]
    years = {e.date.year for e in timeline.entries}
    assert {2016, 2020} <= years
    dates = [e.date for e in timeline.entries]
    assert dates == sorted(dates)


def test_date_range_limits_entries(store: Store, seeds_dir: Path) -> None:
    ingest_paths([seeds_dir], store)
    timeline = timeline_for_query(store, "Haftar", start=date(2020, 1, 1), end=date(2020, 12, 31))
    assert timeline.entries and all(e.date.year == 2020 for e in timeline.entries)


@pytest.mark.parametrize("n_sentences", [1, 3])
def test_at_most_k_sentences_per_date(store: Store, seeds_dir: Path, n_sentences: int) -> None:
    ingest_paths([seeds_dir], store)
    timeline = timeline_for_query(store, "Haftar", n_dates=4, n_sentences=n_sentences)
    assert len(timeline.entries) == 4
    assert all(1 <= len(e.sentences) <= n_sentences for e in timeline.entries)


def test_entries_quote_sentences_without_their_dateline() -> None:
    text = "NEW ORLEANS (AP) -- BP admitted defeat on 29 May 2010 in its attempt to plug the well."
    sentence = CandidateSentence(
        "a1",
        1,
        text,
        date(2010, 5, 30),
        [date(2010, 5, 29)],
        start=100,
        end=100 + len(text),
        eval_text=text,
    )
    timeline = build_timeline(Corpus([sentence], {}), "BP", 1, 1)
    quoted = timeline.entries[0].sentences[0]
    assert quoted.text == "BP admitted defeat on 29 May 2010 in its attempt to plug the well."
    assert quoted.start == 100 + text.index("BP admitted")
    assert quoted.eval_text == quoted.text


def test_other_dates_may_share_words_but_not_repeat_a_sentence() -> None:
    """Within a date a sentence sharing most words with a chosen one is redundant; across dates
    only a near-copy is (the same wire sentence), as related events of other days share words."""
    quake, rescue = date(2010, 1, 12), date(2010, 1, 14)
    struck = "Rescue teams searched the collapsed Montana hotel in Port-au-Prince for survivors."
    reworded = (
        "Rescue teams searched the collapsed Montana hotel in Port-au-Prince "
        "and pulled two survivors out."
    )
    pulled = "Rescue teams pulled two survivors from the collapsed Montana hotel on Thursday."
    sentences = [
        *(_sentence(f"a{n}", struck, date(2010, 1, 13), quake) for n in range(3)),
        _sentence("b", reworded, date(2010, 1, 13), quake),
        _sentence("c", struck, date(2010, 1, 15), rescue),
        _sentence("d", pulled, date(2010, 1, 15), rescue),
    ]
    timeline = build_timeline(Corpus(sentences, {}), "Haiti", 2, 2)
    assert [e.date for e in timeline.entries] == [quake, rescue]
    first, second = timeline.entries
    assert [s.text for s in first.sentences] == [struck]
    assert [s.article_id for s in second.sentences] == ["d"]
