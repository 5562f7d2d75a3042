"""Shared fixtures: paths to ../shared, a fresh store, and hostile input files."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from dateline.store import Store, open_store

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"


def dateline_command(*arguments: str | Path) -> list[str]:
    """The command line that runs `dateline` with these arguments in a fresh interpreter."""
    return [sys.executable, "-m", "dateline.cli", *map(str, arguments)]


def shared_path(*parts: str) -> Path:
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is missing: these tests read ../shared beside the repository")
    return path


@pytest.fixture
def seeds_dir() -> Path:
    return shared_path("seeds")


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with open_store(tmp_path / "test.db") as opened:
        yield opened
