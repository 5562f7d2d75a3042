"""Bytes to text: BOMs, UTF-16, legacy encodings and binary detection."""

from __future__ import annotations

from dataclasses import dataclass
from typing import IO

from charset_normalizer import from_bytes

from dateline.io.problems import UnreadableInput

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)
_CONTROL = set(range(0, 9)) | {11, 12} | set(range(14, 32))


def read_at_most(handle: IO[bytes], limit: int) -> bytes | None:
    """The stream's bytes when there are at most `limit` of them, else None; it reads no
    further than the limit (a small .gz may inflate to gigabytes, a pipe may not end)."""
    data = handle.read(limit + 1)
    return None if len(data) > limit else data


@dataclass(slots=True, frozen=True)
class DecodedText:
    text: str
    encoding: str
    note: str = ""  # set when the bytes were not plain UTF-8


def _looks_utf16(data: bytes) -> str | None:
    """UTF-16 without a BOM shows NUL bytes in every other position."""
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even_nuls = sample[0::2].count(0) / max(1, len(sample[0::2]))
    odd_nuls = sample[1::2].count(0) / max(1, len(sample[1::2]))
    if odd_nuls > 0.4 and even_nuls < 0.05:
        return "utf-16-le"
    if even_nuls > 0.4 and odd_nuls < 0.05:
        return "utf-16-be"
    return None


# Control characters that no text means (stray NULs and escapes of scrapers and old dumps)
# go; the vertical tab and form feed of old text dumps break lines.
_DROP_CONTROLS: dict[int, str | None] = {**dict.fromkeys(_CONTROL), 11: "\n", 12: "\n"}


def _is_binary(data: bytes) -> bool:
    """Binary shows NULs (1 % of bytes) or control bytes (5 %); a page with a few stray NULs
    is text."""
    sample = data[:8192]
    controls = sum(1 for byte in sample if byte in _CONTROL)
    return sample.count(0) > len(sample) * 0.01 or controls > len(sample) * 0.05


def decode_bytes(data: bytes) -> DecodedText:
    """Decode a document without its stray control characters; raise UnreadableInput for
    empty or binary data."""
    decoded = _decode(data)
    return DecodedText(decoded.text.translate(_DROP_CONTROLS), decoded.encoding, decoded.note)


def _decode(data: bytes) -> DecodedText:
    if not data.strip():
        raise UnreadableInput(nothing_but_whitespace(len(data)))
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return DecodedText(data.decode(encoding, errors="replace"), encoding, f"{encoding} BOM")
    utf16 = _looks_utf16(data)
    if utf16:
        return DecodedText(data.decode(utf16, errors="replace"), utf16, f"{utf16} without BOM")
    if _is_binary(data):
        raise UnreadableInput("binary data, not text")
    try:
        return DecodedText(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as error:
        guess = from_bytes(data[:65536]).best()
        encoding = guess.encoding if guess is not None else "cp1252"
        try:
            text = data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            encoding, text = "utf-8", data.decode("utf-8", errors="replace")
        note = f"not valid UTF-8 at byte {error.start}; decoded as {encoding}"
        return DecodedText(text, encoding, note)


EMPTY_FILE = "empty file"


def nothing_but_whitespace(size: int) -> str:
    """Why a document with no text is refused: empty, or blank with its size."""
    return f"blank file: only whitespace ({size:,} bytes)" if size else EMPTY_FILE
