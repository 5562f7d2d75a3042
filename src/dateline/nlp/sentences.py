"""Split text into sentences with character offsets (rule-based, abbreviation-aware)."""

from __future__ import annotations

import re
from dataclasses import dataclass

_ABBREVIATIONS = {
    "mr",
    "mrs",
    "ms",
    "dr",
    "prof",
    "gen",
    "adm",
    "maj",
    "brig",
    "col",
    "lt",
    "sgt",
    "capt",
    "gov",
    "sen",
    "rep",
    "st",
    "jr",
    "sr",
    "vs",
    "etc",
    "inc",
    "ltd",
    "corp",
    "co",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "u.s",
    "u.k",
    "u.n",
    "e.g",
    "i.e",
    "a.m",
    "p.m",
    "mt",
    "ft",
    "fig",
    "approx",
    "dept",
    "est",
    "rev",
    "hon",
    "pres",
}
_BOUNDARY = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])")
_LAST_WORD = re.compile(r"([\w.]+)$")


@dataclass(slots=True, frozen=True)
class Sentence:
    start: int
    end: int
    text: str


# "No." abbreviates a number only before one: "No. 10 Downing Street", but 'said "no." Then'.
_NUMBER_AHEAD = re.compile(r"\.\s*\d")


def _is_abbreviation(text: str, dot: int) -> bool:
    found = _LAST_WORD.search(text[max(0, dot - 12) : dot])
    if not found:
        return False
    word = found[1].lower().rstrip(".")
    if word == "no":
        return bool(_NUMBER_AHEAD.match(text, dot))
    return word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha())


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of a text; line breaks always end a sentence."""
    sentences: list[Sentence] = []
    offset = 0
    for line in text.split("\n"):
        start = 0
        for match in _BOUNDARY.finditer(line):
            if match.group(0).startswith(".") and _is_abbreviation(line, match.start()):
                continue
            _add(sentences, line, offset, start, match.end())
            start = match.end()
        _add(sentences, line, offset, start, len(line))
        offset += len(line) + 1
    return sentences


def _add(sentences: list[Sentence], line: str, offset: int, start: int, end: int) -> None:
    piece = line[start:end]
    stripped = piece.strip()
    if not stripped:
        return
    lead = len(piece) - len(piece.lstrip())
    begin = offset + start + lead
    sentences.append(Sentence(begin, begin + len(stripped), stripped))
