"""Rich rendering of run reports for the command line."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from rich.console import Console
from rich.markup import escape
from rich.table import Table

if TYPE_CHECKING:
    from dateline.ingest import IngestReport


MAX_PROBLEM_LINES = 50


def print_problems(report: IngestReport, console: Console) -> None:
    """One line per file or record that could not be used, naming it and the reason."""
    for problem in report.problems[:MAX_PROBLEM_LINES]:
        marker = "[red]✗[/red]" if problem.fatal else "[yellow]![/yellow]"
        # File names, record ids and reasons come from the input: shown as written, never as markup.
        line = escape(problem.line())
        console.print(f"{marker} {line}", markup=True, highlight=False, soft_wrap=True)
    hidden = len(report.problems) - MAX_PROBLEM_LINES
    if hidden > 0:
        console.print(f"… and {hidden} more problems")


def ingest_table(report: IngestReport) -> Table:
    table = Table(title="Ingest summary", show_header=True, header_style="bold")
    table.add_column("what")
    table.add_column("count", justify="right")
    rows: list[tuple[str, int]] = [
        ("files found", report.files_found),
        *_by_kind("files of other types skipped", report.files_skipped),
        ("files read", report.files_read),
        ("files unchanged since last run (skipped)", report.files_unchanged),
        ("documents read", report.documents_read),
        ("documents already in the store", report.documents_already_stored),
        ("articles stored (distinct texts)", report.articles_stored),
        ("sources added (copies)", report.sources_added),
        ("exact duplicates merged", report.exact_duplicates),
        ("near duplicates / excerpts merged", report.near_duplicates),
        ("articles split from multi-article pages", report.articles_split),
        ("boilerplate lines removed", report.boilerplate_lines_removed),
        ("flagged as truncated (paywall)", report.truncated_flagged),
    ]
    rows += [(f"dated by {method}", count) for method, count in sorted(report.dated_by.items())]
    rows += [("undated (left to the time stage)", report.undated)]
    rows += _by_kind("failures", report.failures)
    for label, count in rows:
        table.add_row(escape(label), str(count))
    return table


def _by_kind(label: str, counts: Counter[str]) -> list[tuple[str, int]]:
    """A total row, then one indented row per kind, most frequent first."""
    return [(label, counts.total())] + [(f"  {kind}", n) for kind, n in counts.most_common()]


def fields_table(report: IngestReport) -> Table | None:
    """Which fields of each JSON dump were read as text, title, date, …"""
    dumps = {path: used for path, used in report.fields_used.items() if "text" in used}
    if not dumps:
        return None
    table = Table(title="Fields used", header_style="bold")
    table.add_column("file")
    table.add_column("fields (ours ← theirs)")
    for path, used in dumps.items():
        fields = ", ".join(f"{ours}←{theirs}" for ours, theirs in used.items())
        table.add_row(escape(path), escape(fields))
    return table
