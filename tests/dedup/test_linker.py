"""Exact duplicates, near duplicates, excerpts and stories in a real store."""

from __future__ import annotations

import random

from dateline.dedup.fingerprint import exact_similarity, fingerprint, shingle_set
from dateline.dedup.linker import MatchKind, StoryLinker
from dateline.ingest import ingest_paths
from dateline.settings import DedupSettings
from dateline.store import Store
from dateline.store.queries import iter_articles

WORDS = [
    "port",
    "council",
    "strike",
    "union",
    "minister",
    "ferry",
    "harbour",
    "vote",
    "police",
    "budget",
    "crane",
    "fuel",
    "ship",
    "talks",
    "deal",
    "court",
    "judge",
    "city",
    "river",
    "bridge",
    "road",
    "rail",
    "market",
    "bank",
    "price",
    "wage",
    "school",
]


def _article(seed: int, sentences: int = 30) -> str:
    rng = random.Random(seed)
    return "\n".join(
        " ".join(rng.choice(WORDS) for _ in range(rng.randint(12, 20))).capitalize() + "."
        for _ in range(sentences)
    )


def test_fingerprint_ignores_case_punctuation_and_spacing() -> None:
    settings = DedupSettings()
    text = _article(1)
    noisy = text.upper().replace(".", " !").replace(" ", "  ")
    assert fingerprint(text, settings).text_hash == fingerprint(noisy, settings).text_hash


def test_excerpt_is_contained() -> None:
    text = _article(2)
    excerpt = "\n".join(text.split("\n")[5:15])
    similarity = exact_similarity(shingle_set(excerpt, 5), shingle_set(text, 5))
    assert similarity.containment > 0.95 and similarity.jaccard < 0.4


def _store_texts(store: Store, tmp_path, texts: dict[str, str]) -> dict[str, str]:
    for name, text in texts.items():
        (tmp_path / f"{name}.txt").write_text(text)
    ingest_paths(sorted(tmp_path.glob("*.txt")), store)
    return {a.sources[0].file_path.rsplit("/", 1)[1][:-4]: a.story for a in iter_articles(store)}


def test_copies_and_excerpts_share_a_story_and_others_do_not(store: Store, tmp_path) -> None:
    base = _article(3)
    lines = base.split("\n")
    stories = _store_texts(
        store,
        tmp_path,
        {
            "a_base": base,
            "b_excerpt": "\n".join(lines[3:14]),
            "c_reordered": "\n".join(lines[15:] + lines[:15]).replace(",", ";"),
            "d_other": _article(4),
        },
    )
    assert stories["a_base"] == stories["b_excerpt"] == stories["c_reordered"]
    assert stories["d_other"] != stories["a_base"]


def test_the_longest_copy_is_canonical(store: Store, tmp_path) -> None:
    base = _article(5)
    excerpt = "\n".join(base.split("\n")[:10])
    (tmp_path / "1-excerpt.txt").write_text(excerpt)
    ingest_paths([tmp_path / "1-excerpt.txt"], store)
    (tmp_path / "2-full.txt").write_text(base)
    ingest_paths([tmp_path / "2-full.txt"], store)
    canonical = [a for a in iter_articles(store) if a.is_canonical]
    assert len(canonical) == 1 and canonical[0].sources[0].file_path.endswith("2-full.txt")


def test_an_article_bridging_two_stories_merges_them(store: Store, tmp_path) -> None:
    first, second = _article(6).split("\n"), _article(7).split("\n")
    stories = _store_texts(
        store,
        tmp_path,
        {
            "a": "\n".join(first),
            "b": "\n".join(second),
        },
    )
    assert stories["a"] != stories["b"]
    linker = StoryLinker(store, DedupSettings())
    text = "\n".join(first + second)
    decision = linker.link(fingerprint(text, DedupSettings()), text)
    assert decision.kind is MatchKind.NEAR
    assert {decision.story_id, *decision.stories_to_merge} == {stories["a"], stories["b"]}
