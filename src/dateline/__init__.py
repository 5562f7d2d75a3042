"""dateline: a pile of news articles in, a clean, deduplicated, dated, sourced timeline out.

import dateline
with dateline.open_store("libya.db") as store:
    dateline.ingest_paths(["articles/"], store)
    timeline = dateline.timeline_for_query(store, "Khalifa Haftar", "2016", "2020")
    print(dateline.render(timeline, "md"))
dateline.tag("The talks ended on Monday.", reference=datetime.date(2020, 11, 24))
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # what type checkers see; at run time __getattr__ imports on first use
    from dateline.ingest import IngestReport as IngestReport
    from dateline.ingest import ingest_paths as ingest_paths
    from dateline.io.timeline_exports import render as render
    from dateline.store import Store as Store
    from dateline.store import open_store as open_store
    from dateline.time.pubdate import infer_publication_date as infer_publication_date
    from dateline.time.tagger import tag as tag
    from dateline.timeline.engine import build_timeline as build_timeline
    from dateline.timeline.rewrite import EntryRewriter as EntryRewriter
    from dateline.timeline.rewrite import rewrite_entries as rewrite_entries
    from dateline.timeline.service import timeline_for_query as timeline_for_query

# Each name is imported on first use (PEP 562): a command that only reads the store does not
# pay for the HTML extractor and the web stack, and `import dateline.time.tagger` stays light.
_HOMES = {
    "EntryRewriter": "dateline.timeline.rewrite",
    "IngestReport": "dateline.ingest",
    "Store": "dateline.store",
    "build_timeline": "dateline.timeline.engine",
    "infer_publication_date": "dateline.time.pubdate",
    "ingest_paths": "dateline.ingest",
    "open_store": "dateline.store",
    "render": "dateline.io.timeline_exports",
    "rewrite_entries": "dateline.timeline.rewrite",
    "tag": "dateline.time.tagger",
    "timeline_for_query": "dateline.timeline.service",
}
__all__ = sorted(_HOMES)


def __getattr__(name: str) -> Any:
    if name not in _HOMES:
        raise AttributeError(f"module 'dateline' has no attribute {name!r}")
    value = getattr(import_module(_HOMES[name]), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
