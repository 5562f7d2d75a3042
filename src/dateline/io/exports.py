"""Write stored articles as JSON Lines or CSV."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from typing import TextIO

from dateline.io.cells import spreadsheet_safe
from dateline.store.queries import ArticleRecord

ARTICLE_CSV_FIELDS = (
    "id",
    "title",
    "published",
    "published_granularity",
    "published_method",
    "published_confidence",
    "story",
    "is_canonical",
    "truncated",
    "sources",
    "text",
)


def write_articles_jsonl(articles: Iterable[ArticleRecord], out: TextIO) -> int:
    count = 0
    for article in articles:
        out.write(json.dumps(article.to_dict(), ensure_ascii=False) + "\n")
        count += 1
    return count


def write_articles_csv(articles: Iterable[ArticleRecord], out: TextIO) -> int:
    writer = csv.DictWriter(out, fieldnames=ARTICLE_CSV_FIELDS)
    writer.writeheader()
    count = 0
    for article in articles:
        row = article.to_dict()
        row["sources"] = json.dumps(row["sources"], ensure_ascii=False)
        writer.writerow({name: spreadsheet_safe(row[name]) for name in ARTICLE_CSV_FIELDS})
        count += 1
    return count
