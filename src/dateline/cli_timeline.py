"""The `timeline` and `bench tls` commands."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import click
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from dateline.cli_options import db_option, format_option
from dateline.cli_store import open_existing
from dateline.io.timeline_exports import FORMATS, render
from dateline.time.period import first_day, last_day
from dateline.timeline.benchmark import BenchTimes, DatasetError, TaskResult, run_benchmark
from dateline.timeline.evaluation import TilseMissing, mean_f1
from dateline.timeline.service import check_date_range, check_query, timeline_for_query

console = Console()


def _bound(
    read: Callable[[str], date],
) -> Callable[[click.Context, click.Parameter, str | None], date | None]:
    """A click callback reading a --from or --to period with `read` (first or last day)."""

    def callback(
        _context: click.Context, _parameter: click.Parameter, value: str | None
    ) -> date | None:
        if value is None:
            return None
        try:
            return read(value)
        except ValueError as error:
            raise click.BadParameter(str(error)) from error

    return callback


@click.command()
@click.argument("query", default="")
@db_option
@click.option(
    "--from",
    "start",
    callback=_bound(first_day),
    help="Start: a day or the first day of a period (2016-01-01, 2016-03, 2016, 'March 2016').",
)
@click.option(
    "--to",
    "end",
    callback=_bound(last_day),
    help="End: a day or the last day of a period (2020-12-31, 2020-06, 2020, 'June 2020').",
)
@click.option(
    "--dates",
    "n_dates",
    type=click.IntRange(1, 500),
    default=None,
    help="Number of dates (chosen from the evidence when left out).",
)
@click.option(
    "--sentences",
    "n_sentences",
    type=click.IntRange(1, 20),
    default=2,
    show_default=True,
    help="Sentences per date, at most.",
)
@format_option(FORMATS)
def timeline(
    query: str,
    db_path: str,
    start: date | None,
    end: date | None,
    n_dates: int | None,
    n_sentences: int,
    output_format: str,
) -> None:
    """Build a timeline of the stored articles that match QUERY.

    \b
    dateline timeline "Khalifa Haftar" --from 2016 --to 2020
    dateline timeline "Libya war" --from "February 2011" --to 2011-10
    dateline timeline "Libya" --dates 15 --format json > libya.json
    dateline timeline "Haftar" --format timelinejs > haftar-timelinejs.json

    Each date gets sentences that say what happened that day, with the articles
    (and all their duplicates) that support it.
    """
    try:
        check_date_range(start, end)
    except ValueError as error:
        raise click.UsageError(f"--from/--to: {error}") from error
    try:
        check_query(query)
    except ValueError as error:
        raise click.UsageError(f"QUERY: {error}") from error
    with open_existing(db_path) as store:
        built = timeline_for_query(store, query, start, end, n_dates, n_sentences)
    click.echo(render(built, output_format))


_ROUGE_NAMES = {"reimpl": "tilse's pure-Python ROUGE", "original": "Perl ROUGE-1.5.5"}


def tls_tables(
    results: list[TaskResult], times: BenchTimes, rouge: str = "reimpl"
) -> tuple[Table, Table]:
    tasks = Table(
        title=f"Timeline summarization, per task (tilse, align+ m:1, {_ROUGE_NAMES[rouge]})"
    )
    for column in ("topic", "timeline", "AR-1 F", "AR-2 F", "Date F1", "seconds"):
        tasks.add_column(column, justify="right" if column[0] in "ADs" else "left")
    for result in results:
        scores = result.scores
        tasks.add_row(
            escape(result.topic),
            escape(result.timeline),
            f"{scores.rouge_1[2]:.4f}",
            f"{scores.rouge_2[2]:.4f}",
            f"{scores.dates[2]:.4f}",
            f"{result.seconds:.1f}",
        )
    overall = Table(title="Overall (mean P and mean R over tasks, then F1: the news-tls way)")
    for column in ("metric", "P", "R", "F1"):
        overall.add_column(column, justify="right" if column != "metric" else "left")
    all_scores = [r.scores for r in results]
    for label, metric in (("AR-1", "rouge_1"), ("AR-2", "rouge_2"), ("Date", "dates")):
        precision, recall, f1 = mean_f1(all_scores, metric)
        overall.add_row(label, f"{precision:.4f}", f"{recall:.4f}", f"{f1:.4f}")
    summed = f" (sum over {times.jobs} processes)" if times.jobs > 1 else ""
    overall.add_row(f"time: load + date{summed}", "", "", f"{times.load_and_date:.1f} s")
    overall.add_row(f"time: build timelines{summed}", "", "", f"{times.build:.1f} s")
    overall.add_row(f"time: scoring (tilse){summed}", "", "", f"{times.score:.1f} s")
    overall.add_row("time: wall", "", "", f"{times.wall:.1f} s")
    return tasks, overall


@click.command(name="tls")
@click.argument("dataset", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option(
    "--out",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Write each predicted timeline to OUT/<topic>/timelines/<name>.json.",
)
@click.option("--topics", default="", help="Comma-separated topic folders (default: all).")
@click.option(
    "--rouge",
    type=click.Choice(["reimpl", "original"]),
    default="reimpl",
    show_default=True,
    help="tilse's pure-Python ROUGE, or the Perl ROUGE-1.5.5 of published numbers.",
)
@click.option(
    "--jobs",
    type=click.IntRange(min=1),
    default=None,
    help="Topics run in this many processes at once (default: one per CPU core).",
)
def bench_tls(dataset: Path, out: Path | None, topics: str, rouge: str, jobs: int | None) -> None:
    """Run the standard TLS protocol on a Timeline17-style folder and score it with tilse.

    One task per gold timeline; input restricted to the gold date range; l = gold dates,
    k = round(mean sentences per gold date). Nothing else is read from the gold.
    """
    try:
        results, times = run_benchmark(
            dataset, out, [t for t in topics.split(",") if t] or None, rouge, jobs=jobs
        )
    except (TilseMissing, DatasetError) as error:
        raise click.ClickException(str(error)) from error
    if not results:
        raise click.ClickException(
            f"{dataset}: no topic folder with articles.jsonl.gz and timelines/"
        )
    for table in tls_tables(results, times, rouge):
        console.print(table)
