"""The seam for an optional abstractive step: a rewriter turns an entry's quoted sentences
into a summary of its own.

dateline ships no rewriter (no LLM, no model download). The quoted sentences stay in the
entry as the evidence, with their article ids and offsets, so a rewritten line can always be
checked against what the articles say."""

from __future__ import annotations

from dataclasses import replace
from typing import Protocol

from dateline.timeline.records import Timeline, TimelineEntry


class EntryRewriter(Protocol):
    def __call__(self, entry: TimelineEntry, query: str) -> str | None:
        """A summary of the entry's sentences, or None to keep the entry extractive."""
        ...


def rewrite_entries(timeline: Timeline, rewriter: EntryRewriter) -> Timeline:
    """A copy of the timeline whose entries carry the rewriter's summaries."""
    entries = [
        replace(entry, summary=_clean(rewriter(entry, timeline.query)))
        for entry in timeline.entries
    ]
    return replace(timeline, entries=entries)


def _clean(summary: str | None) -> str | None:
    """Blank output counts as no summary."""
    if summary is None or not summary.strip():
        return None
    return summary.strip()
