"""WARC files: the HTML and plain-text responses they hold, with every kind of damage named."""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from warcio.archiveiterator import ArchiveIterator
from warcio.bufferedreaders import DecompressingBufferedReader
from warcio.exceptions import ArchiveLoadFailed
from warcio.limitreader import LimitReader
from warcio.utils import BUFF_SIZE

from dateline.io.decode import EMPTY_FILE, decode_bytes
from dateline.io.html import extract_html
from dateline.io.problems import Problem, ReadResult, UnreadableInput
from dateline.records import RawDocument, SourceRef
from dateline.settings import IngestSettings


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


def read_warc(path: Path, settings: IngestSettings) -> Iterator[ReadResult]:
    if path.stat().st_size == 0:
        raise UnreadableInput(EMPTY_FILE)
    with path.open("rb") as handle:
        records = ArchiveIterator(handle)
        records.reader = _HeaderBoundedReader(records.fh, block_size=BUFF_SIZE)
        records.INC_RECORD = ""  # warcio's own stderr warning; reported as a Problem instead
        try:
            yield from _documents(records, path, settings)
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


def _documents(
    records: ArchiveIterator, path: Path, settings: IngestSettings
) -> Iterator[ReadResult]:
    """The documents of the response records, and a Problem for each record cut short. A file
    without a single record is no WARC file (warcio skips what it cannot read as one)."""
    previous: str | None = None  # the last record's id
    misjoined = 0
    for record in records:
        # What warcio makes of blank lines alone, and of a line of five words, which it
        # takes for a header of the older ARC format (never found in a .warc file).
        if record.rec_type is None or record.format == "arc":
            continue
        if records.err_count > misjoined:
            misjoined = records.err_count
            if previous is not None:  # bytes before the first record are only skipped
                yield _misjoined_record(path, previous)
        previous = record.rec_headers.get_header("WARC-Record-ID") or ""
        if record.rec_type == "response":
            document = _warc_document(record, path, settings)
            if document is not None:
                yield document
    if previous is None:
        raise UnreadableInput("not a WARC file: no WARC record in it")
    if records.err_count > misjoined:
        yield _misjoined_record(path, previous)


def _misjoined_record(path: Path, record_id: str) -> Problem:
    """A record whose end is not where its Content-Length says (warcio resyncs on the next
    header): what was read of it may be cut short."""
    reason = "record does not end where its Content-Length says: its text may be cut"
    return Problem(str(path), reason, record_id, fatal=False)


# Named fields the WARC 1.1 standard requires; a response record also names what it fetched.
_REQUIRED_WARC_FIELDS = ("WARC-Record-ID", "Content-Length", "WARC-Date", "WARC-Type")
_DIAGNOSED_BYTES = 65_536  # of a bad record, read to say what its header lacks


def _header_fault(path: Path, offset: int) -> str | None:
    """What a record's WARC header lacks, read from `offset` (a gzip member's start in a .gz
    file), or None when it lacks nothing we check: warcio's own errors name its internals."""
    with path.open("rb") as handle:
        handle.seek(offset)
        raw = handle.read(_DIAGNOSED_BYTES)
    if path.name.lower().endswith(".gz"):  # a corrupt member raises zlib.error: read_file's
        raw = zlib.decompressobj(wbits=31).decompress(raw, _DIAGNOSED_BYTES)
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
