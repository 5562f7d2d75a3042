"""The abstractive seam: a rewriter adds summaries; the quoted evidence stays as it was."""

from __future__ import annotations

import json
from datetime import date

from dateline.io.timeline_exports import render
from dateline.timeline.records import Timeline, TimelineEntry, TimelineSentence
from dateline.timeline.rewrite import rewrite_entries


def _timeline() -> Timeline:
    def entry(day: int, *texts: str) -> TimelineEntry:
        sentences = [TimelineSentence(text, f"a{day}", 10, 10 + len(text)) for text in texts]
        return TimelineEntry(date(2020, 1, day), sentences, [f"a{day}"])

    return Timeline(
        "Haftar",
        [
            entry(4, "Forces entered Sirte.", "The city fell by evening."),
            entry(6, "Talks were called off."),
        ],
    )


def _first_sentence_or_nothing(entry: TimelineEntry, query: str) -> str | None:
    if len(entry.sentences) < 2:
        return "   "  # blank: counts as no summary
    return f"{query}: {entry.sentences[0].text} <b>{len(entry.sentences)} reports</b>"


def test_rewriter_adds_summaries_and_keeps_the_evidence() -> None:
    original = _timeline()
    rewritten = rewrite_entries(original, _first_sentence_or_nothing)
    assert [e.summary for e in rewritten.entries] == [
        "Haftar: Forces entered Sirte. <b>2 reports</b>",
        None,
    ]
    assert [e.sentences for e in rewritten.entries] == [e.sentences for e in original.entries]
    assert rewritten.entries[0].sentences[0].start == 10
    assert all(e.summary is None for e in original.entries)  # the input is not changed


def test_summaries_reach_markdown_escaped_and_json() -> None:
    rewritten = rewrite_entries(_timeline(), _first_sentence_or_nothing)
    markdown = render(rewritten, "md")
    assert "Haftar: Forces entered Sirte. &lt;b&gt;2 reports&lt;/b&gt;\n\n- Forces" in markdown
    entries = json.loads(render(rewritten, "json"))["entries"]
    assert [e["summary"] for e in entries] == [rewritten.entries[0].summary, None]
    assert entries[0]["sentences"][1]["text"] == "The city fell by evening."
