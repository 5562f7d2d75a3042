"""The WARC reader on small real archives: what it keeps, and each kind of damage it names."""

from __future__ import annotations

import gzip
import io
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from dateline.io.problems import Problem
from dateline.io.readers import read_file
from dateline.records import RawDocument
from dateline.settings import IngestSettings

from .test_readers import PAGE, _read


def _warc(records: list[tuple[str, str, str]], compress: bool = True) -> bytes:
    """A WARC file of response records (uri, content type, payload), fetched 2021-05-05."""
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=compress)
    for uri, kind, payload in records:
        headers = StatusAndHeaders("200 OK", [("Content-Type", kind)], protocol="HTTP/1.1")
        writer.write_record(
            writer.create_warc_record(
                uri,
                "response",
                payload=io.BytesIO(payload.encode()),
                http_headers=headers,
                warc_headers_dict={"WARC-Date": "2021-05-05T10:00:00Z"},
            )
        )
    return buffer.getvalue()


def test_warc_keeps_record_id_uri_and_fetch_date(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(
        _warc(
            [
                ("https://n.example/a", "text/html", PAGE),
                ("https://n.example/logo.png", "image/png", "PNG"),
                ("https://n.example/b.txt", "text/plain", "Plain wire text."),
            ]
        )
    )
    documents = [d for d in _read(path) if isinstance(d, RawDocument)]
    assert [d.source.url for d in documents] == ["https://n.example/a", "https://n.example/b.txt"]
    assert all(
        d.source.record_id and d.source.record_id.startswith("<urn:uuid:") for d in documents
    )
    assert documents[0].source.fetched == "2021-05-05T10:00:00Z"
    assert documents[0].published is not None  # from the page's metadata, not the fetch date
    assert documents[1].published is None


def test_truncated_warc_record_is_reported_and_the_records_before_it_kept(tmp_path: Path) -> None:
    whole = _warc([("https://n.example/a", "text/html", PAGE)] * 2, compress=False)
    path = tmp_path / "cut.warc"
    path.write_bytes(whole[:-104])  # the record's closing blank lines and 100 payload bytes
    results = _read(path)
    assert [type(r) for r in results] == [RawDocument, Problem]
    problem = results[1]
    assert isinstance(problem, Problem) and not problem.fatal
    assert problem.reason == "truncated WARC record: 100 bytes missing"
    assert problem.locator.startswith("<urn:uuid:")


def test_oversized_warc_record_is_skipped_with_its_size(tmp_path: Path) -> None:
    path = tmp_path / "big.warc.gz"
    path.write_bytes(_warc([("https://n.example/a", "text/html", PAGE)]))
    [problem] = list(read_file(path, IngestSettings(max_record_bytes=100)))
    assert isinstance(problem, Problem)
    assert problem.reason == "record too large: over 100 bytes"


def test_warc_record_with_malformed_header_names_its_offset(tmp_path: Path) -> None:
    path = tmp_path / "bad.warc"
    # A response record without WARC-Target-URI: warcio fails on it with an AttributeError.
    path.write_bytes(b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 20\r\n\r\nHTTP/1.1 200")
    [problem] = _read(path)
    assert isinstance(problem, Problem)
    assert problem.reason == (
        "broken WARC: malformed record at byte 0 "
        "(its header lacks WARC-Record-ID, WARC-Date, WARC-Target-URI)"
    )


def _with_content_length(warc: bytes, change: int) -> bytes:
    """The WARC with its first record's Content-Length off by `change` bytes."""
    start = warc.index(b"Content-Length: ") + len(b"Content-Length: ")
    end = warc.index(b"\r\n", start)
    return warc[:start] + str(int(warc[start:end]) + change).encode() + warc[end:]


def test_record_shorter_than_its_content_length_says_is_flagged_quietly(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "short.warc"
    whole = _warc([("https://n.example/a", "text/html", PAGE)] * 2, compress=False)
    path.write_bytes(_with_content_length(whole, -40))
    first, problem, second = _read(path)
    assert isinstance(first, RawDocument) and isinstance(second, RawDocument)
    assert isinstance(problem, Problem) and not problem.fatal
    assert (
        problem.reason == "record does not end where its Content-Length says: its text may be cut"
    )
    assert problem.locator == first.source.record_id
    assert capsys.readouterr().err == ""  # warcio's own warning is not printed


def test_record_longer_than_its_content_length_says_names_where_reading_stopped(
    tmp_path: Path,
) -> None:
    path = tmp_path / "long.warc"
    whole = _warc([("https://n.example/a", "text/html", PAGE)] * 2, compress=False)
    broken = _with_content_length(whole, 40)  # eats the next record's "WARC/1.0" line
    path.write_bytes(broken)
    first, problem = _read(path)
    assert isinstance(first, RawDocument) and isinstance(problem, Problem)
    stopped = broken.index(b"WARC-Type: response", broken.index(b"WARC/1.0", 10))
    assert problem.reason == (
        f"broken WARC: Invalid WARC record, first line: WARC-Type: response (at byte {stopped:,})"
    )


def test_a_warc_header_past_its_budget_is_refused_and_the_records_before_kept(
    tmp_path: Path,
) -> None:
    good = _warc([("https://n.example/a", "text/html", PAGE)])
    bomb = gzip.compress(b"WARC/1.0\r\nWARC-Type: response\r\nX-Junk: " + b"a" * (2 << 20))
    path = tmp_path / "bomb.warc.gz"
    path.write_bytes(good + bomb)
    document, problem = _read(path)
    assert isinstance(document, RawDocument) and isinstance(problem, Problem)
    assert problem.reason == f"broken WARC: record header over 1 MB at byte {len(good):,}"


def test_compressed_warc_names_what_a_bad_record_header_lacks(tmp_path: Path) -> None:
    good = _warc([("https://n.example/a", "text/html", PAGE)])
    unnamed = gzip.compress(
        b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:1>\r\n"
        b"WARC-Date: 2021-05-05T10:00:00Z\r\nContent-Length: 12\r\n\r\nHTTP/1.1 200"
    )
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(good + unnamed)
    document, problem = _read(path)
    assert isinstance(document, RawDocument) and isinstance(problem, Problem)
    assert problem.reason == (
        f"broken WARC: malformed record at byte {len(good):,} (its header lacks WARC-Target-URI)"
    )


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "empty file"),
        (b"\r\n\r\n\r\n", "not a WARC file: no WARC record in it"),
        (b"Just some notes about the harbour\r\n\r\n", "not a WARC file: no WARC record in it"),
    ],
)
def test_a_warc_without_records_says_so(tmp_path: Path, content: bytes, reason: str) -> None:
    path = tmp_path / "crawl.warc"
    path.write_bytes(content)  # both were read as nothing, in silence
    [problem] = _read(path)
    assert isinstance(problem, Problem) and problem.fatal and problem.reason == reason
