"""Bad input is normal input: each bad file gets one clear line, the batch goes on."""

from __future__ import annotations

import base64
import gzip
import json
import os
from pathlib import Path

import pytest

from dateline.ingest import IngestReport, ingest_paths
from dateline.store import Store
from dateline.store.queries import iter_articles, store_counts

GOOD_TEXT = (
    "The harbour council met on Tuesday to discuss the new ferry terminal and its cost. "
    "Councillors voted by nine to four to approve the plan, which will cost 12 million crowns. "
    "Construction is expected to begin in the spring and to last about eighteen months."
)


def _ingest_one(tmp_path: Path, store: Store, name: str, data: bytes) -> IngestReport:
    folder = tmp_path / "in"
    folder.mkdir(exist_ok=True)
    (folder / name).write_bytes(data)
    return ingest_paths([folder / name], store)


def _only_problem(report: IngestReport) -> str:
    assert len(report.problems) == 1, [p.line() for p in report.problems]
    line = report.problems[0].line()
    assert line.startswith(str(Path(report.problems[0].file_path)))
    return line


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b"   \n\n  ", "blank file: only whitespace (7 bytes)"),
        ("binary.txt", bytes(range(256)) * 40, "binary data"),
        ("nobody.html", b"<html><head><title>x</title></head></html>", "no main text in HTML"),
        ("script.html", b"<html><body><script>alert(1)</script></body></html>", "no main text"),
        ("broken.json", b'{"text": "unterminated', "invalid JSON"),
        ("deep.json", b"[" * 100_000 + b"]" * 100_000, "JSON nested too deeply to read"),
        ("empty.jsonl", b"", "empty file"),
        ("blank.jsonl", b"\n \n", "blank file: only whitespace (3 bytes)"),
        (
            "teaser.txt",
            "Breaking: talks collapse …".encode(),
            "no main text left after cleaning (only 4 words and no sentence of article text)",
        ),
        (
            "attachment.txt",
            base64.b64encode(bytes(range(256)) * 30),
            "no main text left after cleaning (10,240 of its 10,240 characters run on without a"
            " space: encoded data or links, not prose)",
        ),
    ],
)
def test_unusable_file_gets_one_clear_line(
    tmp_path: Path, store: Store, name: str, data: bytes, reason: str
) -> None:
    report = _ingest_one(tmp_path, store, name, data)
    assert reason in _only_problem(report)
    assert report.articles_stored == 0


def test_huge_page_is_refused_without_reading_it(tmp_path: Path, store: Store) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(200 * 1024 * 1024)  # sparse: 200 MB on paper, nothing on disk
    report = ingest_paths([path], store)
    assert "too large for one page: 210 MB" in _only_problem(report)


@pytest.mark.parametrize(
    ("name", "encoding"),
    [("latin1.txt", "latin-1"), ("utf16.txt", "utf-16"), ("utf16le.txt", "utf-16-le")],
)
def test_other_encodings_are_decoded(
    tmp_path: Path, store: Store, name: str, encoding: str
) -> None:
    text = "Café owners in Zürich said prices rose. " + GOOD_TEXT
    report = _ingest_one(tmp_path, store, name, text.encode(encoding))
    assert report.articles_stored == 1 and not report.problems
    assert "Café owners in Zürich" in next(iter_articles(store)).text


def test_invalid_utf8_is_decoded_with_a_guess(tmp_path: Path, store: Store) -> None:
    data = GOOD_TEXT.encode() + b" The mayor \xe9lu said \xff\xfe nothing."
    report = _ingest_one(tmp_path, store, "bad-utf8.txt", data)
    assert report.articles_stored == 1


def test_broken_json_lines_are_skipped_and_counted(tmp_path: Path, store: Store) -> None:
    lines = [
        json.dumps({"text": GOOD_TEXT, "date": "2021-03-04"}),
        "{not json",
        "[1, 2]",
        json.dumps({"title": "no text"}),
        json.dumps({"content": GOOD_TEXT + " Another."}),
    ]
    lines.insert(2, "[" * 100_000 + "]" * 100_000)
    report = _ingest_one(tmp_path, store, "dump.jsonl", "\n".join(lines).encode())
    reasons = sorted(p.line() for p in report.problems)
    assert len(reasons) == 4
    assert "line 2: broken JSON line" in reasons[0]
    assert "line 3: broken JSON line: JSON nested too deeply to read" in reasons[1]
    assert report.articles_stored == 2 and report.near_duplicates == 1


def test_truncated_gzip_keeps_what_was_read(tmp_path: Path, store: Store) -> None:
    records = [
        json.dumps({"text": f"Story {n}. " + GOOD_TEXT.replace("nine", str(n))}) for n in range(50)
    ]
    whole = gzip.compress("\n".join(records).encode())
    report = _ingest_one(tmp_path, store, "cut.jsonl.gz", whole[: len(whole) * 2 // 3])
    assert "truncated or corrupt gzip" in _only_problem(report)
    assert report.documents_read > 0


def test_unreadable_file(tmp_path: Path, store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "secret.txt"
    path.write_text(GOOD_TEXT)
    path.chmod(0)
    if os.geteuid() == 0:  # root reads anything: make the open fail as it would for a user
        original = Path.open

        def deny(self: Path, *args: object, **kwargs: object):  # type: ignore[no-untyped-def]
            if self == path:
                raise PermissionError(13, "Permission denied", str(self))
            return original(self, *args, **kwargs)  # type: ignore[arg-type]

        monkeypatch.setattr(Path, "open", deny)
    report = ingest_paths([path], store)
    assert "cannot read: permission denied" in _only_problem(report)


def test_bad_files_leave_stored_articles_alone(
    tmp_path: Path, store: Store, seeds_dir: Path
) -> None:
    ingest_paths([seeds_dir], store)
    before = store_counts(store)
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "empty.txt").write_bytes(b"")
    (bad / "binary.txt").write_bytes(os.urandom(4096))
    (bad / "cut.jsonl.gz").write_bytes(gzip.compress(json.dumps({"text": GOOD_TEXT}).encode())[:30])
    (bad / "good.txt").write_text(GOOD_TEXT)
    report = ingest_paths([bad], store)
    assert sum(report.failures.values()) == 3
    after = store_counts(store)
    assert after["articles"] == before["articles"] + 1
    assert after["sources"] == before["sources"] + 1
