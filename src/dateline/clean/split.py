"""Find where a page holding several articles (headline + body + headline + body) splits."""

from __future__ import annotations

from dateline.clean.boilerplate import LineVerdicts
from dateline.clean.lines import Line


def split_points(lines: list[Line], verdicts: LineVerdicts, min_words: int) -> list[int]:
    """Positions in `lines` where a new article starts (always including 0).

    A new article starts at a kept headline-like line that follows removed furniture,
    with at least `min_words` of text before it and after it.
    """
    points = [0]
    words_before, after_gap = 0, False
    kept_words_after = _kept_words_after(lines, verdicts)
    for position, line in enumerate(lines):
        if not verdicts.keeps(line):
            after_gap = after_gap or words_before > 0
            continue
        if (
            after_gap
            and line.is_headline_like
            and words_before >= min_words
            and kept_words_after[position] >= min_words
        ):
            points.append(position)
            words_before = 0
        after_gap = False
        words_before += line.words
    return points


def _kept_words_after(lines: list[Line], verdicts: LineVerdicts) -> list[int]:
    totals, running = [0] * len(lines), 0
    for position in range(len(lines) - 1, -1, -1):
        totals[position] = running
        if verdicts.keeps(lines[position]):
            running += lines[position].words
    return totals
