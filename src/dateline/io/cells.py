"""CSV cells that are safe to open in a spreadsheet."""

from __future__ import annotations

# A cell that a spreadsheet would run as a formula ("=HYPERLINK(…)", "+cmd|…", "@SUM(…)"):
# article text is hostile, so such a cell opens with an apostrophe, which spreadsheets show
# as text (OWASP's advice against CSV injection).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value: object) -> object:
    """The value as a CSV cell that no spreadsheet runs."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value
