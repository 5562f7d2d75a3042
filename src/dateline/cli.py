"""The `dateline` command line: a thin click layer over the package."""

from __future__ import annotations

import sys
import tempfile
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

import click
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from dateline.cli_options import db_option, format_option
from dateline.cli_report import fields_table, ingest_table, print_problems
from dateline.cli_serve import serve, serve_store
from dateline.cli_store import open_existing, open_for_command
from dateline.cli_time import bench_timex, timex
from dateline.cli_timeline import bench_tls, timeline
from dateline.io.exports import write_articles_csv, write_articles_jsonl
from dateline.io.timeline_exports import render
from dateline.store.queries import iter_articles
from dateline.timeline.service import timeline_for_query

if TYPE_CHECKING:
    from dateline.ingest import IngestReport

console = Console(stderr=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="dateline")
def main() -> None:
    """dateline turns a pile of news articles into a dated, sourced timeline.

    \b
    Typical use:
      dateline demo                             # try it on the shipped sample story
      dateline ingest ~/libya-articles/         # read, clean, deduplicate, date, store
      dateline timeline "Khalifa Haftar"        # key dates, what happened, which articles say so
      dateline serve                            # the same in a browser, and as a JSON API
      dateline articles --format csv > all.csv  # every stored article with its sources
    """


def run_ingest(paths: list[str], db_path: str, quiet: bool = False) -> IngestReport:
    """Ingest with a progress bar, then print problems and the summary table."""
    # Imported here: the HTML extractor and the cleaners are what only ingest needs.
    from dateline.ingest import ingest_paths

    store = open_for_command(db_path)
    with (
        store,
        Progress(
            TextColumn("[bold]ingest"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            TextColumn("{task.description}"),
            console=console,
            disable=quiet,
            transient=True,
        ) as progress,
    ):
        task = progress.add_task("", total=None)

        def advance(path: str, number: int, total: int) -> None:
            name = escape(Path(path).name)  # a file's name, never markup
            progress.update(task, completed=number - 1, total=total, description=name)

        report = ingest_paths(paths, store, progress=advance)
    print_problems(report, console)
    if not quiet:
        console.print(ingest_table(report))
        if (table := fields_table(report)) is not None:
            console.print(table)
    return report


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@db_option
@click.option("--quiet", is_flag=True, help="Print only problems, no progress or summary.")
def ingest(paths: tuple[str, ...], db_path: str, quiet: bool) -> None:
    """Read files and folders of articles into the store.

    \b
    Reads, recursively:
      .txt                     one article, or a page holding several
      .html .htm               main text, title, author, URL, metadata dates
      .json .jsonl(.gz)        one article per object (text/content/body, title,
                               url, date/published/time/dct, source/publisher)
      .warc(.gz)               HTTP responses (HTML or plain text)

    Re-running on the same files adds nothing; new files add only what is new.
    Bad files are reported one per line and counted; the batch goes on.
    """
    run_ingest(list(paths), db_path, quiet)


@main.command()
@db_option
@format_option(["jsonl", "csv"])
@click.option(
    "--output",
    "-o",
    type=click.File("w", encoding="utf-8"),
    default="-",
    help="Write here instead of standard output.",
)
def articles(db_path: str, output_format: str, output: click.utils.LazyFile) -> None:
    """Print every stored article with its story, sources and publication date."""
    with open_existing(db_path) as store:
        writer = write_articles_csv if output_format == "csv" else write_articles_jsonl
        writer(iter_articles(store), output)


@main.command()
@click.option(
    "--keep",
    type=click.Path(dir_okay=False),
    default=None,
    help="Keep the demo store in this file instead of a temporary one.",
)
@click.option(
    "--serve", "serve_ui", is_flag=True, help="Then open the browser UI on the demo store."
)
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535))
def demo(keep: str | None, serve_ui: bool, port: int) -> None:
    """Ingest the shipped sample story (a fictional port strike) and print its timeline.

    The sample is about thirty files of mixed formats written for dateline: duplicates,
    excerpts, site furniture, undated pages, relative dates and a two-article page.
    """
    sample = resources.files("dateline") / "sample"
    with tempfile.TemporaryDirectory(prefix="dateline-demo-") as folder:
        db_path = keep or str(Path(folder) / "demo.db")
        with resources.as_file(sample) as sample_path:
            console.print(f"Sample corpus: {sample_path}")
            run_ingest([str(sample_path)], db_path)
        with open_for_command(db_path) as store:
            built = timeline_for_query(store, "Port Calder strike", n_sentences=1)
        click.echo(render(built, "md"))
        if serve_ui:
            serve_store(db_path, "127.0.0.1", port, None)


@main.group()
def bench() -> None:
    """Run the standard benchmarks (temporal tagging, timeline summarization)."""


main.add_command(timex)
main.add_command(timeline)
main.add_command(serve)
bench.add_command(bench_timex)
bench.add_command(bench_tls)


if __name__ == "__main__":
    sys.exit(main())
