"""dateline: a pile of news articles in, a clean, deduplicated, dated, sourced timeline out.

import dateline
with dateline.open_store("libya.db") as store:
    dateline.ingest_paths(["articles/"], store)
    timeline = dateline.timeline_for_query(store, "Khalifa Haftar", "2016", "2020")
    print(dateline.render(timeline, "md"))
dateline.tag("The talks ended on Monday.", reference=datetime.date(2020, 11, 24))
"""

from dateline.ingest import IngestReport, ingest_paths
from dateline.io.timeline_exports import render
from dateline.store import Store, open_store
from dateline.time.pubdate import infer_publication_date
from dateline.time.tagger import tag
from dateline.timeline.engine import build_timeline
from dateline.timeline.rewrite import EntryRewriter, rewrite_entries
from dateline.timeline.service import timeline_for_query

__all__ = [
    "EntryRewriter",
    "IngestReport",
    "Store",
    "build_timeline",
    "infer_publication_date",
    "ingest_paths",
    "open_store",
    "render",
    "rewrite_entries",
    "tag",
    "timeline_for_query",
]
