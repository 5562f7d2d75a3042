"""Timeline exports: TimelineJS JSON against its schema, Markdown escaping, CSV rows, tilse text."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import replace
from datetime import date

import jsonschema

from dateline.io.timeline_exports import render, to_timelinejs
from dateline.records import Granularity
from dateline.timeline.records import SourceSummary, Timeline, TimelineEntry, TimelineSentence

# The TimelineJS JSON format (Knight Lab docs, "JSON format"): a date object needs a year;
# month, day and the time parts are optional, given as numbers or digit strings.
DATE_PART = {"anyOf": [{"type": "integer"}, {"type": "string", "pattern": "^-?[0-9]+$"}]}
TIMELINEJS_SCHEMA = {
    "type": "object",
    "required": ["events"],
    "properties": {
        "title": {"$ref": "#/definitions/slide"},
        "events": {
            "type": "array",
            "items": {
                "allOf": [
                    {"$ref": "#/definitions/slide"},
                    {"type": "object", "required": ["start_date"]},
                ]
            },
        },
    },
    "definitions": {
        "date": {
            "type": "object",
            "required": ["year"],
            "additionalProperties": False,
            "properties": {
                name: DATE_PART
                for name in ("year", "month", "day", "hour", "minute", "second", "millisecond")
            }
            | {"display_date": {"type": "string"}, "format": {"type": "string"}},
        },
        "slide": {
            "type": "object",
            "properties": {
                "start_date": {"$ref": "#/definitions/date"},
                "end_date": {"$ref": "#/definitions/date"},
                "text": {
                    "type": "object",
                    "properties": {"headline": {"type": "string"}, "text": {"type": "string"}},
                },
                "group": {"type": "string"},
                "unique_id": {"type": "string"},
                "display_date": {"type": "string"},
                "background": {"type": "object"},
                "media": {"type": "object"},
                "autolink": {"type": "boolean"},
            },
        },
    },
}


def _timeline() -> Timeline:
    def entry(day: date, granularity: Granularity, text: str) -> TimelineEntry:
        return TimelineEntry(
            day, [TimelineSentence(text, "a1", 0, len(text), text)], ["a1"], 1.0, granularity
        )

    return Timeline(
        "Haftar <b>",
        [
            entry(date(2011, 1, 1), Granularity.YEAR, "An uprising began in 2011."),
            entry(date(2020, 1, 1), Granularity.MONTH, "Cadets were killed in January 2020."),
            entry(
                date(2020, 11, 23),
                Granularity.DAY,
                "The GNA said <script>alert(1)</script> on *Monday*.",
            ),
            replace(
                entry(date(2020, 12, 1), Granularity.DAY, '=HYPERLINK("http://x.example")'),
                announced_ahead=True,
            ),
        ],
        sources={
            "a1": [
                SourceSummary(
                    "a1", "Title [x](javascript:y)", "2020-11-24", "Pub", None, "f.txt", True
                )
            ]
        },
    )


def test_timelinejs_matches_the_schema_at_each_granularity() -> None:
    document = to_timelinejs(_timeline())
    jsonschema.validate(document, TIMELINEJS_SCHEMA)
    dates = [event["start_date"] for event in document["events"]]
    assert dates == [
        {"year": "2011"},
        {"year": "2020", "month": "1"},
        {"year": "2020", "month": "11", "day": "23"},
        {"year": "2020", "month": "12", "day": "1"},
    ]
    assert len({event["unique_id"] for event in document["events"]}) == 4
    texts = [event["text"]["text"] for event in document["events"]]
    assert [text.startswith("<p><em>Announced ahead") for text in texts] == [False] * 3 + [True]
    assert (
        "<script>" not in json.dumps(document)
        and "&lt;script&gt;" in document["events"][2]["text"]["text"]
    )


def test_markdown_escapes_untrusted_text() -> None:
    markdown = render(_timeline(), "md")
    assert "## 2011\n" in markdown and "## 2020-01\n" in markdown and "## 2020-11-23\n" in markdown
    assert "<script>" not in markdown and "&lt;script&gt;" in markdown
    assert "\\*Monday\\*" in markdown and "\\[x\\](javascript:y)" in markdown
    assert "## 2020-12-01 (announced ahead: every source predates it)\n" in markdown


def test_markdown_keeps_untrusted_line_breaks_from_making_headings_or_entries() -> None:
    hostile = "Talks ended.\n===\n- 2020-12-02: a fake entry\n\n## Fake date"
    timeline = _timeline()
    timeline.entries[2].sentences[0].text = hostile
    timeline.sources["a1"][0].publisher = "Pub\n---"
    lines = render(timeline, "md").splitlines()
    assert "- Talks ended. === - 2020-12-02: a fake entry \\#\\# Fake date" in lines
    assert not any(line in ("===", "---") or line.startswith("- 2020-12-02") for line in lines)
    assert sum(line.startswith("## ") for line in lines) == len(timeline.entries)


def test_csv_has_one_row_per_sentence_with_its_source() -> None:
    rows = list(csv.DictReader(io.StringIO(render(_timeline(), "csv"))))
    assert [row["date"] for row in rows] == ["2011", "2020-01", "2020-11-23", "2020-12-01"]
    assert [row["announced_ahead"] for row in rows] == ["False", "False", "False", "True"]
    assert rows[3]["sentence"] == '\'=HYPERLINK("http://x.example")'  # no formula runs
    assert rows[0]["publisher"] == "Pub" and rows[0]["file"] == "f.txt"


def test_tilse_text_format() -> None:
    text = render(_timeline(), "tilse")
    assert text.splitlines()[:3] == ["2011-01-01", "An uprising began in 2011.", "-" * 32]


def test_json_has_everything() -> None:
    data = json.loads(render(_timeline(), "json"))
    entry = data["entries"][2]
    assert entry["granularity"] == "day" and entry["sources"][0]["file_path"] == "f.txt"
    assert entry["sentences"][0]["article_id"] == "a1"
    assert [e["announced_ahead"] for e in data["entries"]] == [False, False, False, True]


def test_stories_left_out_by_the_cap_are_told_in_markdown_and_json() -> None:
    timeline = _timeline()
    assert "left out" not in render(timeline, "md")
    assert json.loads(render(timeline, "json"))["stories_left_out"] == 0
    timeline.stories_left_out = 169
    assert "_169 more matching stories were left out" in render(timeline, "md")
    assert json.loads(render(timeline, "json"))["stories_left_out"] == 169
