"""The command line on real stores: ingest, articles (jsonl, csv), demo."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from dateline import cli_time
from dateline.cli import main
from dateline.settings import IngestSettings, Settings

REQUIRED = {
    "id",
    "title",
    "text",
    "published",
    "published_method",
    "story",
    "sources",
    "is_canonical",
}


def test_ingest_then_articles_as_jsonl_and_csv(tmp_path: Path, seeds_dir: Path) -> None:
    runner = CliRunner()
    db = str(tmp_path / "s.db")
    result = runner.invoke(main, ["ingest", str(seeds_dir), "--db", db])
    assert result.exit_code == 0, result.output
    assert "Ingest summary" in result.output and "articles split" in result.output
    lines = runner.invoke(main, ["articles", "--db", db]).output.splitlines()
    records = [json.loads(line) for line in lines]
    assert len(records) == 6 and set(records[0]) >= REQUIRED
    assert all(source["file_path"] for record in records for source in record["sources"])
    table = list(
        csv.DictReader(
            io.StringIO(runner.invoke(main, ["articles", "--db", db, "--format", "csv"]).output)
        )
    )
    assert [row["id"] for row in table] == [record["id"] for record in records]


def test_articles_on_a_missing_store_says_so(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["articles", "--db", str(tmp_path / "none.db")])
    assert result.exit_code != 0 and "no such store" in result.output


def test_ingest_reports_bad_files_and_goes_on(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "ok.txt").write_text(
        "The council met on Tuesday and agreed the budget for next year after a debate. " * 3
    )
    result = CliRunner().invoke(main, ["ingest", str(tmp_path), "--db", str(tmp_path / "s.db")])
    assert result.exit_code == 0
    assert f"{tmp_path / 'empty.txt'}: empty file" in result.output
    assert "articles stored (distinct texts)" in result.output


def test_ingest_counts_the_files_of_other_types_it_skips(tmp_path: Path) -> None:
    folder = tmp_path / "mirror"
    (folder / "img").mkdir(parents=True)
    (folder / "story.txt").write_text(
        "The council met on Tuesday and agreed the budget for next year after a debate. " * 3
    )
    for name in ("img/a.png", "img/b.png", "site.css"):
        (folder / name).write_bytes(b"\x89PNG")
    result = CliRunner().invoke(main, ["ingest", str(folder), "--db", str(tmp_path / "s.db")])
    assert result.exit_code == 0, result.output
    rows = [line.strip("│┃ ").split("│") for line in result.output.splitlines()]
    counts = {cells[0].strip(): cells[-1].strip() for cells in rows if len(cells) == 2}
    assert counts["files found"] == "1"
    assert counts["files of other types skipped"] == "3"
    assert (counts[".png"], counts[".css"]) == ("2", "1")


def test_demo_ingests_the_shipped_sample(tmp_path: Path) -> None:
    db = tmp_path / "demo.db"
    result = CliRunner().invoke(main, ["demo", "--keep", str(db)])
    assert result.exit_code == 0, result.output
    records = [
        json.loads(line)
        for line in CliRunner().invoke(main, ["articles", "--db", str(db)]).output.splitlines()
    ]
    stories = {record["story"] for record in records}
    assert len(records) >= 14 and len(stories) < len(records)  # duplicates merged
    assert any(len(record["sources"]) >= 3 for record in records)
    assert "failures                                 │     0" in result.output


def test_timeline_refuses_a_range_that_ends_before_it_starts(
    tmp_path: Path, seeds_dir: Path
) -> None:
    runner = CliRunner()
    db = str(tmp_path / "s.db")
    runner.invoke(main, ["ingest", str(seeds_dir), "--db", db])
    result = runner.invoke(
        main, ["timeline", "Haftar", "--db", db, "--from", "2021-01-01", "--to", "2020-01-01"]
    )
    assert result.exit_code == 2
    assert (
        "--from/--to: the date range ends (2020-01-01) before it starts (2021-01-01)"
        in result.output
    )


def test_timeline_refuses_a_query_with_no_word(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["timeline", "(((", "--db", str(tmp_path / "s.db")])
    assert result.exit_code == 2
    assert "QUERY: '(((' has no word to search for" in result.output


def test_timeline_range_bounds_may_be_periods(tmp_path: Path, seeds_dir: Path) -> None:
    runner = CliRunner()
    db = str(tmp_path / "s.db")
    runner.invoke(main, ["ingest", str(seeds_dir), "--db", db])
    command = ["timeline", "Haftar", "--db", db, "--format", "json", "--dates", "20"]
    whole_year = runner.invoke(main, [*command, "--from", "2016", "--to", "2016"])
    assert whole_year.exit_code == 0, whole_year.output
    days = [entry["date"] for entry in json.loads(whole_year.output)["entries"]]
    assert "2016-07-02" in days and all(day.startswith("2016") for day in days)
    one_month = runner.invoke(main, [*command, "--from", "July 2016", "--to", "2016-07"])
    assert [e["date"] for e in json.loads(one_month.output)["entries"]] == [
        "2016-07-01",
        "2016-07-02",
    ]
    wrong = runner.invoke(main, [*command, "--to", "2016-02-30"])
    assert wrong.exit_code == 2
    assert "Invalid value for '--to': '2016-02-30' is no day of the calendar" in wrong.output


def test_timex_tsv_has_a_header_and_one_line_per_expression() -> None:
    text = "The talks ended on Monday\nmorning; a deal came two days later."
    result = CliRunner().invoke(main, ["timex", "--dct", "2020-11-24", "--format", "tsv"], text)
    assert result.exit_code == 0, result.output
    header, *rows = [line.split("\t") for line in result.output.splitlines()]
    assert header == [
        "start", "end", "type", "value", "point", "mod", "granularity", "anchor", "text"
    ]  # fmt: skip
    assert [row[2:4] + row[-1:] for row in rows] == [
        ["TIME", "2020-11-23TMO", "Monday morning"],
        ["DURATION", "P2D", "two days"],
    ]
    assert rows[1][4] == "2020-11-25" and rows[0][6:8] == ["day", "reference"]


@pytest.mark.parametrize(
    ("content", "reason"),
    [(b"\x7fELF\x02\x01\x00\x00" * 100, "binary data, not text"), (b"", "empty file")],
)
def test_timex_refuses_binary_or_empty_input_naming_the_file(
    tmp_path: Path, content: bytes, reason: str
) -> None:
    source = tmp_path / "dump.bin"
    source.write_bytes(content)
    result = CliRunner().invoke(main, ["timex", str(source)])
    assert result.exit_code == 1
    assert f"{source}: {reason}" in result.output


def test_timex_refuses_input_past_the_page_limit_without_reading_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cli_time, "DEFAULT_SETTINGS", Settings(ingest=IngestSettings(100)))
    source = tmp_path / "dump.txt"
    source.write_bytes(b"On Monday the talks ended. " * 4 + b"Fine.")  # 113 bytes
    result = CliRunner().invoke(main, ["timex", str(source)])
    assert result.exit_code == 1
    assert f"{source}: too large to tag at once: over 0 MB" in result.output
    source.write_bytes(source.read_bytes()[:100])  # at the limit it is tagged
    tagged = CliRunner().invoke(main, ["timex", "--format", "tsv", str(source)])
    assert tagged.exit_code == 0, tagged.output
    assert len(tagged.output.splitlines()) == 1 + 4  # the header, then four Mondays


def test_timex_reads_a_legacy_encoding_and_says_so(tmp_path: Path) -> None:
    source = tmp_path / "latin.txt"
    source.write_bytes("Le café a fermé le 3 février; talks ended on Monday.".encode("cp1252"))
    command = ["timex", "--dct", "2020-11-24", "--format", "tsv", str(source)]
    result = CliRunner(mix_stderr=False).invoke(main, command)
    assert result.exit_code == 0, result.output
    assert f"{source}: not valid UTF-8" in result.stderr
    assert result.stdout.splitlines()[1].split("\t")[3] == "2020-11-23"


@pytest.mark.parametrize(
    "command", [["articles"], ["timeline", "Haftar"], ["ingest", "."], ["serve", "--port", "8765"]]
)
def test_a_file_that_is_no_store_ends_the_command_with_its_reason(
    tmp_path: Path, command: list[str]
) -> None:
    foreign = tmp_path / "notes.db"
    foreign.write_text("my notes, not a database")
    result = CliRunner().invoke(main, [*command, "--db", str(foreign)])
    assert f"Error: {foreign}: not a usable dateline store" in result.output
    assert "Traceback" not in result.output and result.exit_code == 1


def test_problem_lines_show_hostile_names_and_content_as_written(tmp_path: Path) -> None:
    # rich reads "[...]" as markup: a tag in a file name vanished, and a stray closing tag
    # from a file's content ended the command with a MarkupError.
    (tmp_path / "[bold]notes.txt").write_bytes(b"")
    (tmp_path / "crawl.warc").write_bytes(b"[/red] junk")
    result = CliRunner().invoke(main, ["ingest", str(tmp_path), "--db", str(tmp_path / "s.db")])
    assert result.exit_code == 0, result.output
    assert f"{tmp_path / '[bold]notes.txt'}: empty file" in result.output
    assert "first line: ['[/red]', 'junk']" in result.output
