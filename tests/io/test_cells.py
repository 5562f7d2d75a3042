"""CSV cells that a spreadsheet would run as formulas are defused."""

from __future__ import annotations

import pytest

from dateline.io.cells import spreadsheet_safe


@pytest.mark.parametrize(
    ("value", "cell"),
    [
        (
            '=HYPERLINK("http://evil.example","click")',
            '\'=HYPERLINK("http://evil.example","click")',
        ),
        ("+1+cmd|' /C calc'!A0", "'+1+cmd|' /C calc'!A0"),
        ("@SUM(A1:A9)", "'@SUM(A1:A9)"),
        ("-2+3", "'-2+3"),
        ("The council met on Monday.", "The council met on Monday."),
        ("2020-11-23", "2020-11-23"),
        (42, 42),
        (True, True),
    ],
)
def test_only_formula_like_text_is_prefixed(value: object, cell: object) -> None:
    assert spreadsheet_safe(value) == cell
