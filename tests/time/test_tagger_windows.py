"""Rules run only near their trigger words; that must find what tagging the whole text finds."""

from __future__ import annotations

import gzip
import json
from datetime import date
from itertools import islice

import pytest

from dateline.time import tagger
from dateline.time.grammar import RULES, Rule, Trigger, rule
from dateline.time.timeml import read_timeml
from tests.conftest import shared_path

Found = list[tuple[int, int, str, str]]


def _tag_all(texts: list[tuple[str, date]]) -> list[Found]:
    return [[(t.start, t.end, t.text, t.value) for t in tagger.tag(*pair)] for pair in texts]


def _corpus() -> list[tuple[str, date]]:
    """TBAQ's documents and every fourth article of three T17 topics."""
    folder = shared_path("bench", "timex", "tbaq")
    texts = []
    for path in sorted(folder.rglob("*.tml")):
        document = read_timeml(path)
        texts.append((document.text, document.dct or date(2000, 1, 1)))
    for topic in ("bpoil", "h1n1", "mj"):
        articles = shared_path("bench", "t17", topic, "articles.jsonl.gz")
        with gzip.open(articles, "rt", encoding="utf-8") as handle:
            for line in islice(handle, 0, None, 4):
                record = json.loads(line)
                texts.append((record["text"], date.fromisoformat(record["date"])))
    return texts


def test_trigger_windows_find_what_the_whole_text_finds(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = _corpus()
    windowed = _tag_all(texts)
    monkeypatch.setattr(tagger, "rule_windows", lambda lowered: lambda _: [(0, len(lowered))])
    assert _tag_all(texts) == windowed
    assert sum(map(len, windowed)) > 5_000  # the corpus is news, full of dates


@pytest.mark.parametrize(
    ("text", "expression"),
    [
        ("We are at present unsure.", "at present"),  # found before only near "know" ("now")
        ("It began a decade ago.", "a decade ago"),  # "dec" of a month must not hide "decade"
        ("It shut on Good Friday.", "Good Friday"),
        ("It opened on New Year's Day.", "New Year's Day"),
        ("Prices rose over the past decade.", "the past decade"),
    ],
)
def test_expressions_whose_triggers_are_rare_or_nested(text: str, expression: str) -> None:
    assert [t.text for t in tagger.tag(text, date(2020, 11, 24))] == [expression]


def test_every_rule_has_triggers() -> None:
    assert all(isinstance(r, Rule) and r.triggers for r in RULES)
    assert {t for r in RULES for t in r.triggers} == set(Trigger)
    with pytest.raises(ValueError, match="never run"):
        rule(r"whenever")


@pytest.mark.parametrize(
    "text",
    ["x" * 9_000 + "1999" + "x" * 9_000, "-" * 9_000 + "may" + "-" * 9_000],
    ids=["a year among letters", "a month among dashes"],
)
def test_a_window_in_a_text_without_spaces_stays_near_its_trigger(text: str) -> None:
    # Unbounded, the window reached back to the text's start and on to its end.
    windows = [w for spans in tagger._trigger_windows(text).values() for w in spans]
    widest = tagger._BEFORE + tagger._AFTER + 2 * tagger._LONGEST_WORD + len("1999")
    assert len(windows) == 1
    assert windows[0][1] - windows[0][0] <= widest


def test_a_run_of_digits_is_one_trigger() -> None:
    assert len(tagger._trigger_windows("12" * 5_000)[Trigger.DIGIT.name]) == 1
