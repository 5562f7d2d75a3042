"""Stored articles as CSV: one row each, hostile text defused for spreadsheets."""

from __future__ import annotations

import csv
import io

from dateline.io.exports import write_articles_csv
from dateline.store.queries import ArticleRecord


def test_article_csv_cells_never_run_as_formulas() -> None:
    article = ArticleRecord(
        "a1", "=cmd|' /C calc'!A0", "@SUM(A1) is not a sum.", "2021-03-04", "day",
        "metadata", 1.0, "s1", True, False,
    )  # fmt: skip
    out = io.StringIO()
    assert write_articles_csv([article], out) == 1
    [row] = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert row["title"] == "'=cmd|' /C calc'!A0" and row["text"] == "'@SUM(A1) is not a sum."
    assert row["published"] == "2021-03-04" and row["id"] == "a1"
