"""Link each new article to the story it duplicates, or start a new story."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from dateline.dedup.fingerprint import (
    Fingerprint,
    estimate_similarity,
    exact_similarity,
    is_duplicate,
    shingle_set,
    worth_verifying,
)
from dateline.settings import DedupSettings
from dateline.store.store import Store


class MatchKind(StrEnum):
    NEW = "new"  # a text not seen before
    EXACT = "exact"  # the same normalized text: one more source of a stored article
    NEAR = "near"  # a near duplicate or an excerpt: a new article in an existing story


@dataclass(slots=True)
class LinkDecision:
    kind: MatchKind
    article_id: str
    story_id: str
    fingerprint: Fingerprint
    similarity: float | None = None
    matched_article: str | None = None
    stories_to_merge: list[str] = field(default_factory=list)


class StoryLinker:
    """Exact duplicates by normalized-text hash, near duplicates by MinHash LSH in the store."""

    def __init__(self, store: Store, settings: DedupSettings) -> None:
        self.store = store
        self.settings = settings

    def link(self, prints: Fingerprint, text: str) -> LinkDecision:
        """The decision for a new article: `prints` is the fingerprint of its `text`."""
        article_id = "a" + prints.text_hash[:16]
        existing = self.store.article_with_hash(prints.text_hash)
        if existing is not None:
            return LinkDecision(MatchKind.EXACT, existing[0], existing[1], prints, 1.0, existing[0])
        matches = self._near_matches(prints, text)
        if not matches:
            return LinkDecision(MatchKind.NEW, article_id, "s" + prints.text_hash[:16], prints)
        best_score, best_id, best_story = max(matches)
        others = sorted({story for _, _, story in matches} - {best_story})
        return LinkDecision(
            MatchKind.NEAR, article_id, best_story, prints, best_score, best_id, others
        )

    def _near_matches(self, prints: Fingerprint, text: str) -> list[tuple[float, str, str]]:
        if prints.signature is None:
            return []
        matches = []
        own: frozenset[str] | None = None  # built for the first candidate worth checking
        for candidate in self.store.lsh_candidates(prints.band_keys):
            estimate = estimate_similarity(
                prints.signature, prints.n_shingles, candidate.signature, candidate.n_shingles
            )
            if not worth_verifying(estimate, self.settings):
                continue
            stored = shingle_set(
                self.store.article_text(candidate.article_id), self.settings.shingle_words
            )
            own = own if own is not None else shingle_set(text, self.settings.shingle_words)
            similarity = exact_similarity(own, stored)
            if is_duplicate(similarity, self.settings):
                score = max(similarity.jaccard, similarity.containment)
                matches.append((score, candidate.article_id, candidate.story_id))
        return matches
