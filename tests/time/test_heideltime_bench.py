"""bench/heideltime_tbaq.py reads HeidelTime's TimeML back into offsets of the original text."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

from heideltime_tbaq import _expressions

from dateline.time.timex import TimexType


def test_offsets_point_into_the_unescaped_text() -> None:
    tagged = (
        'AT&amp;T fell <TIMEX3 tid="t1" type="DATE" value="2020-11-23">Monday</TIMEX3> '
        'for <TIMEX3 tid="t2" type="DURATION" value="P3D">three days</TIMEX3>.'
    )
    text, expressions = _expressions(tagged)
    assert text == "AT&T fell Monday for three days."
    assert [(text[e.start : e.end], e.type, e.value) for e in expressions] == [
        ("Monday", TimexType.DATE, "2020-11-23"),
        ("three days", TimexType.DURATION, "P3D"),
    ]


def test_an_unknown_type_is_read_as_a_date() -> None:
    _, expressions = _expressions('<TIMEX3 tid="t1" type="TEMPEX" value="2020">2020</TIMEX3>')
    assert [(e.type, e.value) for e in expressions] == [(TimexType.DATE, "2020")]
