"""Sentence features: first-person detection keeps clear of look-alike words."""

from __future__ import annotations

from dateline.timeline.sentence_model import first_person


def test_first_person_words_are_found() -> None:
    texts = [
        "I was watching the news when the quake hit.",
        "We will rebuild, the mayor said.",
        "Our correspondent saw the damage.",
        "The US sent troops to Iraq.",
        "Officials use the airport for aid.",
        "Imports fell as the IMF warned.",
    ]
    assert first_person(texts).tolist() == [1.0, 1.0, 1.0, 0.0, 0.0, 0.0]
