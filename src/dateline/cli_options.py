"""Options that several commands share, declared once."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import click

DEFAULT_DB = "dateline.db"

db_option = click.option(
    "--db",
    "db_path",
    default=DEFAULT_DB,
    show_default=True,
    type=click.Path(dir_okay=False),
    help="The SQLite store file (ingest creates it).",
)


def format_option(choices: Sequence[str], help: str | None = None) -> Callable[..., Any]:
    """--format: one of `choices`, the first by default."""
    return click.option(
        "--format",
        "output_format",
        type=click.Choice(list(choices)),
        default=choices[0],
        show_default=True,
        help=help,
    )
