"""Read and write TimeML (TempEval-3 layout) and score a tagger the TempEval-3 way."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from dateline.time.absolute import parse_date_string
from dateline.time.timex import Timex

_DCT = re.compile(r"<DCT>.*?value=\"([^\"]+)\".*?</DCT>", re.S)
_TEXT = re.compile(r"(<TEXT>)(.*?)(</TEXT>)", re.S)
_TAG = re.compile(r"<(/?)(\w+)([^>]*)>")
_ATTRIBUTE = re.compile(r'(\w+)="([^"]*)"')


@dataclass(slots=True, frozen=True)
class GoldTimex:
    start: int
    end: int
    text: str
    type: str
    value: str


@dataclass(slots=True)
class TimeMLDocument:
    path: Path
    raw: str
    dct: date | None
    text: str  # the plain text of <TEXT>, tags removed, entities decoded
    gold: list[GoldTimex] = field(default_factory=list)


class TimeMLError(ValueError):
    """A file that cannot be read as TimeML, and why."""


def read_timeml(path: Path) -> TimeMLDocument:
    try:
        raw = path.read_text(encoding="utf-8", errors="replace")
    except OSError as error:
        raise TimeMLError(f"cannot read: {error.strerror or error}") from error
    body = _TEXT.search(raw)
    if body is None:
        raise TimeMLError("no <TEXT> … </TEXT> element: not a TimeML file")
    dct = None
    if found := _DCT.search(raw):
        parsed = parse_date_string(found[1])
        if parsed is not None and parsed.day is not None:
            dct = date(parsed.year, parsed.month or 1, parsed.day)
    text, gold = _strip_tags(body[2])
    return TimeMLDocument(path, raw, dct, text, gold)


def _strip_tags(marked: str) -> tuple[str, list[GoldTimex]]:
    pieces: list[str] = []
    length = 0
    gold: list[GoldTimex] = []
    open_timex: tuple[int, dict[str, str]] | None = None
    position = 0
    for tag in _TAG.finditer(marked):
        chunk = html.unescape(marked[position : tag.start()])
        pieces.append(chunk)
        length += len(chunk)
        position = tag.end()
        closing, name = tag[1] == "/", tag[2]
        if name != "TIMEX3":
            continue
        if not closing:
            open_timex = (length, dict(_ATTRIBUTE.findall(tag[3])))
        elif open_timex is not None:
            start, attributes = open_timex
            text = "".join(pieces)[start:length]
            gold.append(
                GoldTimex(
                    start, length, text, attributes.get("type", ""), attributes.get("value", "")
                )
            )
            open_timex = None
    pieces.append(html.unescape(marked[position:]))
    return "".join(pieces), gold


def write_timeml(document: TimeMLDocument, expressions: list[Timex], out: Path) -> None:
    """The same file with <TEXT> replaced by the plain text carrying our TIMEX3 tags."""
    parts, position = [], 0
    for number, timex in enumerate(expressions, start=1):
        parts.append(html.escape(document.text[position : timex.start], quote=False))
        mod = f' mod="{timex.mod}"' if timex.mod else ""
        parts.append(
            f'<TIMEX3 tid="t{number}" type="{timex.type.value}" value="{html.escape(timex.value)}"{mod}>'
            f"{html.escape(timex.text, quote=False)}</TIMEX3>"
        )
        position = timex.end
    parts.append(html.escape(document.text[position:], quote=False))
    tagged = "".join(parts)
    body = _TEXT.search(document.raw)
    if body:
        output = document.raw[: body.start(2)] + tagged + document.raw[body.end(2) :]
    else:
        output = document.raw + f"\n<TEXT>{tagged}</TEXT>\n"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(output, encoding="utf-8")


@dataclass(slots=True)
class TimexScores:
    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed: int = 0
    type_correct: int = 0
    value_correct: int = 0

    def f1(self, correct: int) -> float:
        precision = correct / self.system if self.system else 0.0
        recall = correct / self.gold if self.gold else 0.0
        return 2 * precision * recall / (precision + recall) if precision + recall else 0.0

    def table(self) -> dict[str, float]:
        return {
            "strict F1": 100 * self.f1(self.strict),
            "relaxed F1": 100 * self.f1(self.relaxed),
            "type F1": 100 * self.f1(self.type_correct),
            "value F1": 100 * self.f1(self.value_correct),
        }


def align(
    gold: list[GoldTimex], system: list[Timex]
) -> list[tuple[GoldTimex | None, Timex | None]]:
    """Pair each gold expression with at most one overlapping system expression."""
    pairs: list[tuple[GoldTimex | None, Timex | None]] = []
    used: set[int] = set()
    for expected in gold:
        match = None
        for index, found in enumerate(system):
            overlaps = found.start < expected.end and expected.start < found.end
            exact = (found.start, found.end) == (expected.start, expected.end)
            if index not in used and overlaps and (match is None or exact):
                match = index
        if match is not None:
            used.add(match)
        pairs.append((expected, system[match] if match is not None else None))
    pairs += [(None, found) for index, found in enumerate(system) if index not in used]
    return pairs


def score(gold: list[GoldTimex], system: list[Timex], scores: TimexScores) -> None:
    scores.gold += len(gold)
    scores.system += len(system)
    for expected, found in align(gold, system):
        if expected is None or found is None:
            continue
        scores.relaxed += 1
        scores.strict += (expected.start, expected.end) == (found.start, found.end)
        scores.type_correct += expected.type == found.type.value
        scores.value_correct += expected.value == found.value
