"""Bytes to text: what counts as binary, and what of the text is kept."""

from __future__ import annotations

import io

import pytest

from dateline.io.decode import decode_bytes, read_at_most
from dateline.io.problems import UnreadableInput

PROSE = b"The council approved the new harbour plan on Tuesday after a long debate. " * 20


def test_a_page_with_stray_nul_bytes_is_text_without_them() -> None:
    decoded = decode_bytes(PROSE[:700] + b"\x00\x00" + PROSE[700:])
    assert decoded.text == PROSE.decode()


def test_form_feeds_of_old_text_dumps_break_lines() -> None:
    assert decode_bytes(b"Page one ends.\x0cPage two begins.").text == (
        "Page one ends.\nPage two begins."
    )


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8,
        PROSE[:2000] + b"\x00" * 100 + PROSE[:2000],  # NUL padding: 2 % of the sample
    ],
)
def test_binary_data_is_refused(data: bytes) -> None:
    with pytest.raises(UnreadableInput, match="binary data"):
        decode_bytes(data)


def test_a_bounded_read_stops_one_byte_past_the_limit() -> None:
    assert read_at_most(io.BytesIO(b"x" * 10), 10) == b"x" * 10
    stream = io.BytesIO(b"x" * 1000)
    assert read_at_most(stream, 10) is None
    assert stream.tell() == 11  # the rest of the stream is never read
