"""Find temporal expressions in a text and normalize them against a reference date."""

from __future__ import annotations

import re
from contextlib import suppress
from datetime import date

from dateline.time import (  # noqa: F401  (they register rules)
    grammar_relative,
    grammar_spans,
    holidays,
)
from dateline.time.context import ResolutionContext
from dateline.time.grammar import RULES, Resolved, Rule
from dateline.time.timex import Timex, calendar_value

MAX_TEXT_CHARS = 2_000_000  # longer input is tagged in its first 2 MB only
_MONTH_NAMES_NEEDING_CAPITALS = ("may", "march")
_DAY_VALUE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")


# Every rule's extent holds one of these words or a digit. Rules run only in windows around
# them: about a third of news text, so tagging is twice as fast (bench: dateline bench timex).
_TRIGGER = re.compile(
    r"\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|monday|tuesday|wednesday|thursday|"
    r"friday|saturday|sunday|today|yesterday|tomorrow|tonight|now|current|recent|lately|past|"
    r"future|ago|earlier|later|year|month|week|day|decade|centur|quarter|half|spring|summer|"
    r"fall|autumn|winter|night|morning|afternoon|evening|noon|midnight|midday|hour|minute|"
    r"second|every|each|per\b|hence|dail|nineteen|thousand|christmas|new year|halloween|valentine|"
    r"easter\b|good friday|thanksgiving|latest period"
)
_BEFORE, _AFTER = 64, 40  # characters of context a rule may need around its trigger


def _windows(lowered: str) -> list[tuple[int, int]]:
    windows: list[list[int]] = []
    for match in _TRIGGER.finditer(lowered):
        start = lowered.rfind(" ", 0, max(0, match.start() - _BEFORE)) + 1
        end = lowered.find(" ", match.end() + _AFTER)
        end = len(lowered) if end < 0 else end
        if windows and start <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], end)
        else:
            windows.append([start, end])
    return [(start, end) for start, end in windows]


def _candidates(lowered: str) -> list[tuple[int, int, int, Rule, re.Match[str]]]:
    found = []
    windows = _windows(lowered)
    for order, rule in enumerate(RULES):
        for start, end in windows:
            for match in rule.pattern.finditer(lowered, start, end):
                if match.end() > match.start():
                    found.append((match.start(), match.end(), order, rule, match))
    return found


def _select(
    candidates: list[tuple[int, int, int, Rule, re.Match[str]]],
) -> list[tuple[Rule, re.Match[str]]]:
    """Longest match first; among equals the earlier rule; no overlaps."""
    candidates.sort(key=lambda c: (-(c[1] - c[0]), c[0], c[2]))
    taken: list[tuple[int, int]] = []
    chosen = []
    for start, end, _, rule, match in candidates:
        if any(start < t_end and t_start < end for t_start, t_end in taken):
            continue
        taken.append((start, end))
        chosen.append((rule, match))
    chosen.sort(key=lambda item: item[1].start())
    return chosen


def _plausible(text: str, match: re.Match[str]) -> bool:
    """Month names that are also words ("may", "march") and holidays must be capitalized."""
    if match.groupdict().get("holiday"):
        return text[match.start("holiday")].isupper()
    word = match.group(0).split()[0].lower().strip(",")
    if (
        word in _MONTH_NAMES_NEEDING_CAPITALS
        or match.groupdict().get("month") in _MONTH_NAMES_NEEDING_CAPITALS
    ):
        start = match.start("month") if match.groupdict().get("month") else match.start()
        return text[start].isupper()
    return True


def tag(text: str, reference: date | None = None) -> list[Timex]:
    """All temporal expressions of `text`, with values resolved against `reference`."""
    if not text:
        return []
    text = text[:MAX_TEXT_CHARS]
    lowered = text.lower()
    if len(lowered) != len(text):  # a few characters change length when lower-cased
        lowered = "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)
    context = ResolutionContext(reference, lowered)
    expressions = []
    for rule, match in _select(_candidates(lowered)):
        if not _plausible(text, match):
            continue
        try:
            resolved = rule.normalize(match, context)
        except (ValueError, OverflowError, KeyError):
            resolved = None
        if resolved is None:
            continue
        expressions.append(_to_timex(text, match, resolved))
        _remember(context, resolved)
    return expressions


def _to_timex(text: str, match: re.Match[str], resolved: Resolved) -> Timex:
    start, end = match.start(), match.end()
    return Timex(
        start,
        end,
        text[start:end],
        resolved.type,
        resolved.value,
        resolved.anchor,
        resolved.mod,
        resolved.point,
    )


def _remember(context: ResolutionContext, resolved: Resolved) -> None:
    calendar = calendar_value(resolved.type, resolved.value, resolved.point)
    if calendar is None or not resolved.anchors_next:
        return
    if calendar[:4].isdigit():
        context.last_value = calendar
    if found := _DAY_VALUE.match(calendar):
        with suppress(ValueError):
            context.last_day = date(int(found[1]), int(found[2]), int(found[3]))
