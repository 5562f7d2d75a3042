"""Find input files and read each format into RawDocuments, reporting Problems, never raising."""

from __future__ import annotations

import gzip
import json
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from warcio.archiveiterator import ArchiveIterator
from warcio.bufferedreaders import DecompressingBufferedReader
from warcio.exceptions import ArchiveLoadFailed
from warcio.limitreader import LimitReader
from warcio.utils import BUFF_SIZE

from dateline.io.decode import decode_bytes
from dateline.io.fields import FIELD_ALIASES, field_text, map_fields
from dateline.io.html import extract_html
from dateline.io.problems import Problem, UnreadableInput
from dateline.records import DateMethod, PublicationDate, RawDocument, SourceRef
from dateline.settings import IngestSettings
from dateline.time.absolute import parse_date_string

ReadResult = RawDocument | Problem

SUFFIXES = (
    ".txt",
    ".text",
    ".html",
    ".htm",
    ".json",
    ".jsonl",
    ".jsonl.gz",
    ".json.gz",
    ".ndjson",
    ".warc",
    ".warc.gz",
)


def format_of(path: Path) -> str | None:
    """The reader a file needs, from its name."""
    name = path.name.lower()
    for suffix in sorted(SUFFIXES, key=len, reverse=True):
        if name.endswith(suffix):
            return suffix.lstrip(".")
    return None


def discover(paths: Iterable[Path]) -> Iterator[Path | Problem]:
    """Every readable-looking file under the given files and folders, in a stable order."""
    for path in paths:
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if not format_of(child) or child.name.startswith("."):
                    continue
                if child.is_file():
                    yield child
                elif child.is_symlink() and not child.exists():
                    yield Problem(str(child), "broken link: its target does not exist")
        elif path.is_file():
            yield path if format_of(path) else Problem(str(path), "unknown file type")
        else:
            yield Problem(str(path), "no such file or folder")


def read_file(path: Path, settings: IngestSettings) -> Iterator[ReadResult]:
    """Read one file of any supported format."""
    kind = format_of(path) or ""
    try:
        if kind in ("txt", "text", "html", "htm"):
            yield _read_page(path, kind, settings)
        elif kind in ("json", "json.gz"):
            yield from _read_json(path, settings)
        elif kind in ("jsonl", "jsonl.gz", "ndjson"):
            yield from _read_jsonl(path, settings)
        elif kind in ("warc", "warc.gz"):
            yield from _read_warc(path, settings)
        else:
            yield Problem(str(path), "unknown file type")
    except PermissionError:
        yield Problem(str(path), "cannot read: permission denied")
    except UnreadableInput as error:
        yield Problem(str(path), str(error))
    except (EOFError, gzip.BadGzipFile, zlib.error) as error:
        yield Problem(str(path), f"truncated or corrupt gzip: {error}", fatal=False)
    except OSError as error:
        yield Problem(str(path), f"cannot read: {error.strerror or error}")


def _read_bytes(path: Path, limit: int) -> bytes:
    size = path.stat().st_size
    if size == 0:
        raise UnreadableInput("empty file")
    if size > limit:
        raise UnreadableInput(
            f"too large for one page: {size / 1e6:.0f} MB > {limit / 1e6:.0f} MB "
            "(split it, or use JSONL/WARC for dumps)"
        )
    with path.open("rb") as handle:
        return handle.read()


def _read_page(path: Path, kind: str, settings: IngestSettings) -> ReadResult:
    decoded = decode_bytes(_read_bytes(path, settings.max_document_bytes))
    source = SourceRef(file_path=str(path), locator="", fields_used={"encoding": decoded.encoding})
    if kind.startswith("htm"):
        document = extract_html(decoded.text, source)
    else:
        document = RawDocument(source=source, text=decoded.text)
    return document


def _open_maybe_gzip(path: Path) -> IO[bytes]:
    return gzip.open(path, "rb") if path.name.lower().endswith(".gz") else path.open("rb")


def _record_to_document(
    record: Any, path: Path, locator: str, encoding: str | None = None
) -> ReadResult:
    if not isinstance(record, dict):
        return Problem(str(path), "record is not a JSON object", locator, fatal=False)
    mapping = map_fields(record)
    text = field_text(record, mapping, "text")
    fields_used = {**mapping, "encoding": encoding} if encoding else mapping
    if not text or not text.strip():
        has_field = any(key.lower() in FIELD_ALIASES["text"] for key in record)
        reason = (
            "record has an empty text field"
            if has_field
            else "record has no text field (text/content/body)"
        )
        return Problem(str(path), reason, locator, False)
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
    return RawDocument(
        source=source,
        text=text,
        title=field_text(record, mapping, "title"),
        author=field_text(record, mapping, "author"),
        published=published,
    )


def _read_jsonl(path: Path, settings: IngestSettings) -> Iterator[ReadResult]:
    with _open_maybe_gzip(path) as handle:
        seen_any = False
        for number, (raw, size) in enumerate(_bounded_lines(handle, settings), start=1):
            if raw is not None and not raw.strip():
                continue
            seen_any = True
            locator = f"line {number}"
            if raw is None:
                yield Problem(str(path), f"record too large: {size} bytes", locator, False)
                continue
            try:
                record, encoding = _json_line(raw)
            except (json.JSONDecodeError, UnreadableInput) as error:
                yield Problem(str(path), f"broken JSON line: {_json_fault(error)}", locator, False)
                continue
            yield _record_to_document(record, path, locator, encoding)
        if not seen_any:
            raise UnreadableInput("empty file")


_SKIP_CHUNK = 1 << 20


def _bounded_lines(
    handle: IO[bytes], settings: IngestSettings
) -> Iterator[tuple[bytes | None, int]]:
    """Each line with its size; a line over the record limit comes as None and is read past in
    chunks, never held: a gzip bomb of one endless line would fill the memory."""
    limit = settings.max_record_bytes
    while line := handle.readline(limit + 1):
        if len(line) <= limit:
            yield line, len(line)
            continue
        size = len(line)
        while not line.endswith(b"\n") and (line := handle.readline(_SKIP_CHUNK)):
            size += len(line)
        yield None, size


def _json_line(raw: bytes) -> tuple[Any, str | None]:
    """A JSONL line's value, and the encoding it was read in when that was not UTF-8: old
    dumps mix in Latin-1 lines, decoded as their bytes suggest, as pages are."""
    try:
        return json.loads(raw), None
    except UnicodeDecodeError:
        decoded = decode_bytes(raw)
        return json.loads(decoded.text), decoded.encoding


def _json_fault(error: json.JSONDecodeError | UnreadableInput) -> str:
    """The decoder's reason with where it stopped ("Invalid control character at" says
    nothing without its column)."""
    if isinstance(error, json.JSONDecodeError):
        return f"{error.msg} (column {error.colno})"
    return str(error)


def _read_json(path: Path, settings: IngestSettings) -> Iterator[ReadResult]:
    limit = settings.max_json_bytes
    with _open_maybe_gzip(path) as handle:
        data = handle.read(limit + 1)  # bounded: a small .json.gz may inflate to gigabytes
    if len(data) > limit:
        raise UnreadableInput(
            f"too large for one JSON file: over {limit / 1e6:.0f} MB of JSON "
            "(use JSONL for dumps: it is read a record at a time)"
        )
    try:
        payload = json.loads(decode_bytes(data).text)
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
        yield _record_to_document(record, path, f"item {index}")


def _warc_document(record: Any, path: Path, settings: IngestSettings) -> ReadResult | None:
    headers = record.rec_headers
    record_id = headers.get_header("WARC-Record-ID")
    uri = headers.get_header("WARC-Target-URI")
    content_type = (
        record.http_headers.get_header("Content-Type") if record.http_headers else ""
    ) or ""
    if "html" not in content_type and "text/plain" not in content_type:
        return None
    stream = record.content_stream()
    payload = stream.read(settings.max_record_bytes + 1)
    locator = record_id or ""
    if len(payload) > settings.max_record_bytes:
        reason = f"record too large: over {settings.max_record_bytes} bytes"
        return Problem(str(path), reason, locator, False)
    missing = _missing_bytes(stream)
    if missing:
        return Problem(
            str(path), f"truncated WARC record: {missing:,} bytes missing", locator, False
        )
    source = SourceRef(
        file_path=str(path),
        locator=locator,
        url=uri,
        record_id=record_id,
        fetched=headers.get_header("WARC-Date"),
    )
    try:
        decoded = decode_bytes(payload)
        if "html" in content_type:
            return extract_html(decoded.text, source)
        return RawDocument(source=source, text=decoded.text)
    except UnreadableInput as error:
        return Problem(str(path), str(error), locator, fatal=False)


def _missing_bytes(stream: Any) -> int:
    """Bytes of a fully read record that its header promised and the file lacks. Only a plain
    payload is checked: a chunked or compressed one ends where its encoding says."""
    return stream.limit if isinstance(stream, LimitReader) else 0


_MAX_HEADER_BYTES = 1 << 20  # a record's WARC and HTTP headers; real ones take a few KB


class _HeaderTooLarge(Exception):
    """A record's header lines passed _MAX_HEADER_BYTES."""


class _HeaderBoundedReader(DecompressingBufferedReader):
    """warcio's reader with a budget for the header lines of each record: warcio reads a line
    whole however long, so a gzip bomb of one endless header line would fill the memory.
    Reading a payload (read) opens the next record's budget."""

    header_bytes = 0

    def read(self, length: int | None = None) -> bytes:
        self.header_bytes = 0
        return super().read(length)

    def readline(self, length: int | None = None) -> bytes:
        room = _MAX_HEADER_BYTES - self.header_bytes + 1
        line = super().readline(min(length, room) if length else room)
        self.header_bytes += len(line)
        if self.header_bytes > _MAX_HEADER_BYTES:
            raise _HeaderTooLarge
        return line


def _read_warc(path: Path, settings: IngestSettings) -> Iterator[ReadResult]:
    with path.open("rb") as handle:
        records = ArchiveIterator(handle)
        records.reader = _HeaderBoundedReader(records.fh, block_size=BUFF_SIZE)
        records.INC_RECORD = ""  # warcio's own stderr warning; reported as a Problem instead
        previous, misjoined = "", 0
        try:
            for record in records:
                if records.err_count > misjoined:
                    misjoined = records.err_count
                    yield _misjoined_record(path, previous)
                previous = record.rec_headers.get_header("WARC-Record-ID") or ""
                if record.rec_type != "response":
                    continue
                document = _warc_document(record, path, settings)
                if document is not None:
                    yield document
            if records.err_count > misjoined:
                yield _misjoined_record(path, previous)
        except _HeaderTooLarge:
            reason = (
                f"broken WARC: record header over {_MAX_HEADER_BYTES >> 20} MB "
                f"at byte {records.offset:,}"
            )
            yield Problem(str(path), reason, fatal=False)
        except ArchiveLoadFailed as error:
            reason = f"broken WARC: {' '.join(error.msg.split())} (at byte {records.offset:,})"
            yield Problem(str(path), reason, fatal=False)
        except (OSError, UnreadableInput):
            raise  # read_file reports these
        except Exception as error:  # warcio fails on malformed headers with bare errors
            offset = records.offset
            fault = _header_fault(path, offset) or str(error)
            reason = f"broken WARC: malformed record at byte {offset:,} ({fault})"
            yield Problem(str(path), reason, fatal=False)


def _misjoined_record(path: Path, record_id: str) -> Problem:
    """A record whose end is not where its Content-Length says (warcio resyncs on the next
    header): what was read of it may be cut short."""
    reason = "record does not end where its Content-Length says: its text may be cut"
    return Problem(str(path), reason, record_id, fatal=False)


# Named fields the WARC 1.1 standard requires; a response record also names what it fetched.
_REQUIRED_WARC_FIELDS = ("WARC-Record-ID", "Content-Length", "WARC-Date", "WARC-Type")
_HEADER_BYTES = 65_536


def _header_fault(path: Path, offset: int) -> str | None:
    """What a record's WARC header lacks, read from `offset` (a gzip member's start in a .gz
    file), or None when it lacks nothing we check: warcio's own errors name its internals."""
    with path.open("rb") as handle:
        handle.seek(offset)
        raw = handle.read(_HEADER_BYTES)
    if path.name.lower().endswith(".gz"):  # a corrupt member raises zlib.error: read_file's
        raw = zlib.decompressobj(wbits=31).decompress(raw, _HEADER_BYTES)
    block = raw.split(b"\r\n\r\n", 1)[0].decode("utf-8", "replace").split("\r\n")
    fields = dict(
        (name.strip().lower(), value.strip())
        for name, value in (line.split(":", 1) for line in block[1:] if ":" in line)
    )
    wanted = list(_REQUIRED_WARC_FIELDS)
    if fields.get("warc-type") == "response":
        wanted.append("WARC-Target-URI")
    missing = [field for field in wanted if field.lower() not in fields]
    return f"its header lacks {', '.join(missing)}" if missing else None
