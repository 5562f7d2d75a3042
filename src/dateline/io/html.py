"""HTML pages: main text by trafilatura, dates from metadata only (htmldate)."""

from __future__ import annotations

import logging

import htmldate
import trafilatura

from dateline.io.problems import UnreadableInput
from dateline.records import DateMethod, PublicationDate, RawDocument, SourceRef
from dateline.time.absolute import parse_date_string

# trafilatura and htmldate log every page they cannot parse; the summary reports those.
for _name in ("trafilatura", "htmldate", "courlan"):
    logging.getLogger(_name).setLevel(logging.CRITICAL)


def _metadata_date(html: str, url: str | None) -> PublicationDate | None:
    # extensive_search=False keeps htmldate to markup and metadata: no "Copyright 2024" guesses.
    found = htmldate.find_date(
        html, extensive_search=False, original_date=True, url=url, outputformat="%Y-%m-%d"
    )
    date = parse_date_string(found) if found else None
    if date is None:
        return None
    return PublicationDate(date, DateMethod.METADATA, 0.95, "htmldate metadata")


def extract_html(html: str, source: SourceRef) -> RawDocument:
    """Extract one article from a page; raise UnreadableInput when it has no main text."""
    if "<" not in html:
        raise UnreadableInput("not HTML: no markup found")
    try:
        result = trafilatura.bare_extraction(
            html, url=source.url, include_comments=False, with_metadata=True, favor_precision=True
        )
    except Exception as error:  # trafilatura raises many kinds on malformed markup
        raise UnreadableInput(f"HTML could not be parsed: {type(error).__name__}") from error
    if result is None or not (result.text or "").strip():
        raise UnreadableInput("no main text in HTML (empty body or script-only page)")
    source.url = source.url or result.url
    source.publisher = source.publisher or result.sitename or result.hostname
    try:
        published = _metadata_date(html, source.url)
    except Exception:  # htmldate fails on some broken trees; the date stays unknown
        published = None
    return RawDocument(
        source=source,
        text=result.text,
        title=result.title,
        author=result.author,
        published=published,
        is_prose=False,
    )
