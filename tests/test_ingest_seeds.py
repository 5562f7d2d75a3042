"""The five seed articles: the acceptance test of ingest (issue: ingest, measure 1)."""

from __future__ import annotations

from pathlib import Path

import pytest

from dateline.ingest import ingest_paths
from dateline.store import Store
from dateline.store.queries import ArticleRecord, iter_articles

# Site furniture seen on the seed pages. The cleaner holds no such list: this is the test's.
FURNITURE = (
    "Continue Reading",
    "Click to comment",
    "Subscribe now",
    "Connect with us",
    "Leave a Reply",
    "Trending",
    "Route 6",
    "Join us",
    "Know more",
    "No comments",
    "US will bank Tik Tok",
    "Mnuchin",
    "More:",
    "Libya’s war: Who is supporting whom",
    "Merkel says will hold",
    "Parliament head in east Libya",
    "Libyan armed groups accused",
    "call to arms",
    "Erdogan: Turkish soldiers gradually",
    "Your email address",
    "progressive journalism",
    "You have a right to access",
    "Your support is the only way",
    "\nAFP\n",
    "signed by Fayez…",
)


@pytest.fixture
def seed_articles(seeds_dir: Path, store: Store) -> list[ArticleRecord]:
    report = ingest_paths([seeds_dir], store)
    assert not report.problems
    return list(iter_articles(store))


def _by_file(articles: list[ArticleRecord], prefix: str) -> list[ArticleRecord]:
    return [
        a for a in articles if any(Path(s.file_path).name.startswith(prefix) for s in a.sources)
    ]


def test_mobilisation_copies_become_one_story_with_two_sources(
    seed_articles: list[ArticleRecord],
) -> None:
    full, excerpt = _by_file(seed_articles, "000")[0], _by_file(seed_articles, "001")[0]
    assert full.story == excerpt.story
    story_sources = [s for a in seed_articles if a.story == full.story for s in a.sources]
    assert len(story_sources) == 2
    assert full.is_canonical and not excerpt.is_canonical


def test_page_with_two_articles_becomes_two_articles(seed_articles: list[ArticleRecord]) -> None:
    parts = _by_file(seed_articles, "003")
    assert sorted(a.title for a in parts) == [
        "Libya: Haftar forces announce capture of large parts of Sirte",
        "Libya’s Haftar leaves Moscow without signing ceasefire agreement",
    ]
    assert len({a.story for a in parts}) == 2


def test_no_article_keeps_site_furniture(seed_articles: list[ArticleRecord]) -> None:
    for article in seed_articles:
        text = f"\n{article.text}\n"
        for furniture in FURNITURE:
            assert furniture not in text, f"{furniture!r} left in {article.title!r}"


def test_article_bodies_survive_cleaning(seed_articles: list[ArticleRecord]) -> None:
    texts = "\n".join(a.text for a in seed_articles)
    for sentence in (
        "Haftar’s preparation for a potential political failure",  # a subheading is content
        "Efforts to demobilise and reintegrate fighters",
        "“Any kind of move into Tripoli by Haftar remains extremely difficult and risky,”",
        "So far there are no reports of what is going on if anything.",
    ):
        assert sentence in texts


def test_date_lines_are_found(seed_articles: list[ArticleRecord]) -> None:
    dated = _by_file(seed_articles, "001")[0]
    assert (dated.published, dated.published_method) == ("2020-11-24", "dateline")
    assert not dated.text.lstrip().startswith("date")
    blog = _by_file(seed_articles, "002")[0]
    assert (blog.published, blog.published_granularity) == ("2016-07-02", "day")
    assert blog.title == "General Khalifa Haftar visits both Cairo and Moscow seeking support"
