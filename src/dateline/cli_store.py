"""The store as the commands open it: a missing or foreign file ends the command with its reason."""

from __future__ import annotations

from pathlib import Path

import click

from dateline.store import Store, open_store
from dateline.store.store import StoreError


def open_for_command(db_path: str) -> Store:
    """The store, created if missing; a file that is no dateline store is a clear error."""
    try:
        return open_store(db_path)
    except StoreError as error:
        raise click.ClickException(str(error)) from error


def open_existing(db_path: str) -> Store:
    """The store a reading command needs: it must exist (opening would create an empty one)."""
    if not Path(db_path).exists():
        raise click.ClickException(f"{db_path}: no such store; run `dateline ingest` first")
    return open_for_command(db_path)
