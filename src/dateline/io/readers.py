"""Find input files and read each format into RawDocuments, reporting Problems, never raising."""

from __future__ import annotations

import gzip
import json
import re
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from dateline.io.decode import decode_bytes, nothing_but_whitespace, read_at_most
from dateline.io.fields import FIELD_ALIASES, describe_value, field_text, map_fields
from dateline.io.html import extract_html
from dateline.io.problems import Problem, ReadResult, SkippedFile, UnreadableInput
from dateline.io.warc import read_warc
from dateline.records import DateMethod, PublicationDate, RawDocument, SourceRef
from dateline.settings import IngestSettings
from dateline.time.absolute import parse_date_string

PAGE_SUFFIXES = (".txt", ".text", ".html", ".htm")
SUFFIXES = (
    *PAGE_SUFFIXES,
    *(suffix + ".gz" for suffix in PAGE_SUFFIXES),
    ".json",
    ".jsonl",
    ".jsonl.gz",
    ".json.gz",
    ".ndjson",
    ".warc",
    ".warc.gz",
)


UNKNOWN_TYPE = "unknown file type: dateline reads " + ", ".join(SUFFIXES)


def format_of(path: Path) -> str | None:
    """The reader a file needs, from its name."""
    name = path.name.lower()
    for suffix in sorted(SUFFIXES, key=len, reverse=True):
        if name.endswith(suffix):
            return suffix.lstrip(".")
    return None


def is_html(path: Path) -> bool:
    return (format_of(path) or "").startswith("htm")


def discover(paths: Iterable[Path]) -> Iterator[Path | Problem | SkippedFile]:
    """Every readable-looking file under the given files and folders, in a stable order. Files
    of other types in a folder (images, style sheets) are skipped, to be counted, not refused."""
    for path in paths:
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.name.startswith("."):
                    continue
                if not format_of(child):
                    if child.is_file():
                        yield SkippedFile(str(child))
                    continue
                if child.is_file():
                    yield child
                elif child.is_symlink() and not child.exists():
                    yield Problem(str(child), "broken link: its target does not exist")
        elif path.is_file():
            yield path if format_of(path) else Problem(str(path), UNKNOWN_TYPE)
        else:
            yield Problem(str(path), "no such file or folder")


def read_file(path: Path, settings: IngestSettings) -> Iterator[ReadResult]:
    """Read one file of any supported format."""
    kind = format_of(path) or ""
    try:
        if "." + kind.removesuffix(".gz") in PAGE_SUFFIXES:
            yield _read_page(path, kind, settings)
        elif kind in ("json", "json.gz"):
            yield from _read_json(path, settings)
        elif kind in ("jsonl", "jsonl.gz", "ndjson"):
            yield from _read_jsonl(path, settings)
        elif kind in ("warc", "warc.gz"):
            yield from read_warc(path, settings)
        else:
            yield Problem(str(path), UNKNOWN_TYPE)
    except PermissionError:
        yield Problem(str(path), "cannot read: permission denied")
    except UnreadableInput as error:
        yield Problem(str(path), str(error))
    except (EOFError, gzip.BadGzipFile, zlib.error) as error:
        yield Problem(str(path), f"truncated or corrupt gzip: {error}", fatal=False)
    except OSError as error:
        yield Problem(str(path), f"cannot read: {error.strerror or error}")


def _read_bytes(path: Path, limit: int) -> bytes:
    size = path.stat().st_size  # an empty page is refused by decode_bytes, like any empty text
    if size > limit:
        raise UnreadableInput(f"too large for one page: {size / 1e6:.0f} MB > {_page_limit(limit)}")
    with path.open("rb") as handle:
        return handle.read()


def _read_gzip_bytes(path: Path, limit: int) -> bytes:
    """A gzipped page, inflated no further than the page limit (a small file may be a bomb)."""
    try:
        with gzip.open(path, "rb") as handle:
            data = read_at_most(handle, limit)
    except (EOFError, gzip.BadGzipFile, zlib.error) as error:
        raise UnreadableInput(f"truncated or corrupt gzip: {error}") from error
    if data is None:
        raise UnreadableInput(f"too large for one page: inflates past {_page_limit(limit)}")
    if not data:
        raise UnreadableInput("empty file once decompressed")
    return data


def _page_limit(limit: int) -> str:
    return f"{limit / 1e6:.0f} MB (split it, or use JSONL/WARC for dumps)"


def _read_page(path: Path, kind: str, settings: IngestSettings) -> ReadResult:
    read = _read_gzip_bytes if kind.endswith(".gz") else _read_bytes
    decoded = decode_bytes(read(path, settings.max_document_bytes))
    source = SourceRef(file_path=str(path), locator="", fields_used={"encoding": decoded.encoding})
    if kind.startswith("htm"):
        document = extract_html(decoded.text, source)
    else:
        document = RawDocument(source=source, text=decoded.text)
    return document


def _open_maybe_gzip(path: Path) -> IO[bytes]:
    return gzip.open(path, "rb") if path.name.lower().endswith(".gz") else path.open("rb")


def _record_to_documents(
    record: Any, path: Path, locator: str, encoding: str | None = None
) -> Iterator[ReadResult]:
    """The record's document, and a note when its date field holds no date we can read."""
    if not isinstance(record, dict):
        yield Problem(str(path), "record is not a JSON object", locator, fatal=False)
        return
    mapping = map_fields(record)
    text = _without_cut_marker(field_text(record, mapping, "text"))
    fields_used = {**mapping, "encoding": encoding} if encoding else mapping
    if not text or not text.strip():
        yield Problem(str(path), _no_text_reason(record, mapping), locator, False)
        return
    record_id = field_text(record, mapping, "id")
    source = SourceRef(
        file_path=str(path),
        locator=record_id or locator,
        url=field_text(record, mapping, "url"),
        publisher=field_text(record, mapping, "publisher"),
        record_id=record_id,
        fields_used=fields_used,
    )
    published = None
    if raw_date := field_text(record, mapping, "date"):
        date = parse_date_string(raw_date)
        if date is not None:
            published = PublicationDate(date, DateMethod.METADATA, 1.0, f"field {mapping['date']}")
        else:
            reason = f"unreadable date in field {mapping['date']}: {raw_date[:40]!r}"
            yield Problem(
                str(path), reason + " (dated from the text instead)", source.locator, False
            )
    yield RawDocument(
        source=source,
        text=text,
        title=field_text(record, mapping, "title"),
        author=field_text(record, mapping, "author"),
        published=published,
    )


# NewsAPI cuts `content` to 200 characters and appends how much it left out.
_CUT_MARKER = re.compile(r"\s*\[\+\d+ chars\]\s*$")


def _without_cut_marker(text: str | None) -> str | None:
    """The text without a trailing "… [+2345 chars]": the "…" still marks the cut."""
    return _CUT_MARKER.sub("", text) if text else text


def _no_text_reason(record: dict[str, Any], mapping: dict[str, str]) -> str:
    key = mapping.get("text")
    if key is not None and not isinstance(record[key], str):
        return f"record's {key} field holds {describe_value(record[key])}, not text"
    if any(key.lower() in FIELD_ALIASES["text"] for key in record):
        return "record has an empty text field"
    return "record has no text field (text/content/body)"


def _read_jsonl(path: Path, settings: IngestSettings) -> Iterator[ReadResult]:
    with _open_maybe_gzip(path) as handle:
        seen_any, blank_bytes = False, 0
        for number, raw in enumerate(_bounded_lines(handle, settings), start=1):
            if isinstance(raw, bytes) and not raw.strip():
                blank_bytes += len(raw)
                continue
            seen_any = True
            locator = f"line {number}"
            if isinstance(raw, int):
                yield Problem(str(path), f"record too large: {raw} bytes", locator, False)
                continue
            try:
                record, encoding = _json_line(raw)
            except (json.JSONDecodeError, UnreadableInput) as error:
                yield Problem(str(path), f"broken JSON line: {_json_fault(error)}", locator, False)
                continue
            yield from _record_to_documents(record, path, locator, encoding)
        if not seen_any:
            raise UnreadableInput(nothing_but_whitespace(blank_bytes))


_SKIP_CHUNK = 1 << 20


def _bounded_lines(handle: IO[bytes], settings: IngestSettings) -> Iterator[bytes | int]:
    """Each line; a line over the record limit comes as its size only, read past in chunks and
    never held: a gzip bomb of one endless line would fill the memory."""
    limit = settings.max_record_bytes
    while line := handle.readline(limit + 1):
        if len(line) <= limit:
            yield line
            continue
        size = len(line)
        while not line.endswith(b"\n") and (line := handle.readline(_SKIP_CHUNK)):
            size += len(line)
        yield size


def _parse_json(data: bytes | str) -> Any:
    """The JSON value; nesting deeper than Python's decoder can follow is refused as input."""
    try:
        return json.loads(data)
    except RecursionError:
        raise UnreadableInput("JSON nested too deeply to read") from None


def _json_line(raw: bytes) -> tuple[Any, str | None]:
    """A JSONL line's value, and the encoding it was read in when that was not UTF-8: old
    dumps mix in Latin-1 lines, decoded as their bytes suggest, as pages are."""
    try:
        return _parse_json(raw), None
    except UnicodeDecodeError:
        decoded = decode_bytes(raw)
        return _parse_json(decoded.text), decoded.encoding


def _json_fault(error: json.JSONDecodeError | UnreadableInput) -> str:
    """The decoder's reason with where it stopped ("Invalid control character at" says
    nothing without its column)."""
    if isinstance(error, json.JSONDecodeError):
        return f"{error.msg} (column {error.colno})"
    return str(error)


def _read_json(path: Path, settings: IngestSettings) -> Iterator[ReadResult]:
    limit = settings.max_json_bytes
    with _open_maybe_gzip(path) as handle:
        data = read_at_most(handle, limit)
    if data is None:
        raise UnreadableInput(
            f"too large for one JSON file: over {limit / 1e6:.0f} MB of JSON "
            "(use JSONL for dumps: it is read a record at a time)"
        )
    try:
        payload = _parse_json(decode_bytes(data).text)
    except json.JSONDecodeError as error:
        raise UnreadableInput(f"invalid JSON: {error.msg} at line {error.lineno}") from error
    if isinstance(payload, dict):
        nested = next((v for v in payload.values() if isinstance(v, list)), None)
        records = nested if "text" not in map_fields(payload) and nested else [payload]
    elif isinstance(payload, list):
        records = payload
    else:
        raise UnreadableInput("JSON holds neither an object nor a list of objects")
    if not any(isinstance(r, dict) and "text" in map_fields(r) for r in records):
        raise UnreadableInput("no article records: no object has a text/content/body field")
    for index, record in enumerate(records):
        yield from _record_to_documents(record, path, f"item {index}")
