"""`import dateline`: the Python face of the package, and what importing it costs."""

from __future__ import annotations

import datetime
import subprocess
import sys
from importlib import import_module, resources
from pathlib import Path

import pytest

import dateline


def test_the_readme_example_builds_a_timeline_of_the_shipped_sample(tmp_path: Path) -> None:
    with (
        resources.as_file(resources.files("dateline") / "sample") as sample,
        dateline.open_store(tmp_path / "port.db") as store,
    ):
        report = dateline.ingest_paths([str(sample)], store)
        timeline = dateline.timeline_for_query(store, "strike")
    assert report.articles_stored > 0 and timeline.entries
    markdown = dateline.render(timeline, "md")
    assert markdown.startswith("# Timeline: strike")
    found = dateline.tag("The talks ended on Monday.", reference=datetime.date(2020, 11, 24))
    assert [(t.text, t.value) for t in found] == [("Monday", "2020-11-23")]


def test_every_public_name_is_the_object_of_its_home_module() -> None:
    for name in dateline.__all__:
        home = import_module(dateline._HOMES[name])
        assert getattr(dateline, name) is getattr(home, name)
    assert set(dateline.__all__) <= set(dir(dateline))


def test_an_unknown_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="has no attribute 'build_timelines'"):
        _ = dateline.build_timelines


def test_the_command_line_loads_without_the_ingest_and_web_stacks() -> None:
    """Commands that read the store or tag a text start in half the time: the HTML extractor
    and FastAPI load only for ingest and serve."""
    heavy = ["trafilatura", "lxml", "fastapi", "uvicorn", "dateline.ingest"]
    code = f"import sys, dateline.cli; print([m for m in {heavy!r} if m in sys.modules])"
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert loaded.returncode == 0, loaded.stderr
    assert loaded.stdout.strip() == "[]"
