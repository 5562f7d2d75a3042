"""Find temporal expressions in a text and normalize them against a reference date."""

from __future__ import annotations

import re
from collections.abc import Callable
from contextlib import suppress
from datetime import date

from dateline.time import (  # noqa: F401  (they register rules)
    grammar_periods,
    grammar_relative,
    grammar_spans,
    holidays,
)
from dateline.time.context import ResolutionContext
from dateline.time.grammar import RULES, Resolved, Rule, Trigger
from dateline.time.timex import Timex, calendar_value

MAX_TEXT_CHARS = 2_000_000  # longer input is tagged in its first 2 MB only
_MONTH_NAMES_NEEDING_CAPITALS = ("may", "march")
_DAY_VALUE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_QUARTER_VALUE = re.compile(r"^\d{4}-Q\d$")
_LATER_UNIT = re.compile(r"\s(week|month|year|day|hour|minute)s?\b")
# A date that names a place is no date: Cairo's "6 October Bridge", "26 July Street".
_PLACE_AFTER = re.compile(
    r"\s+(?:Bridge|City|Street|Square|Avenue|Road|Stadium|Airport|District)\b"
)


# Rules run only in windows around their triggers (see Trigger): on average a rule scans 9-14 %
# of a news text (T17, TBAQ), so tagging is 2.5-3 times as fast as with one window for all
# rules, and finds what tagging the whole text finds (tests/time/test_tagger_windows.py).
_TRIGGER = re.compile(
    r"(?<![a-z])(?:" + "|".join(f"(?P<{t.name}>{t.value})" for t in Trigger) + ")"
)
_BEFORE, _AFTER = 40, 24  # characters an extent may reach before and after its trigger
# How far past those a window looks for the space that ends a word. Unbounded, a text with no
# spaces (a 1 MB run of digits, a hex dump) cost a scan to its start and end per trigger: 23 s.
_LONGEST_WORD = 64

Window = tuple[int, int]


def _trigger_windows(lowered: str) -> dict[str, list[Window]]:
    """For each trigger class, the spans around its words, in text order."""
    windows: dict[str, list[Window]] = {trigger.name: [] for trigger in Trigger}
    for match in _TRIGGER.finditer(lowered):
        reach = max(0, match.start() - _BEFORE)
        floor = max(0, reach - _LONGEST_WORD)
        space = lowered.rfind(" ", floor, reach)
        start = space + 1 if space >= 0 or floor == 0 else floor
        reach = match.end() + _AFTER
        space = lowered.find(" ", reach, reach + _LONGEST_WORD)
        end = space if space >= 0 else min(len(lowered), reach + _LONGEST_WORD)
        windows[str(match.lastgroup)].append((start, end))
    return windows


def _merged(spans: list[Window]) -> list[Window]:
    merged: list[list[int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [(start, end) for start, end in merged]


def rule_windows(lowered: str) -> Callable[[Rule], list[Window]]:
    """The spans of `lowered` in which each rule may match."""
    by_trigger = _trigger_windows(lowered)
    cache: dict[frozenset[Trigger], list[Window]] = {}

    def windows(rule: Rule) -> list[Window]:
        if rule.triggers not in cache:
            cache[rule.triggers] = _merged([w for t in rule.triggers for w in by_trigger[t.name]])
        return cache[rule.triggers]

    return windows


def _candidates(lowered: str) -> list[tuple[int, int, int, Rule, re.Match[str]]]:
    found = []
    windows = rule_windows(lowered)
    for order, rule in enumerate(RULES):
        for start, end in windows(rule):
            for match in rule.pattern.finditer(lowered, start, end):
                if match.end() > match.start():
                    found.append((match.start(), match.end(), order, rule, match))
    return found


def _select(
    candidates: list[tuple[int, int, int, Rule, re.Match[str]]],
) -> list[tuple[Rule, re.Match[str]]]:
    """Longest match first; among equals the earlier rule; no overlaps."""
    candidates.sort(key=lambda c: (-(c[1] - c[0]), c[0], c[2]))
    taken = bytearray(max((c[1] for c in candidates), default=0))  # 1 where an extent lies
    chosen = []
    for start, end, _, rule, match in candidates:
        if taken.find(1, start, end) >= 0:
            continue
        taken[start:end] = b"\x01" * (end - start)
        chosen.append((rule, match))
    chosen.sort(key=lambda item: item[1].start())
    return chosen


def _plausible(text: str, match: re.Match[str]) -> bool:
    """Month names that are also words ("may", "march") and holidays must be capitalized; a unit
    capitalized after the first word is a title ("ABC's This Week", "60 Minutes"), and a date
    before a place noun is a name."""
    if _titled_unit(text, match) or _PLACE_AFTER.match(text, match.end()):
        return False
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


def _titled_unit(text: str, match: re.Match[str]) -> bool:
    if match.groupdict().get("holiday"):  # "Thanksgiving Day"
        return False
    found = _LATER_UNIT.search(match.group(0))
    if not found:
        return False
    word = text[match.start() + found.start(1) : match.start() + found.end(1)]
    return word[0].isupper() and not word.isupper()


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
        if _QUARTER_VALUE.match(calendar):
            context.named_quarters.add(calendar)
    if found := _DAY_VALUE.match(calendar):
        with suppress(ValueError):
            context.last_day = date(int(found[1]), int(found[2]), int(found[3]))
