"""Sentence tables and TF-IDF rows: the columns must say what the sentence records say."""

from __future__ import annotations

import math
from collections import Counter
from datetime import date

import numpy as np
import pytest

from dateline.records import Granularity
from dateline.timeline.records import CandidateSentence
from dateline.timeline.summarize import SentencePicker, SummarySettings
from dateline.timeline.table import SentenceTable, rows_by_key, table_of, word_ids
from dateline.timeline.text import SentenceVectors, tokens

DAY = date(2011, 2, 11)


def _sentences() -> list[CandidateSentence]:
    return [
        CandidateSentence("a", 0, "Mubarak resigned as president of Egypt today.", DAY, [DAY]),
        CandidateSentence("a", 1, "Crowds in Tahrir Square cheered the news of Mubarak.", DAY),
        CandidateSentence(
            "b",
            0,
            "Protests began in Cairo in January and spread to Alexandria.",
            date(2011, 2, 12),
            [date(2011, 1, 25), DAY],
            [(date(2011, 1, 1), Granularity.MONTH)],
        ),
        CandidateSentence("c", 0, "What happens next?", None),
    ]


def _table_of_one(text: str) -> SentenceTable:
    return SentenceTable.from_sentences([CandidateSentence("a", 0, text, DAY)])


def _columns(table: SentenceTable) -> dict[str, list[object]]:
    return {
        name: getattr(table, name).tolist()
        for name in SentenceTable.__slots__
        if isinstance(getattr(table, name), np.ndarray)
    }


def test_tables_of_single_articles_concatenate_to_the_table_of_all() -> None:
    sentences = _sentences()
    whole = SentenceTable.from_sentences(sentences)
    parts = SentenceTable.concat(
        [SentenceTable.from_sentences([s for s in sentences if s.article_id == a]) for a in "abc"]
    )
    assert _columns(parts) == _columns(whole)
    assert parts.article_ids == whole.article_ids == ["a", "b", "c"]
    assert whole.mention_row.tolist() == [0, 2, 2]
    assert whole.coarse_row.tolist() == [2]
    assert whole.quotable.tolist() == [True, True, True, False]  # a question is never quoted


@pytest.mark.parametrize(
    ("text", "quotable"),
    [
        ("BP chairman defended the company's safety record on Sunday in Houston.", True),
        ("A young dolphin apparently was attacked by ... BP chairman defended the record.", False),
        ("BP chairman said the spill along the coast was caused by a failed valve t. . .", False),
        ("The minister said the talks had failed … and walked out of the room.", False),
        ("Executives agreed in the hearings that someone else was to blame?", False),
        ("Posted by stephen mullin on April 3 , 2005 10:02 PM .", False),
        ("Submitted by a reader on May 1, 2005 at 11:53 AM from Leeds.", False),
        ("February 2 , 2011 at 2:16 pm | Please stop using the term pro-government .", False),
        ("The motion posted by the senator on Friday was rejected by the house.", True),
        ("February 2, 2011 at 2:16 pm was when the first camels charged the square.", True),
        ("Share your thoughts by sending us a response on our Twitter page .", False),
        ("Of course , you can always comment on this blog post .", False),
        ("You can do this by logging on to your Twitter account , typing your comment .", False),
        ("Follow the latest environment news , comment and analysis from our team .", False),
        ("Share prices fell 5 % in London after BP said the cap had failed again .", True),
        ("Follow-up talks between BP and the White House were held on Monday .", True),
        ("The agency said users can follow the storm's track on its website.", True),
        ("The Credit Crisis of 2008 and What It Means By George Soros | Public Affairs .", False),
        ("YES | NO Egyptian President Hosni Mubarak stepped down on February 11 .", False),
        ("2155 : Kedar from India writes : We make BP pay for this damage .", False),
        ("1614 A-cui from Beijing e-mails: Sichuan suffered the pain of the earthquake.", False),
        ("John Smith, who lives in London, said: the roads along the coast are closed.", True),
        (
            "Ben Sutherland | 09:43 UK time , Thursday , 6 January 2011 BP made choices that raised the risk .",
            True,
        ),
    ],
)
def test_excerpts_signatures_reader_calls_and_questions_are_never_quoted(
    text: str, quotable: bool
) -> None:
    assert _table_of_one(text).quotable.tolist() == [quotable]


def test_word_columns_hold_each_rows_distinct_words_once_with_their_counts() -> None:
    texts = ["Oil spill: oil on the beach, oil in the marsh.", "No words?", "Oil prices rose."]
    table = SentenceTable.from_sentences(
        [CandidateSentence("a", index, text, DAY) for index, text in enumerate(texts)]
    )
    rows = []
    for row in range(len(texts)):
        ids = table.word_id[table.word_start[row] : table.word_start[row + 1]].tolist()
        tfs = table.word_tf[table.word_start[row] : table.word_start[row + 1]].tolist()
        rows.append(dict(zip(ids, tfs, strict=True)))
        assert len(ids) == len(set(ids))
    counted = [Counter(tokens(text)) for text in texts]
    assert counted[0] == {"oil": 3, "spill": 1, "beach": 1, "marsh": 1}
    assert counted[1] == {"word": 1}
    expected = [
        {word_ids([word])[0]: 1.0 + math.log(count) for word, count in words.items()}
        for words in counted
    ]
    assert rows == [pytest.approx(row) for row in expected]


def test_a_subset_keeps_its_rows_words_and_renumbered_mentions() -> None:
    sentences = _sentences()
    whole = SentenceTable.from_sentences(sentences)
    part = whole.subset(np.array([1, 2]))
    alone = _columns(SentenceTable.from_sentences(sentences[1:3]))
    # Date density belongs to the whole article, so the part keeps article a's 0.5.
    assert _columns(part) == alone | {"date_density": [0.5, 1.0]}
    assert part.article_ids == whole.article_ids
    assert part.mention_row.tolist() == [1, 1]
    assert part.mention_day.tolist() == [date(2011, 1, 25).toordinal(), DAY.toordinal()]


def test_date_density_counts_distinct_days_its_article_names_per_sentence() -> None:
    table = SentenceTable.from_sentences(_sentences())
    # a: one day in two sentences; b: two days in one sentence (capped at 1); c: none.
    assert table.date_density.tolist() == [0.5, 0.5, 1.0, 0.0]
    assert SentenceTable.from_sentences([]).date_density.tolist() == []


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("April 28: A damaged well may be leaking five times more oil.", True),
        ("5 May - BP stops the flow of oil from the end of the pipe.", True),
        ("AP Apr. 21 : Fire boat crews battle the blazing remnants.", True),
        ("April 20, 2010 — An explosion kills 11 workers.", True),
        ("On April 28 the company said the well was leaking.", False),
        ("Officials said April 28: the well is leaking.", False),
        ("May 5 was the day the flow stopped, engineers said.", False),
        ("Executives agreed on one thing Tuesday: someone else was to blame.", False),
    ],
)
def test_date_label_marks_chronology_entries_and_dated_captions(text: str, label: bool) -> None:
    assert _table_of_one(text).date_label.tolist() == [label]


def test_rows_about_a_range_use_named_days_else_the_publication_day() -> None:
    table = SentenceTable.from_sentences(_sentences())
    assert table.rows_about(date(2011, 1, 20), date(2011, 1, 31)).tolist() == [2]
    # Row 0 names the 11th; row 1 names nothing and was published then; row 3 has no date.
    assert table.rows_about(DAY, DAY).tolist() == [0, 1, 2]
    assert table.rows_about(None, None).tolist() == [0, 1, 2]


def test_rows_by_key_groups_rows_in_order() -> None:
    keys, groups = rows_by_key(np.array([5, 3, 5, 3]), np.array([9, 8, 1, 2]))
    assert keys.tolist() == [3, 5]
    assert [g.tolist() for g in groups] == [[2, 8], [1, 9]]
    assert rows_by_key(np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64))[1] == []


def _reference_vectors(texts: list[str]) -> list[dict[str, float]]:
    """TF-IDF written out with dictionaries, the way the formula reads."""
    words = [tokens(text) for text in texts]
    frequency = Counter(word for sentence in words for word in set(sentence))
    vectors = []
    for sentence in words:
        weights = {
            word: (1 + math.log(n)) * (math.log((1 + len(texts)) / (1 + frequency[word])) + 1)
            for word, n in Counter(sentence).items()
        }
        norm = math.sqrt(sum(v * v for v in weights.values()))
        vectors.append({word: v / norm for word, v in weights.items()})
    return vectors


def _cosine(a: dict[str, float], b: dict[str, float]) -> float:
    return sum(value * b.get(word, 0.0) for word, value in a.items())


def test_sentence_vectors_match_tf_idf_written_out() -> None:
    sentences = _sentences()[:3]
    table = SentenceTable.from_sentences(sentences)
    vectors = SentenceVectors(
        table.word_start, table.word_id, table.word_tf, int(table.word_id.max()) + 1
    )
    reference = _reference_vectors([s.text for s in sentences])
    rows = np.array([0, 1, 2])
    total: Counter[str] = Counter()
    for vector in reference:
        total.update(vector)
    norm = math.sqrt(sum(v * v for v in total.values()))
    expected = [_cosine(vector, {w: v / norm for w, v in total.items()}) for vector in reference]
    assert vectors.centrality(rows) == pytest.approx(expected)
    everything = np.ones(3, dtype=bool)
    assert vectors.cosines(rows, vectors.centroid(everything)) == pytest.approx(expected)
    first_two = vectors.centroid(np.array([True, True, False]))
    assert vectors.cosines(rows[:2], first_two) == pytest.approx(vectors.centrality(rows[:2]))
    assert vectors.similarities(0, np.array([1, 2])) == pytest.approx(
        [_cosine(reference[0], reference[1]), _cosine(reference[0], reference[2])]
    )
    assert vectors.words_present(word_ids({"mubarak", "cairo"})).tolist() == [1, 1, 1]


def test_the_picker_reads_query_overlap_from_the_table() -> None:
    from dateline.timeline.records import Corpus

    corpus = Corpus(_sentences(), {})
    picker = SentencePicker(corpus, "Mubarak Cairo protests", SummarySettings())
    assert table_of(corpus) is picker.table
    assert picker.query_overlap.tolist() == pytest.approx([1 / 3, 1 / 3, 2 / 3, 0.0])


@pytest.mark.parametrize(
    ("column", "marked", "look_alikes"),
    [
        (
            "first_person",
            [
                "I was watching the news when the quake hit.",
                "We will rebuild, the mayor said.",
                "Our correspondent saw the damage.",
            ],
            [
                "The US sent troops to Iraq.",
                "Officials use the airport for aid.",
                "Imports fell as the IMF warned.",
            ],
        ),
        (
            "opinion",
            [
                "The government should resign, the editorial argued.",
                "Perhaps the talks will resume.",
                "It seems the ceasefire is holding.",
            ],
            [
                "Mustafa Abdul Jalil met the envoy on Monday.",
                "The Nevada senator shouldered the blame.",
                "Rebels seemingly took the town.",
            ],
        ),
    ],
)
def test_word_flag_columns_keep_clear_of_look_alike_words(
    column: str, marked: list[str], look_alikes: list[str]
) -> None:
    texts = marked + look_alikes
    sentences = [CandidateSentence("a", i, text, None) for i, text in enumerate(texts)]
    table = SentenceTable.from_sentences(sentences)
    flags = [True] * len(marked) + [False] * len(look_alikes)
    assert getattr(table, column).tolist() == flags
    joined = SentenceTable.concat([table, table.subset(np.array([0, len(marked)]))])
    assert getattr(joined, column).tolist() == [*flags, True, False]
