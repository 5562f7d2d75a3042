"""Find temporal expressions in a text and normalize them against a reference date."""

from __future__ import annotations

import re
from contextlib import suppress
from datetime import date

from dateline.time import grammar_relative, grammar_spans  # noqa: F401  (they register rules)
from dateline.time.context import ResolutionContext
from dateline.time.grammar import RULES, Resolved, Rule
from dateline.time.timex import Anchor, Timex, TimexType

MAX_TEXT_CHARS = 2_000_000  # longer input is tagged in its first 2 MB only
_MONTH_NAMES_NEEDING_CAPITALS = ("may", "march")
_DAY_VALUE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")


def _candidates(lowered: str) -> list[tuple[int, int, int, Rule, re.Match[str]]]:
    found = []
    for order, rule in enumerate(RULES):
        for match in rule.pattern.finditer(lowered):
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
    """Month names that are also words ("may", "march") must be capitalized in the text."""
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
        start, end, text[start:end], resolved.type, resolved.value, resolved.anchor, resolved.mod
    )


def _remember(context: ResolutionContext, resolved: Resolved) -> None:
    if resolved.type not in (TimexType.DATE, TimexType.TIME):
        return
    if resolved.value[:4].isdigit():
        context.last_value = resolved.value
    if found := _DAY_VALUE.match(resolved.value):
        with suppress(ValueError):
            context.last_day = date(int(found[1]), int(found[2]), int(found[3]))
    if resolved.anchor is Anchor.NONE and resolved.value[:4].isdigit():
        context.last_year = int(resolved.value[:4])
