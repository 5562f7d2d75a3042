"""Each reader on small real inputs: what it extracts and which fields it used."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest

from dateline.io.problems import Problem, SkippedFile
from dateline.io.readers import discover, read_file
from dateline.records import DateMethod, RawDocument
from dateline.settings import IngestSettings

BODY = (
    "<p>"
    + "The council approved the new harbour plan on Tuesday after a long debate. " * 5
    + "</p>"
)
PAGE = f"""<!DOCTYPE html><html><head><title>Council approves harbour plan</title>
<meta property="article:published_time" content="2021-05-04T09:00:00Z">
<meta name="author" content="Ann Reporter"></head>
<body><nav>Home | News | Subscribe</nav><article><h1>Council approves harbour plan</h1>{BODY}
</article><footer>Copyright 2024 Example News</footer></body></html>"""


def _read(path: Path) -> list[RawDocument | Problem]:
    return list(read_file(path, IngestSettings()))


def test_html_main_text_title_and_metadata_date(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(PAGE)
    [document] = _read(path)
    assert isinstance(document, RawDocument)
    assert document.title == "Council approves harbour plan"
    assert "approved the new harbour plan" in document.text
    assert "Subscribe" not in document.text and "Copyright" not in document.text
    assert document.published is not None and document.published.date.iso() == "2021-05-04"
    assert document.published.method is DateMethod.METADATA


def test_html_copyright_footer_is_not_a_date(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(
        PAGE.replace('<meta property="article:published_time" content="2021-05-04T09:00:00Z">', "")
    )
    [document] = _read(path)
    assert isinstance(document, RawDocument) and document.published is None


def test_jsonl_maps_common_field_names(tmp_path: Path) -> None:
    path = tmp_path / "dump.jsonl.gz"
    record = {
        "headline": "H",
        "body": "Some text here.",
        "link": "https://x.example/a",
        "publishedAt": "2020-01-02T03:04:05Z",
        "source": "Example",
    }
    path.write_bytes(gzip.compress((json.dumps(record) + "\n").encode()))
    [document] = _read(path)
    assert isinstance(document, RawDocument)
    assert (document.title, document.source.url, document.source.publisher) == (
        "H",
        "https://x.example/a",
        "Example",
    )
    assert document.published is not None and document.published.date.iso() == "2020-01-02"
    assert document.source.fields_used == {
        "text": "body",
        "title": "headline",
        "url": "link",
        "date": "publishedAt",
        "publisher": "source",
    }


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        (5, "record's text field holds a number, not text"),
        ({"en": "Hello."}, "record's text field holds an object, not text"),
        (True, "record's text field holds true or false, not text"),
        ("  ", "record has an empty text field"),
    ],
)
def test_a_text_field_that_holds_no_text_says_what_it_holds(
    tmp_path: Path, value: object, reason: str
) -> None:
    path = tmp_path / "odd.jsonl"
    path.write_text(json.dumps({"text": value, "title": "T"}) + "\n")
    [problem] = _read(path)
    assert isinstance(problem, Problem) and problem.reason == reason


def test_a_text_given_as_a_list_is_read_as_paragraphs(tmp_path: Path) -> None:
    path = tmp_path / "paragraphs.jsonl"
    record = {
        "text": ["First paragraph, with a comma.", "Second paragraph."],
        "authors": ["A", "B"],
    }
    path.write_text(json.dumps(record) + "\n")
    [document] = _read(path)
    assert isinstance(document, RawDocument)
    assert document.text == "First paragraph, with a comma.\n\nSecond paragraph."
    assert document.author == "A, B"


@pytest.mark.parametrize("stamp", [1609459200, 1609459200000, "1609459200000"])
def test_unix_time_in_seconds_or_milliseconds_is_a_date(tmp_path: Path, stamp: object) -> None:
    path = tmp_path / "stamped.jsonl"
    path.write_text(json.dumps({"text": "Some text here.", "timestamp": stamp}) + "\n")
    [document] = _read(path)
    assert isinstance(document, RawDocument) and document.published is not None
    assert document.published.date.iso() == "2021-01-01"


def test_an_unreadable_date_field_is_noted_and_the_record_kept(tmp_path: Path) -> None:
    path = tmp_path / "dump.jsonl"
    path.write_text(json.dumps({"id": "r1", "text": "Some text.", "date": "99999-01-01"}) + "\n")
    problem, document = _read(path)
    assert isinstance(problem, Problem) and not problem.fatal
    assert problem.line() == (
        f"{path}:r1: unreadable date in field date: '99999-01-01' (dated from the text instead)"
    )
    assert isinstance(document, RawDocument) and document.published is None


def test_newsapi_cut_marker_is_not_article_text(tmp_path: Path) -> None:
    path = tmp_path / "newsapi.json"
    content = "The council approved the harbour plan on Tuesday after a long … [+2345 chars]"
    path.write_text(json.dumps({"articles": [{"title": "T", "content": content}]}))
    [document] = _read(path)
    assert isinstance(document, RawDocument)
    assert document.text == "The council approved the harbour plan on Tuesday after a long …"


@pytest.mark.parametrize("name", ["page.txt.gz", "page.HTML.gz"])
def test_a_gzipped_page_is_read_as_the_page(tmp_path: Path, name: str) -> None:
    plain = tmp_path / name.removesuffix(".gz")
    plain.write_text(PAGE)
    packed = tmp_path / name
    packed.write_bytes(gzip.compress(PAGE.encode()))
    [expected], [document] = _read(plain), _read(packed)
    assert isinstance(document, RawDocument) and isinstance(expected, RawDocument)
    assert (document.title, document.text) == (expected.title, expected.text)
    assert "approved the new harbour plan" in document.text


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (gzip.compress(b"x" * 5000), "too large for one page: inflates past 0 MB (split it"),
        (gzip.compress(PAGE.encode())[:-30], "truncated or corrupt gzip:"),
        (gzip.compress(b""), "empty file once decompressed"),
    ],
    ids=["bomb", "truncated", "empty"],
)
def test_a_gzipped_page_that_cannot_be_read_says_why(
    tmp_path: Path, data: bytes, reason: str
) -> None:
    path = tmp_path / "page.html.gz"
    path.write_bytes(data)
    [problem] = list(read_file(path, IngestSettings(max_document_bytes=1000)))
    assert isinstance(problem, Problem) and problem.fatal
    assert problem.reason.startswith(reason)


class _LargestPieceRead(io.BufferedReader):
    """A file that remembers the largest piece handed out at once (what the reader held)."""

    largest = 0

    def _seen(self, piece: bytes) -> bytes:
        _LargestPieceRead.largest = max(_LargestPieceRead.largest, len(piece))
        return piece

    def readline(self, size: int | None = -1) -> bytes:
        return self._seen(super().readline(size))

    def __next__(self) -> bytes:
        return self._seen(super().__next__())


def test_an_endless_jsonl_line_is_skipped_by_size_never_held(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "bomb.jsonl"
    endless = b'{"text": "' + b"a" * 3_000_000 + b'"}\n'
    path.write_bytes(endless + json.dumps({"text": "Next record."}).encode())
    _LargestPieceRead.largest = 0
    monkeypatch.setattr(
        "dateline.io.readers._open_maybe_gzip", lambda p: _LargestPieceRead(io.FileIO(p))
    )
    problem, document = list(read_file(path, IngestSettings(max_record_bytes=1000)))
    assert isinstance(problem, Problem) and problem.locator == "line 1"
    assert problem.reason == f"record too large: {len(endless)} bytes"
    assert isinstance(document, RawDocument) and document.text == "Next record."
    assert _LargestPieceRead.largest <= 1 << 20  # read past in chunks, never held whole


def test_a_json_file_is_refused_past_its_size_limit_even_when_compressed(tmp_path: Path) -> None:
    path = tmp_path / "export.json.gz"
    path.write_bytes(gzip.compress(json.dumps([{"text": "x" * 5000}]).encode()))
    [problem] = list(read_file(path, IngestSettings(max_json_bytes=1000)))
    assert isinstance(problem, Problem)
    assert problem.reason.startswith("too large for one JSON file: over 0 MB of JSON (use JSONL")


def test_json_list_and_single_object(tmp_path: Path) -> None:
    path = tmp_path / "list.json"
    path.write_text(json.dumps({"articles": [{"content": "One."}, {"content": "Two."}]}))
    assert [d.text for d in _read(path) if isinstance(d, RawDocument)] == ["One.", "Two."]
    single = tmp_path / "one.json"
    single.write_text(json.dumps({"text": "Alone.", "date": "2019-12"}))
    [document] = _read(single)
    assert isinstance(document, RawDocument) and document.published is not None
    assert document.published.date.iso() == "2019-12"


def test_broken_json_lines_say_where_the_decoder_stopped(tmp_path: Path) -> None:
    path = tmp_path / "dump.jsonl"
    binary = b'{"text": "\x80' + bytes(range(1, 9)) * 4 + b'"}'
    path.write_bytes(b'{"text": "a\tb"}\n{"text": "fine", "n": 1,}\n' + binary + b"\n")
    assert [p.reason for p in _read(path) if isinstance(p, Problem)] == [
        "broken JSON line: Invalid control character at (column 12)",
        "broken JSON line: Expecting property name enclosed in double quotes (column 25)",
        "broken JSON line: binary data, not text",
    ]


def test_jsonl_line_in_latin1_is_read_and_its_encoding_noted(tmp_path: Path) -> None:
    path = tmp_path / "old-dump.jsonl"
    text = "Le conseil municipal a approuvé le projet du port mardi soir à Genève."
    path.write_bytes(json.dumps({"text": text}, ensure_ascii=False).encode("latin-1") + b"\n")
    [document] = _read(path)
    assert isinstance(document, RawDocument)
    assert document.text == text
    assert document.source.fields_used["encoding"] != "utf-8"


def test_discover_walks_folders_and_reports_missing_paths(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text("x")
    (tmp_path / "b.jsonl.gz").write_bytes(b"")
    (tmp_path / "ignored.png").write_bytes(b"")
    (tmp_path / "sub" / "style.CSS.gz").write_bytes(b"")
    (tmp_path / "sub" / "README").write_bytes(b"")
    (tmp_path / ".hidden.png").write_bytes(b"")
    found = list(discover([tmp_path, tmp_path / "missing"]))
    names = [p.name for p in found if isinstance(p, Path)]
    assert names == ["b.jsonl.gz", "a.txt"]
    assert [p.reason for p in found if isinstance(p, Problem)] == ["no such file or folder"]
    skipped = [p.file_type for p in found if isinstance(p, SkippedFile)]
    assert skipped == [".png", "no suffix", ".css.gz"]


def test_discover_reports_broken_links_it_would_have_read(tmp_path: Path) -> None:
    (tmp_path / "gone.html").symlink_to(tmp_path / "nowhere.html")
    (tmp_path / "gone.png").symlink_to(tmp_path / "nowhere.png")
    [problem] = list(discover([tmp_path]))
    assert isinstance(problem, Problem)
    assert problem.line() == f"{tmp_path / 'gone.html'}: broken link: its target does not exist"


def test_t17_dump_is_read_with_its_dates(tmp_path: Path) -> None:
    from ..conftest import shared_path

    documents = [
        d
        for d in _read(shared_path("bench", "t17", "mj", "articles.jsonl.gz"))
        if isinstance(d, RawDocument)
    ]
    assert len(documents) > 130
    assert all(d.published is not None for d in documents)
    assert documents[0].source.record_id == "bbc/2009-06-27/114.htm.txt"
