"""A timeline as Markdown, JSON, CSV, TimelineJS JSON or the tilse text format."""

from __future__ import annotations

import csv
import html
import io
import json
from dataclasses import asdict
from pathlib import Path
from typing import Any

from dateline.io.cells import spreadsheet_safe
from dateline.records import Granularity, PartialDate
from dateline.timeline.records import SourceSummary, Timeline, TimelineEntry

FORMATS = ("md", "json", "csv", "timelinejs", "tilse")
# Said of an entry whose every dated source was published before its date (see TimelineEntry).
AHEAD_NOTE = "announced ahead: every source predates it"


def entry_date(entry: TimelineEntry) -> PartialDate:
    day = entry.date
    if entry.granularity is Granularity.YEAR:
        return PartialDate(day.year)
    if entry.granularity is Granularity.MONTH:
        return PartialDate(day.year, day.month)
    return PartialDate(day.year, day.month, day.day)


def _copies(timeline: Timeline, article_id: str) -> list[SourceSummary]:
    return timeline.sources.get(article_id, [])


def _escape_markdown(text: str) -> str:
    """Article text is untrusted: no HTML, no link or emphasis syntax survives, and no line
    break (after one, "---" or "- …" would make a heading or an entry of their own)."""
    escaped = html.escape(" ".join(text.split()), quote=False)
    for mark in ("\\", "`", "*", "_", "[", "]", "#", "|"):
        escaped = escaped.replace(mark, "\\" + mark)
    return escaped


def _left_out_note(count: int) -> str:
    return (
        f"{count} more matching stories were left out: only the best-matching ones are read. "
        "Narrow the query or the date range to include them."
    )


def to_markdown(timeline: Timeline) -> str:
    lines = [f"# Timeline: {_escape_markdown(timeline.query or 'all articles')}", ""]
    if timeline.stories_left_out:
        lines += [f"_{_left_out_note(timeline.stories_left_out)}_", ""]
    if not timeline.entries:
        lines.append("_No dated events found._")
    for entry in timeline.entries:
        ahead = f" ({AHEAD_NOTE})" if entry.announced_ahead else ""
        lines += [f"## {entry_date(entry).iso()}{ahead}", ""]
        if entry.summary:
            lines += [_escape_markdown(entry.summary), ""]
        for sentence in entry.sentences:
            lines.append(f"- {_escape_markdown(sentence.text)}")
        sources = _entry_sources(timeline, entry)
        if sources:
            lines += [
                "",
                "Sources: "
                + "; ".join(
                    f"{_escape_markdown(s.title)} ({_escape_markdown(s.publisher or Path(s.file_path).name)}"
                    f"{', ' + s.published if s.published else ''})"
                    for s in sources
                ),
            ]
        lines.append("")
    return "\n".join(lines)


def _entry_sources(timeline: Timeline, entry: TimelineEntry) -> list[SourceSummary]:
    """Copies of the articles the entry's sentences come from, each once."""
    seen, sources = set(), []
    for sentence in entry.sentences:
        for copy in _copies(timeline, sentence.article_id):
            key = (copy.article_id, copy.file_path, copy.url)
            if key not in seen:
                seen.add(key)
                sources.append(copy)
    return sources


def to_dict(timeline: Timeline) -> dict[str, Any]:
    return {
        "query": timeline.query,
        "from": timeline.start.isoformat() if timeline.start else None,
        "to": timeline.end.isoformat() if timeline.end else None,
        "stories_left_out": timeline.stories_left_out,
        "entries": [
            {
                "date": entry_date(entry).iso(),
                "granularity": entry.granularity.value,
                "salience": entry.salience,
                "announced_ahead": entry.announced_ahead,
                "summary": entry.summary,
                "sentences": [
                    {
                        "text": s.text,
                        "article_id": s.article_id,
                        "start": s.start,
                        "end": s.end,
                        "score": s.score,
                    }
                    for s in entry.sentences
                ],
                "articles": entry.articles,
                "sources": [asdict(copy) for copy in _entry_sources(timeline, entry)],
            }
            for entry in timeline.entries
        ],
    }


def to_json(timeline: Timeline) -> str:
    return json.dumps(to_dict(timeline), ensure_ascii=False, indent=1)


def to_csv(timeline: Timeline) -> str:
    """One row per sentence, with the article it came from and its canonical source."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(
        [
            "date",
            "granularity",
            "sentence",
            "article_id",
            "start",
            "end",
            "title",
            "publisher",
            "published",
            "url",
            "file",
            "announced_ahead",
        ]
    )
    for entry in timeline.entries:
        for sentence in entry.sentences:
            copies = _copies(timeline, sentence.article_id)
            own = next((c for c in copies if c.article_id == sentence.article_id), None)
            row = [
                entry_date(entry).iso(),
                entry.granularity.value,
                sentence.text,
                sentence.article_id,
                sentence.start,
                sentence.end,
                own.title if own else "",
                own.publisher if own else "",
                own.published if own else "",
                own.url if own else "",
                own.file_path if own else "",
                entry.announced_ahead,
            ]
            writer.writerow([spreadsheet_safe(cell) for cell in row])
    return out.getvalue()


def to_timelinejs(timeline: Timeline) -> dict[str, Any]:
    """TimelineJS JSON: start_date at the entry's granularity, text escaped (TimelineJS renders HTML)."""
    events = []
    for number, entry in enumerate(timeline.entries, start=1):
        value = entry_date(entry)
        start_date = {"year": str(value.year)}
        if value.month is not None:
            start_date["month"] = str(value.month)
        if value.day is not None:
            start_date["day"] = str(value.day)
        first = entry.summary or (entry.sentences[0].text if entry.sentences else "")
        headline = first if len(first) <= 90 else first[:89] + "…"
        body = f"<p><em>{AHEAD_NOTE.capitalize()}.</em></p>" if entry.announced_ahead else ""
        body += "".join(f"<p>{html.escape(s.text)}</p>" for s in entry.sentences)
        sources = _entry_sources(timeline, entry)
        if sources:
            body += "<p><small>" + html.escape("; ".join(s.title for s in sources)) + "</small></p>"
        events.append(
            {
                "start_date": start_date,
                "text": {"headline": html.escape(headline), "text": body},
                "group": str(value.year),
                "unique_id": f"entry-{number}-{value.iso()}",
            }
        )
    return {
        "title": {"text": {"headline": html.escape(timeline.query or "Timeline"), "text": ""}},
        "events": events,
    }


def to_tilse(timeline: Timeline) -> str:
    """The plain format of the tilse toolkit: a date line, its sentences, a dashed line."""
    blocks = []
    for entry in timeline.entries:
        sentences = "\n".join((s.eval_text or s.text).replace("\n", " ") for s in entry.sentences)
        blocks.append(f"{entry.date.isoformat()}\n{sentences}\n" + "-" * 32)
    return "\n".join(blocks) + ("\n" if blocks else "")


def render(timeline: Timeline, output_format: str) -> str:
    if output_format == "md":
        return to_markdown(timeline)
    if output_format == "json":
        return to_json(timeline)
    if output_format == "csv":
        return to_csv(timeline)
    if output_format == "timelinejs":
        return json.dumps(to_timelinejs(timeline), ensure_ascii=False, indent=1)
    if output_format == "tilse":
        return to_tilse(timeline)
    raise ValueError(f"unknown timeline format {output_format!r}; choose from {', '.join(FORMATS)}")
