"""Turn one RawDocument into clean articles: detokenize, drop furniture, split, title, date line."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from itertools import pairwise

from dateline.clean.boilerplate import CAPTION, LineVerdicts, classify_lines, trim_article_edges
from dateline.clean.detok import detokenize, looks_ptb_tokenized
from dateline.clean.lead import lead_end
from dateline.clean.lines import Line, describe_line
from dateline.clean.split import split_points
from dateline.nlp.sentences import split_sentences
from dateline.records import (
    CleanArticle,
    DateMethod,
    PublicationDate,
    RawDocument,
    RemovedLine,
)
from dateline.settings import CleanSettings
from dateline.time.absolute import DATE_LINE, parse_date_string

LineCounter = Callable[[str], int]
_TITLE_MAX_CHARS = 160
_DATELINE_SEARCH_LINES = 8


@dataclass(slots=True)
class _Dateline:
    published: PublicationDate
    line_index: int
    rest: str  # text after the date on the same line, kept as body


def page_lines(raw: RawDocument) -> list[Line]:
    """The non-empty lines of a document, detokenized when the dump was PTB-tokenized."""
    text = raw.text.replace("\r\n", "\n").replace("\r", "\n")
    if looks_ptb_tokenized(text):
        text = detokenize(text)
    texts = [part for part in text.split("\n") if part.strip()]
    return [describe_line(index, part) for index, part in enumerate(texts)]


def _head_lines(segment: list[Line], verdicts: LineVerdicts) -> list[Line]:
    """Kept lines up to and including the first body line."""
    head = []
    for line in segment:
        if verdicts.keeps(line):
            head.append(line)
            if line.is_prose:
                break
    return head


def _find_dateline(segment: list[Line], verdicts: LineVerdicts) -> _Dateline | None:
    kept = [line for line in segment if verdicts.keeps(line)]
    for position, line in enumerate(_head_lines(segment, verdicts)[:_DATELINE_SEARCH_LINES]):
        opening = _opening_date(line)
        if opening is None:
            continue
        match, rest = opening
        date = parse_date_string(match["date"])
        if date is None:
            continue
        if rest and _is_dated_entry(kept[position + 1 : position + 2]):
            return None  # a chronology: each line opens with its own date, not the page's
        evidence = line.text[: match.end()].strip()
        published = PublicationDate(date, DateMethod.DATELINE, 0.95, evidence)
        return _Dateline(published, line.index, rest)
    return None


def _opening_date(line: Line) -> tuple[re.Match[str], str] | None:
    """The date a line opens with, and the text after it."""
    match = DATE_LINE.match(line.text)
    return (match, line.text[match.end() :].strip(" \t-–—|,:")) if match else None


def _is_dated_entry(lines: list[Line]) -> bool:
    """Whether the line opens with a date and goes on ("March 5, 2025: The strike …")."""
    opening = _opening_date(lines[0]) if lines else None
    return opening is not None and bool(opening[1])


def _pick_title(segment: list[Line], verdicts: LineVerdicts) -> Line | None:
    """The last headline-like kept line before the first body line. A page without a body
    line can still open with a headline, one that does not end like a sentence."""
    head = _head_lines(segment, verdicts)
    if _has_body(head):
        candidates = head[:-1]
    else:
        candidates = [line for line in head[:1] if line.is_headline_like and len(head) > 1]
    title = None
    for line in candidates:
        if (
            line.words >= 3
            and not line.ends_ellipsis
            and not line.byline
            and len(line.text) <= _TITLE_MAX_CHARS
        ):
            title = line
    return title


def _has_body(head: list[Line]) -> bool:
    return bool(head) and head[-1].is_prose


def _drop_page_header(
    segment: list[Line], verdicts: LineVerdicts, keep: set[int], min_words: int
) -> None:
    """Labels, section names and bylines before the body are not article text. A page with no
    body line but `min_words` of text has no header: a chronology of short lines, or an excerpt
    cut off mid-sentence."""
    head = _head_lines(segment, verdicts)
    if not _has_body(head) and sum(line.words for line in head) >= min_words:
        return
    for line in head:
        if not line.is_prose and line.index not in keep:
            verdicts.drop(line, "page header")


def _looks_truncated(segment: list[Line], body: list[Line], verdicts: LineVerdicts) -> bool:
    if any(line.paywall for line in segment):
        return True
    if not body:
        return False
    last = body[-1]
    return last.ends_ellipsis or (last.words >= 12 and not last.ends_sentence)


def _fallback_title(body_text: str) -> str:
    """A title for an untitled article: its first sentence without the dateline or stamp it
    opens with ("NEW ORLEANS (AP) --"), cut at a word near 160 characters."""
    first_line = body_text.strip().split("\n", 1)[0]
    sentences = split_sentences(first_line[lead_end(first_line) :])
    first = sentences[0].text if sentences else first_line
    if len(first) <= _TITLE_MAX_CHARS:
        return first
    cut = first[: _TITLE_MAX_CHARS - 1]
    return (cut.rsplit(" ", 1)[0] if " " in cut else cut).rstrip(" ,;:-") + "…"


def _build_article(
    raw: RawDocument,
    segment: list[Line],
    verdicts: LineVerdicts,
    part: int | None,
    min_words: int,
) -> CleanArticle | None:
    dateline = _find_dateline(segment, verdicts)
    if dateline and not dateline.rest:
        verdicts.removed[dateline.line_index] = "date line"
    trim_article_edges(segment, verdicts)
    title_line = _pick_title(segment, verdicts) if part is not None or not raw.title else None
    keep = {title_line.index if title_line else -1}
    _drop_page_header(segment, verdicts, keep, min_words)
    body, texts = [], []
    for line in segment:
        if not verdicts.keeps(line) or line is title_line:
            continue
        if raw.title and not body and line.key == describe_line(0, raw.title).key:
            continue  # the extracted text repeats the page title
        text = dateline.rest if dateline and line.index == dateline.line_index else line.text
        body.append(line)
        texts.append(text)
    if not texts:
        return None
    text = "\n".join(texts)
    title = title_line.text if title_line else (raw.title or _fallback_title(text))
    removed = [
        RemovedLine(line.text, verdicts.removed[line.index])
        for line in segment
        if not verdicts.keeps(line)
    ]
    return CleanArticle(
        source=raw.source,
        title=title.strip(),
        text=text,
        author=raw.author,
        published=raw.published or (dateline.published if dateline else None),
        truncated=_looks_truncated(segment, body, verdicts),
        split_index=part,
        removed=[item for item in removed if item.reason != CAPTION],
        captions=[item.text for item in removed if item.reason == CAPTION],
    )


def clean_document(
    raw: RawDocument, count: LineCounter, settings: CleanSettings
) -> list[CleanArticle]:
    """The clean articles of one page: usually one, several when the page holds several."""
    lines = page_lines(raw)
    if not lines:
        return []
    verdicts = classify_lines(lines, count, settings)
    points = split_points(lines, verdicts, settings.min_article_words) if raw.is_prose else [0]
    bounds = [*points, len(lines)]
    several = len(points) > 1
    articles = []
    for part, (start, end) in enumerate(pairwise(bounds)):
        article = _build_article(
            raw, lines[start:end], verdicts, part if several else None, settings.min_article_words
        )
        if article is not None:
            articles.append(article)
    return articles
