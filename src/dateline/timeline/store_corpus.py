"""Build a timeline corpus from the store: articles that match a query, their dated sentences."""

from __future__ import annotations

import re
from collections import OrderedDict, defaultdict
from dataclasses import dataclass
from datetime import date

from dateline.records import Granularity
from dateline.store.store import Store, in_chunks
from dateline.timeline.records import ArticleInfo, CandidateSentence, Corpus
from dateline.timeline.table import SentenceTable, quote_lead_after_glued_headline

_TERM = re.compile(r"[\w'’-]+", re.UNICODE)
# The 400 best-matching stories: enough for a timeline of 30 dates, built in about two seconds
# (reading a story's sentences into a table costs 2-4 ms on the T17 store); the timeline says
# how many more matched.
_MAX_ARTICLES = 400


# A query's terms must all occur in an article when that leaves this many stories: enough for
# a timeline. Fewer, and any term will do ("Libya war Haftar" where no page says "war").
# On a store of all seven T17 topics, "Michael Jackson" with any term had 19 of its 30 entries
# from other topics' pages (a "Jackson" or a "Michael" in passing), with every term 1.
_ENOUGH_STORIES = 20


def fts_query(query: str, every_term: bool = False) -> str:
    """Terms of a user query as an FTS5 expression (any term, or every term), each quoted: no
    FTS syntax leaks."""
    return (" AND " if every_term else " OR ").join(f'"{term}"' for term in _terms(query))


def _terms(query: str) -> list[str]:
    return [term.replace('"', "") for term in _TERM.findall(query) if len(term) > 1]


def _about_range(start: date | None, end: date | None) -> tuple[str, list[str]]:
    """SQL keeping a canonical article `c` published in [start, end] or naming a date in it.

    A month or year (of publication or in the text) counts when it overlaps the range: each
    stored date is compared with the bounds cut to its own length ("2011-02" with "2011-02")."""
    if start is None and end is None:
        return "", []
    low, high = (start or date.min).isoformat(), (end or date.max).isoformat()

    def inside(column: str) -> str:
        return (
            f"{column} >= substr(?, 1, length({column})) "
            f"AND {column} <= substr(?, 1, length({column}))"
        )

    condition = (
        f" AND ({inside('c.published')} OR EXISTS (SELECT 1 FROM sentence_dates d "
        f"WHERE d.article_id = c.id AND d.source = 'text' AND {inside('d.date')}))"
    )
    return condition, [low, high, low, high]


def _matching(
    query: str, start: date | None, end: date | None, every_term: bool = False
) -> tuple[str, str, list[str]]:
    """FROM and WHERE of the canonical articles `c` that match, their order, and parameters."""
    expression = fts_query(query, every_term)
    about, bounds = _about_range(start, end)
    if not expression:
        return f"FROM articles c WHERE c.is_canonical = 1{about}", "c.published DESC", bounds
    return (
        "FROM articles_fts f JOIN articles a ON a.rowid = f.rowid "
        "JOIN articles c ON c.story_id = a.story_id AND c.is_canonical = 1 "
        f"WHERE articles_fts MATCH ?{about}",
        "bm25(articles_fts)",
        [expression, *bounds],
    )


def matching_articles(
    store: Store, query: str, start: date | None = None, end: date | None = None
) -> list[str]:
    """Canonical articles of the stories that match the query, best first (bm25), newest first
    if no query; only those about [start, end], so that the cap keeps the range's stories.
    Stories that hold every term of the query, if there are enough of them, else any term."""
    source, order, parameters = _matching(query, start, end, _every_term(store, query, start, end))
    rows = store.execute(
        f"SELECT DISTINCT c.id {source} ORDER BY {order} LIMIT ?", (*parameters, _MAX_ARTICLES)
    )
    return [row[0] for row in rows]


def _every_term(store: Store, query: str, start: date | None, end: date | None) -> bool:
    """Whether enough stories about [start, end] hold every term of the query."""
    if len(_terms(query)) < 2:
        return False
    source, _, parameters = _matching(query, start, end, every_term=True)
    (count,) = store.execute(
        f"SELECT COUNT(*) FROM (SELECT DISTINCT c.id {source} LIMIT ?)",
        (*parameters, _ENOUGH_STORIES),
    ).fetchone()
    return bool(count >= _ENOUGH_STORIES)


def stories_left_out(
    store: Store, query: str, start: date | None, end: date | None, read: int
) -> int:
    """How many matching stories the cap kept out of a timeline that read `read` of them
    (counted only when the cap was reached: below it, every match was read)."""
    if read < _MAX_ARTICLES:
        return 0
    source, _, parameters = _matching(query, start, end, _every_term(store, query, start, end))
    (count,) = store.execute(f"SELECT COUNT(DISTINCT c.id) {source}", parameters).fetchone()
    return max(count - _MAX_ARTICLES, 0)


def _day(value: str | None) -> date | None:
    if value is None or len(value) != 10:
        return None
    return date.fromisoformat(value)


@dataclass(slots=True)
class StoredArticle:
    info: ArticleInfo
    sentences: list[CandidateSentence]
    table: SentenceTable


class ArticleTables:
    """Articles read from the store and turned into tables, kept for the next build.

    Valid for one state of the store: whoever holds it drops it when the store changes."""

    def __init__(self, limit: int = 5000) -> None:
        self.limit = limit
        self.items: OrderedDict[str, StoredArticle] = OrderedDict()

    def preload(self, store: Store) -> None:
        """Read the newest canonical articles, as many as the cache holds."""
        rows = store.execute(
            "SELECT id FROM articles WHERE is_canonical = 1 ORDER BY published DESC LIMIT ?",
            (self.limit,),
        )
        self.load(store, sorted(row[0] for row in rows))

    def load(self, store: Store, ids: list[str]) -> list[StoredArticle]:
        missing = [article_id for article_id in ids if article_id not in self.items]
        for chunk, marks in in_chunks(missing):
            for article in _read_articles(store, chunk, marks):
                self.items[article.info.article_id] = article
        found = [self.items[article_id] for article_id in ids if article_id in self.items]
        for article in found:
            self.items.move_to_end(article.info.article_id)
        while len(self.items) > max(self.limit, len(found)):
            self.items.popitem(last=False)
        return found


def corpus_from_store(
    store: Store,
    query: str,
    kept: ArticleTables | None = None,
    start: date | None = None,
    end: date | None = None,
) -> Corpus:
    """Sentences of the matching articles about [start, end], with the dates the time stage
    gave them."""
    ids = matching_articles(store, query, start, end)
    found = (kept or ArticleTables()).load(store, sorted(ids))
    return Corpus(
        [sentence for article in found for sentence in article.sentences],
        {article.info.article_id: article.info for article in found},
        SentenceTable.concat([article.table for article in found]),
    )


def _read_articles(store: Store, chunk: list[str], marks: str) -> list[StoredArticle]:
    articles = {
        row["id"]: (ArticleInfo(row["id"], _day(row["published"])), row["text"], [])
        for row in store.execute(
            f"SELECT id, text, published FROM articles WHERE id IN ({marks})", chunk
        )
    }
    dates = _sentence_dates(store, chunk, marks)
    for row in store.execute(
        f"SELECT article_id, idx, start, end FROM sentences WHERE article_id IN ({marks}) "
        "ORDER BY article_id, idx",
        chunk,
    ):
        article_id, index = row["article_id"], row["idx"]
        info, text, sentences = articles[article_id]
        words = text[row["start"] : row["end"]]
        mentioned, coarse = dates.get((article_id, index), ([], []))
        sentences.append(
            CandidateSentence(
                article_id,
                index,
                words,
                info.published,
                mentioned,
                coarse,
                row["start"],
                row["end"],
                words,
            )
        )
    for _, _, sentences in articles.values():
        if sentences and sentences[0].index == 0:
            quote_lead_after_glued_headline(sentences[0])
    return [
        StoredArticle(info, sentences, SentenceTable.from_sentences(sentences))
        for info, _, sentences in articles.values()
    ]


def _sentence_dates(store: Store, chunk: list[str], marks: str):  # type: ignore[no-untyped-def]
    found: dict[tuple[str, int], tuple[list[date], list[tuple[date, Granularity]]]] = defaultdict(
        lambda: ([], [])
    )
    for row in store.execute(
        f"SELECT article_id, sentence_idx, date, granularity FROM sentence_dates "
        f"WHERE source = 'text' AND article_id IN ({marks})",
        chunk,
    ):
        days, coarse = found[(row[0], row[1])]
        if row[3] == "day":
            day = date.fromisoformat(row[2])
            if day not in days:
                days.append(day)
        else:
            parts = [int(p) for p in row[2].split("-")]
            coarse.append(
                (date(parts[0], parts[1] if len(parts) > 1 else 1, 1), Granularity(row[3]))
            )
    return found
