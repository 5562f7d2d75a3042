"""Classify the lines of a page as main text or site furniture.

Each line is judged by what it says (calls to action, web-only wording, credits), its length
and ending, its position relative to the body, and how often it repeats across the corpus.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import pairwise

from dateline.clean.lines import Line
from dateline.settings import CleanSettings

CAPTION = "caption"


@dataclass(slots=True)
class LineVerdicts:
    """Which lines to drop and why; captions are dropped from the text but kept aside."""

    removed: dict[int, str] = field(default_factory=dict)

    def drop(self, line: Line, reason: str) -> None:
        self.removed.setdefault(line.index, reason)

    def keeps(self, line: Line) -> bool:
        return line.index not in self.removed


# A teaser cut off by "…" is a line or two; a longer cut line is an excerpt of the article.
_TEASER_MAX_WORDS = 40


def furniture_score(line: Line, repeated_docs: int, settings: CleanSettings) -> float:
    """How much a line, on its own, looks like site furniture (0 = prose, 1 = certain)."""
    score = 0.0
    if line.call_to_action or line.list_label:
        score += 0.9
    if line.web_only:
        score += 0.8
    if line.widget:
        score += 1.0  # furniture even where it reads like prose
    if line.credit:
        score += 0.6
    if line.ends_ellipsis and not line.is_prose and line.words <= _TEASER_MAX_WORDS:
        score += 0.5
    short = not line.ends_sentence and line.words <= settings.max_short_line_words
    if short and repeated_docs >= settings.repeated_line_docs:
        score += 0.5
    if line.is_prose and line.words > 25:
        score -= 0.5
    return score


def _drop_scored(
    lines: list[Line], verdicts: LineVerdicts, count: Callable[[str], int], settings: CleanSettings
) -> None:
    for line in lines:
        if furniture_score(line, count(line.key), settings) >= settings.boilerplate_threshold:
            verdicts.drop(line, "furniture")


def _drop_teaser_lists(lines: list[Line], verdicts: LineVerdicts) -> None:
    """After a label such as "More:" or "Related", headline-like lines are teasers."""
    in_list = False
    for line in lines:
        if line.list_label:
            in_list = True
        elif in_list and line.is_headline_like and not line.is_prose:
            verdicts.drop(line, "related-headline teaser")
        else:
            in_list = False


def _drop_captions(lines: list[Line], verdicts: LineVerdicts) -> None:
    """A line right before a photo credit is a caption, and so is every later copy of it."""
    captions: set[str] = set()
    for before, line in pairwise(lines):
        if line.credit and not before.credit and before.words >= 4:
            captions.add(before.key)
    for line in lines:
        if line.key in captions:
            verdicts.drop(line, CAPTION)


def _drop_repeats_and_teasers(lines: list[Line], verdicts: LineVerdicts) -> None:
    """Keep only the last copy of a repeated line; drop "…" teasers of the text that follows."""
    last_index = {line.key: line.index for line in lines}
    for position, line in enumerate(lines):
        if line.key and last_index[line.key] != line.index:
            verdicts.drop(line, "repeated line")
        elif line.ends_ellipsis:
            stem = line.key[:60]
            following = " ".join(later.key for later in lines[position + 1 :])
            if stem and stem in following:
                verdicts.drop(line, "truncated teaser")


def classify_lines(
    lines: list[Line], count: Callable[[str], int], settings: CleanSettings
) -> LineVerdicts:
    """Decide which lines of a page are furniture; position rules come later, per article."""
    verdicts = LineVerdicts()
    _drop_captions(lines, verdicts)
    _drop_scored(lines, verdicts, count, settings)
    _drop_teaser_lists(lines, verdicts)
    _drop_repeats_and_teasers(lines, verdicts)
    return verdicts


def trim_article_edges(lines: list[Line], verdicts: LineVerdicts) -> None:
    """Inside one article: labels before the title, everything non-prose after the body and
    the reader comments from the first comment's signature on go.

    A prose line addressing the reader ("You have a right to ...") right before a furniture
    block at the end goes too: that is a subscription pitch, not news.
    """
    kept = [line for line in lines if verdicts.keeps(line)]
    body = [line for line in kept if line.is_prose]
    if not body:
        return
    first_body, last_body = body[0].index, body[-1].index
    signatures = (line.index for line in kept if line.comment_signature and line.index > first_body)
    comments_from = next(signatures, None)
    for line in kept:
        if comments_from is not None and line.index >= comments_from:
            verdicts.drop(line, "reader comments")
        if line.index < first_body and line.is_short_label and line.words <= 2:
            verdicts.drop(line, "label before headline")
        if line.index > last_body and not line.is_prose:
            verdicts.drop(line, "after the article")
    for line in reversed(kept):
        if line.index > last_body:
            continue
        if not (line.second_person and _followed_by_furniture(line, lines, verdicts)):
            break
        verdicts.drop(line, "appeal to the reader")


def _followed_by_furniture(line: Line, lines: list[Line], verdicts: LineVerdicts) -> bool:
    after = [later for later in lines if later.index > line.index]
    return bool(after) and all(not verdicts.keeps(later) for later in after[:2])
