"""HTML pages: main text by trafilatura, dates from metadata only (htmldate)."""

from __future__ import annotations

import logging
from typing import Any

import htmldate
import lxml.html
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
    result = _main_text(html, source)
    if result is None or not (result.text or "").strip():
        deep = _deep_tree(html)
        result = _main_text(deep, source) if deep is not None else None
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


def _main_text(page: str | lxml.html.HtmlElement, source: SourceRef) -> Any:
    try:
        return trafilatura.bare_extraction(
            page, url=source.url, include_comments=False, with_metadata=True, favor_precision=True
        )
    except Exception as error:  # trafilatura raises many kinds on malformed markup
        raise UnreadableInput(f"HTML could not be parsed: {type(error).__name__}") from error


_TOO_DEEP = "Excessive depth in document"
_HUGE_TREE_LEVELS = 2048


def _deep_tree(html: str) -> lxml.html.HtmlElement | None:
    """The page parsed in libxml2's huge-tree mode when the normal mode hit one of its limits,
    which drops the whole page: 256 levels of nesting (tag soup of unclosed <div> or <font>
    reaches it) or a text run of 10 MB. None when no limit was hit. Huge-tree mode reads up to
    2,048 levels."""
    if _parsed(html, lxml.html.HTMLParser())[1] is None:
        return None
    tree, limit = _parsed(html, lxml.html.HTMLParser(huge_tree=True, remove_comments=True))
    if limit is not None and _TOO_DEEP in limit:
        raise UnreadableInput(f"HTML nested too deeply: over {_HUGE_TREE_LEVELS:,} levels")
    if limit is not None:
        raise UnreadableInput(f"HTML past the parser's limits: {limit}")
    return tree


def _parsed(
    html: str, parser: lxml.html.HTMLParser
) -> tuple[lxml.html.HtmlElement | None, str | None]:
    """The parsed page (None if it cannot be parsed) and the message of the libxml2 resource
    limit it hit, if any."""
    try:
        tree = lxml.html.document_fromstring(html, parser=parser)
    except Exception:  # empty or unparsable: no limit was hit
        return None, None
    limits = [e.message for e in parser.error_log if e.type_name == "ERR_RESOURCE_LIMIT"]
    return tree, (limits[0] if limits else None)
