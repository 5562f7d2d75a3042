"""A corpus as columns: the arrays that let a timeline be built in milliseconds.

The sentence records stay for display; scoring reads only these arrays. Tables of single
articles concatenate cheaply, so a server can keep them between builds.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

import numpy as np

from dateline.clean.lead import glued_headline_end, lead_end
from dateline.clean.lines import speaks_to_readers
from dateline.records import Granularity
from dateline.time.grammar import MONTH
from dateline.timeline.records import CandidateSentence, Corpus
from dateline.timeline.text import gather_rows, tokens

_MIN_CONTENT_WORDS = 3
_MIN_LEAD_WORDS = 8  # a shorter rest of the first line is a caption or a teaser, not a lead
# An ellipsis marks an excerpt: a teaser, a cut quote, a truncated caption.
_ELLIPSIS = re.compile(r"\.\.\.|\. \. \.|…")
_FIRST_PERSON = re.compile(r"\b(?:I|[Ww]e|[Mm]y|[Oo]ur|me|us)\b")
# Advice, hedges and judgement: comment and analysis rather than report of an event.
_OPINION = re.compile(
    r"\b(?:[Ss]hould|[Mm]ust|ought|[Pp]erhaps|[Mm]aybe|might|seems?|[Ss]urely|of course"
    r"|[Ii]ndeed|[Nn]ever|[Aa]rguably)\b"
)
# A chronology's entry or a dated caption: "April 28: …", "5 May - …", "AP Apr. 21: …".
_DATE_LABEL = re.compile(
    rf"^(?:[A-Z][\w.]*\s+){{0,2}}?(?:(?i:{MONTH})\s+\d{{1,2}}|\d{{1,2}}\s+(?i:{MONTH}))"
    r"(?:,?\s+\d{4})?\s*(?::|-|--|–|—)\s"
)
GRANULARITIES = tuple(Granularity)
# Boolean columns, one value per row.
_FLAGS = ("quotable", "first_person", "opinion", "date_label")
# Columns with one value per row that join and subset by row alone.
_PER_ROW = ("position", "published", "length", *_FLAGS, "date_density")

# One vocabulary per process: tables built at different times share word ids.
_VOCABULARY: dict[str, int] = {}


def word_ids(words: list[str] | set[str]) -> list[int]:
    """Ids of words already seen in any table (unseen words match no sentence)."""
    return [_VOCABULARY[word] for word in words if word in _VOCABULARY]


def vocabulary_size() -> int:
    return len(_VOCABULARY)


def _quotable(sentence: CandidateSentence, content_words: int) -> bool:
    """Whether the sentence may be quoted: not a fragment, an excerpt, a glued headline, a
    signature, a call to the page's readers or a question."""
    return (
        sentence.quotable
        and content_words >= _MIN_CONTENT_WORDS
        and not sentence.text.rstrip().endswith("?")
        and not _ELLIPSIS.search(sentence.text)
        and not speaks_to_readers(sentence.text)
        and not glued_headline_end(sentence.text)
        and not _holds_page_fields(sentence.text)
    )


def _holds_page_fields(text: str) -> bool:
    """Whether a bar still splits the sentence after its opening stamp is cut: fields of a
    page, not prose ("YES | NO", "By George Soros | Public Affairs", "SOURCE: Bloomberg |
    GRAPHIC: …")."""
    return "|" in text and "|" in text[lead_end(text) :]


def quote_lead_after_glued_headline(first: CandidateSentence) -> None:
    """An article's first line often carries navigation, a headline, bullets or a caption glued
    to the lead ("Turkey confirms first case * Virus detected … ISTANBUL, May 16 (Reuters) -
    Turkey identified …"). Its dates count; only the lead after a glued headline is quoted, if
    any."""
    cut, evaluated_cut = glued_headline_end(first.text), glued_headline_end(first.eval_text)
    lead = first.text[cut:]
    if not cut or not evaluated_cut or len(lead.split()) < _MIN_LEAD_WORDS:
        return
    first.text, first.start = lead, first.start + cut
    first.eval_text = first.eval_text[evaluated_cut:]
    first.quotable = True


def _word_counts(rows: list[int], ids: list[int], row_count: int) -> dict[str, np.ndarray]:
    """The CSR columns of the rows' words: each row's distinct word ids (ascending) and
    1 + log of their counts."""
    stride = max(vocabulary_size(), 1)
    keys = np.array(rows, dtype=np.int64) * stride + np.array(ids, dtype=np.int64)
    distinct, counts = np.unique(keys, return_counts=True)
    word_start = np.zeros(row_count + 1, dtype=np.int64)
    word_start[1:] = np.cumsum(np.bincount(distinct // stride, minlength=row_count))
    return {
        "word_start": word_start,
        "word_id": distinct % stride,
        "word_tf": 1.0 + np.log(counts),
    }


@dataclass(slots=True)
class SentenceTable:
    """One row per sentence of a corpus, in the corpus's order."""

    article: np.ndarray  # index into `article_ids`
    article_ids: list[str]
    position: np.ndarray  # index of the sentence in its article
    published: np.ndarray  # day ordinal of the article's publication, 0 when unknown
    length: np.ndarray  # words as written
    quotable: np.ndarray  # bool, see `_quotable`
    first_person: np.ndarray  # bool: "I", "we", "my", "our" (blogs, comments, eyewitnesses)
    opinion: np.ndarray  # bool: "should", "perhaps", "seems", see `_OPINION`
    date_label: np.ndarray  # bool: opens with a date label ("April 28: …"), see `_DATE_LABEL`
    date_density: np.ndarray  # distinct days the row's article names per sentence, at most 1
    word_start: np.ndarray  # CSR row pointer into word_id / word_tf (length rows + 1)
    word_id: np.ndarray
    word_tf: np.ndarray  # 1 + log of the word's count in the sentence
    mention_row: np.ndarray  # (row, day ordinal) pairs: the days each sentence names
    mention_day: np.ndarray
    coarse_row: np.ndarray  # (row, first day ordinal, granularity index) of months and years named
    coarse_day: np.ndarray
    coarse_unit: np.ndarray  # index into GRANULARITIES

    def __len__(self) -> int:
        return len(self.article)

    @classmethod
    def from_sentences(cls, sentences: list[CandidateSentence]) -> SentenceTable:
        article_index: dict[str, int] = {}
        names = ("article", "position", "published", "length", *_FLAGS)
        names += ("mention_row", "mention_day", "coarse_row", "coarse_day", "coarse_unit")
        columns: dict[str, list[int]] = {name: [] for name in names}
        word_rows: list[int] = []
        word_ids_in_order: list[int] = []
        vocabulary = _VOCABULARY
        for row, sentence in enumerate(sentences):
            words = tokens(sentence.text)
            word_rows += [row] * len(words)
            word_ids_in_order += [vocabulary.setdefault(word, len(vocabulary)) for word in words]
            columns["article"].append(
                article_index.setdefault(sentence.article_id, len(article_index))
            )
            columns["position"].append(sentence.index)
            columns["published"].append(sentence.published.toordinal() if sentence.published else 0)
            columns["length"].append(len(sentence.text.split()))
            columns["quotable"].append(_quotable(sentence, len(words)))
            columns["first_person"].append(bool(_FIRST_PERSON.search(sentence.text)))
            columns["opinion"].append(bool(_OPINION.search(sentence.text)))
            columns["date_label"].append(bool(_DATE_LABEL.match(sentence.text)))
            for day in sentence.mentioned:
                columns["mention_row"].append(row)
                columns["mention_day"].append(day.toordinal())
            for day, granularity in sentence.coarse:
                columns["coarse_row"].append(row)
                columns["coarse_day"].append(day.toordinal())
                columns["coarse_unit"].append(GRANULARITIES.index(granularity))
        arrays = {name: np.array(values, dtype=np.int64) for name, values in columns.items()}
        for flag in _FLAGS:
            arrays[flag] = arrays[flag].astype(bool)
        arrays.update(_word_counts(word_rows, word_ids_in_order, len(sentences)))
        density = _date_density(arrays["article"], arrays["mention_row"], arrays["mention_day"])
        return cls(article_ids=list(article_index), date_density=density, **arrays)

    @classmethod
    def concat(cls, tables: list[SentenceTable]) -> SentenceTable:
        if not tables:
            return cls.from_sentences([])

        def joined(name: str) -> np.ndarray:
            return np.concatenate([getattr(t, name) for t in tables])

        def shifted(name: str, sizes: list[int]) -> np.ndarray:
            """Column `name` of each table plus the total `sizes` of the tables before it."""
            counts = [len(getattr(t, name)) for t in tables]
            offsets = np.cumsum([0, *sizes[:-1]])
            return joined(name) + np.repeat(offsets, counts)

        rows = [len(t) for t in tables]
        word_offsets = np.cumsum([0, *[len(t.word_id) for t in tables[:-1]]])
        word_start = np.zeros(sum(rows) + 1, dtype=np.int64)
        word_start[1:] = np.concatenate([t.word_start[1:] for t in tables]) + np.repeat(
            word_offsets, rows
        )
        return cls(
            article=shifted("article", [len(t.article_ids) for t in tables]),
            article_ids=[article_id for t in tables for article_id in t.article_ids],
            word_start=word_start,
            word_id=joined("word_id"),
            word_tf=joined("word_tf"),
            mention_row=shifted("mention_row", rows),
            mention_day=joined("mention_day"),
            coarse_row=shifted("coarse_row", rows),
            coarse_day=joined("coarse_day"),
            coarse_unit=joined("coarse_unit"),
            **{name: joined(name) for name in _PER_ROW},
        )

    def subset(self, rows: np.ndarray) -> SentenceTable:
        """The given rows (ascending), with their mentions renumbered."""
        entries, local = gather_rows(self.word_start, rows)
        word_start = np.zeros(len(rows) + 1, dtype=np.int64)
        word_start[1:] = np.cumsum(np.bincount(local, minlength=len(rows)))
        renumber = np.full(len(self), -1, dtype=np.int64)
        renumber[rows] = np.arange(len(rows))
        mentions = renumber[self.mention_row] >= 0
        coarse = renumber[self.coarse_row] >= 0
        return SentenceTable(
            article=self.article[rows],
            article_ids=self.article_ids,
            word_start=word_start,
            word_id=self.word_id[entries],
            word_tf=self.word_tf[entries],
            mention_row=renumber[self.mention_row[mentions]],
            mention_day=self.mention_day[mentions],
            coarse_row=renumber[self.coarse_row[coarse]],
            coarse_day=self.coarse_day[coarse],
            coarse_unit=self.coarse_unit[coarse],
            **{name: getattr(self, name)[rows] for name in _PER_ROW},
        )

    def dated_rows(self) -> np.ndarray:
        """Whether each row names a day."""
        named = np.zeros(len(self), dtype=bool)
        named[self.mention_row] = True
        return named

    def coarse_inside(self, start: date | None, end: date | None) -> np.ndarray:
        """Which months and years named start inside [start, end] (from the month of start:
        a range from 15 July still holds "in July", not "in 2016")."""
        inside = np.ones(len(self.coarse_row), dtype=bool)
        if start is not None:
            inside &= self.coarse_day >= start.replace(day=1).toordinal()
        if end is not None:
            inside &= self.coarse_day <= end.toordinal()
        return inside

    def rows_about(self, start: date | None, end: date | None) -> np.ndarray:
        """Rows whose days (named, else published) fall inside [start, end], or that name a
        month or year starting inside it, ascending."""
        low = start.toordinal() if start else 1
        high = end.toordinal() if end else date.max.toordinal()
        inside = np.zeros(len(self), dtype=bool)
        named_inside = (self.mention_day >= low) & (self.mention_day <= high)
        inside[self.mention_row[named_inside]] = True
        inside[self.coarse_row[self.coarse_inside(start, end)]] = True
        undated = ~self.dated_rows() & (self.published >= low) & (self.published <= high)
        return np.flatnonzero(inside | undated)


def _date_density(
    article: np.ndarray, mention_row: np.ndarray, mention_day: np.ndarray
) -> np.ndarray:
    """For each row, the distinct days its article names per sentence of it, at most 1.

    Chronologies and backgrounders name many days: their sentences state dated events."""
    sentences = np.bincount(article)
    # Each article once for every distinct day it names.
    naming = key_per_article(article[mention_row], mention_day)
    days = np.bincount(naming, minlength=len(sentences))
    return np.minimum(days / np.maximum(sentences, 1), 1.0)[article]


def rows_by_key(keys: np.ndarray, rows: np.ndarray) -> tuple[np.ndarray, list[np.ndarray]]:
    """The distinct keys (ascending) and, for each, its rows (ascending)."""
    if not len(keys):
        return keys, []
    order = np.lexsort((rows, keys))
    found, starts = np.unique(keys[order], return_index=True)
    return found, np.split(rows[order], starts[1:])


def key_per_article(keys: np.ndarray, articles: np.ndarray) -> np.ndarray:
    """Each key once for every distinct article it occurs with, ascending."""
    width = int(articles.max()) + 1 if len(articles) else 1
    return np.unique(keys * width + articles) // width


def table_of(corpus: Corpus) -> SentenceTable:
    """The corpus's table, built on first use."""
    if corpus.table is None:
        corpus.table = SentenceTable.from_sentences(corpus.sentences)
    return corpus.table


def select(corpus: Corpus, rows: np.ndarray) -> Corpus:
    """A corpus of the given sentence rows (ascending) and their articles."""
    table = table_of(corpus).subset(rows)
    sentences = [corpus.sentences[row] for row in rows]
    kept = {table.article_ids[a] for a in np.unique(table.article)}
    return Corpus(sentences, {a: info for a, info in corpus.articles.items() if a in kept}, table)
