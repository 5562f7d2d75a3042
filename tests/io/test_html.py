"""Main text from pages whose markup defeats a plain parse."""

from __future__ import annotations

import pytest

from dateline.io.html import extract_html
from dateline.io.problems import UnreadableInput
from dateline.records import SourceRef

LEAD = "The council approved the new harbour plan on Tuesday after a long debate. " * 4


def _nested(levels: int) -> str:
    """A page whose article sits inside `levels` nested <div> layers."""
    return f"<html><body>{'<div>' * levels}<p>{LEAD}</p>{'</div>' * levels}</body></html>"


def _extract(html: str) -> str:
    return extract_html(html, SourceRef(file_path="page.html", locator="")).text


@pytest.mark.parametrize("levels", [10, 300, 2000])
def test_text_is_kept_however_deep_the_tag_soup_up_to_the_huge_tree_limit(levels: int) -> None:
    # libxml2 drops a page nested over 256 levels unless asked for its huge-tree mode.
    assert _extract(_nested(levels)) == LEAD.strip()


def test_a_page_nested_past_the_huge_tree_limit_says_so() -> None:
    with pytest.raises(UnreadableInput, match=r"^HTML nested too deeply: over 2,048 levels$"):
        _extract(_nested(3000))


def test_a_text_run_past_the_parsers_10_mb_limit_is_kept() -> None:
    # libxml2's normal mode drops a page with a text node over 10 MB, as it drops deep ones.
    paragraph = LEAD * 36_000
    assert len(paragraph) > 10_000_000
    html = f"<html><body><p>{paragraph}</p></body></html>"
    assert _extract(html) == paragraph.strip()


def test_a_shallow_page_without_text_is_still_reported_as_empty() -> None:
    with pytest.raises(UnreadableInput, match="no main text in HTML"):
        _extract("<html><body><script>alert(1)</script></body></html>")
