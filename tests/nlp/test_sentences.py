"""Sentence splitting: abbreviations, quotes, offsets."""

from __future__ import annotations

import pytest

from dateline.nlp.sentences import split_sentences


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Retired Coast Guard Adm. Thad Allen spoke. Gen. Petraeus did not.",
            ["Retired Coast Guard Adm. Thad Allen spoke.", "Gen. Petraeus did not."],
        ),
        (
            "He lives at No. 10 Downing Street. Next.",
            ["He lives at No. 10 Downing Street.", "Next."],
        ),
        ('He said "no." Then he left.', ['He said "no."', "Then he left."]),
        ("The answer was no. The talks ended.", ["The answer was no.", "The talks ended."]),
        ("The U.S. Navy sailed at 9 a.m. Monday.", ["The U.S. Navy sailed at 9 a.m. Monday."]),
        ("One line\nAnother line. Third.", ["One line", "Another line.", "Third."]),
    ],
)
def test_sentences_end_where_a_reader_ends_them(text: str, expected: list[str]) -> None:
    assert [sentence.text for sentence in split_sentences(text)] == expected


def test_offsets_point_at_the_sentence_text() -> None:
    text = "  First one here.  Second one follows.\nThird."
    for sentence in split_sentences(text):
        assert text[sentence.start : sentence.end] == sentence.text
