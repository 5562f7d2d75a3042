"""The `timex` and `bench timex` commands."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

import click
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from dateline.cli_options import format_option
from dateline.io.decode import decode_bytes, read_at_most
from dateline.io.problems import UnreadableInput
from dateline.settings import DEFAULT_SETTINGS
from dateline.time.evaluation import TimexBenchResult, run_timex_bench
from dateline.time.tagger import tag
from dateline.time.timex import Timex

console = Console()


@click.command()
@click.argument("source", default="-", type=click.File("rb"))
@click.option(
    "--dct",
    type=click.DateTime(["%Y-%m-%d"]),
    default=None,
    help="Reference date (document creation time) for relative expressions.",
)
@format_option(
    ["table", "tsv"],
    "table to read; tsv (a header row, then one expression a line) for scripts and long texts.",
)
def timex(source: BinaryIO, dct: object, output_format: str) -> None:
    """Print the temporal expressions of a text: span, type, value.

    \b
    echo "The talks ended on Monday; a deal came two days later." \\
      | dateline timex --dct 2020-11-24
    """
    text = _text_of(source)
    reference = dct.date() if dct is not None else None  # type: ignore[attr-defined]
    expressions = tag(text, reference)
    if output_format == "tsv":
        sys.stdout.writelines(_tsv_lines(expressions))
        return
    table = Table(
        title=f"{len(expressions)} expressions" + (f" (reference {reference})" if reference else "")
    )
    for column in ("span", "text", "type", "value", "granularity", "anchored to"):
        table.add_column(column)
    for found in expressions:
        granularity = found.granularity.value if found.granularity else ""
        table.add_row(
            f"{found.start}-{found.end}",
            escape(found.text),
            found.type.value,
            found.value + (f" → {found.point}" if found.point else ""),
            granularity,
            found.anchor.value,
        )
    console.print(table)


def _text_of(source: BinaryIO) -> str:
    """The source decoded as ingest decodes a document; binary, empty or oversized input (past
    ingest's page limit, read no further) is an error that names it, and a guessed encoding is
    said on stderr."""
    name = getattr(source, "name", "-")
    name = "standard input" if name in ("-", "<stdin>") else name
    limit = DEFAULT_SETTINGS.ingest.max_document_bytes
    data = read_at_most(source, limit)
    if data is None:
        raise click.ClickException(
            f"{name}: too large to tag at once: over {limit / 1e6:.0f} MB (split it; ingest "
            "streams JSONL and WARC dumps)"
        )
    try:
        decoded = decode_bytes(data)
    except UnreadableInput as error:
        raise click.ClickException(f"{name}: {error}") from error
    if decoded.note:
        click.echo(f"{name}: {decoded.note}", err=True)
    return decoded.text


TSV_COLUMNS = ("start", "end", "type", "value", "point", "mod", "granularity", "anchor", "text")


def _tsv_lines(expressions: list[Timex]) -> Iterator[str]:
    """The header, then one line per expression; the text last, its whitespace one space (an
    expression may span a line break)."""
    yield "\t".join(TSV_COLUMNS) + "\n"
    for found in expressions:
        granularity = found.granularity.value if found.granularity else ""
        cells = (found.start, found.end, found.type.value, found.value, found.point or "")
        cells += (found.mod or "", granularity, found.anchor.value, " ".join(found.text.split()))
        yield "\t".join(str(cell) for cell in cells) + "\n"


def timex_bench_table(result: TimexBenchResult) -> tuple[Table, Table | None]:
    summary = Table(title=f"Temporal tagging of {result.documents} TimeML documents")
    summary.add_column("measure")
    summary.add_column("value", justify="right")
    rows = [
        ("documents", f"{result.documents}"),
        ("files skipped (not TimeML)", f"{len(result.skipped)}"),
        ("identical copies (scored once)", f"{result.copies}"),
        ("sentences", f"{result.sentences}"),
        ("seconds (tag + normalize)", f"{result.seconds:.2f}"),
        ("sentences per second", f"{result.sentences / max(result.seconds, 1e-9):,.0f}"),
    ]
    if result.has_gold:
        rows += [
            ("gold expressions", str(result.scores.gold)),
            ("system expressions", str(result.scores.system)),
        ]
        rows += [(name, f"{value:.1f}") for name, value in result.scores.table().items()]
    for name, value in rows:
        summary.add_row(name, value)
    if not result.has_gold:
        return summary, None
    errors = Table(title="Twenty most frequent error kinds")
    for column in ("count", "kind", "examples"):
        errors.add_column(column)
    for kind, count in result.errors.most_common(20):
        examples = "; ".join(text for text, _ in result.examples[kind].most_common(3))
        errors.add_row(str(count), escape(kind), escape(examples))
    return summary, errors


@click.command(name="timex")
@click.argument("folder", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option(
    "--out",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Write each file again with our TIMEX3 tags in <TEXT>.",
)
def bench_timex(folder: Path, out: Path | None) -> None:
    """Tag TimeML files (TempEval-3 layout); score strict/relaxed/type/value F1 if gold tags exist."""
    result = run_timex_bench(folder, out)
    for problem in result.skipped + result.undated:
        console.print(f"! {escape(problem)}")
    summary, errors = timex_bench_table(result)
    console.print(summary)
    if errors is not None:
        console.print(errors)
