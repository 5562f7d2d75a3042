"""Benchmark articles become dated sentences whose offsets point at their own text."""

from __future__ import annotations

from datetime import date

from dateline.clean.detok import detokenize
from dateline.timeline.benchmark import GoldTimeline, article_sentences

ARTICLE = (
    "Navigation Home News\n"
    "   BP said on Tuesday it had capped the well .  \n"
    "\n"
    "The cap held on 15 July , engineers said ."
)


def test_offsets_point_at_the_stripped_sentence() -> None:
    readable = detokenize(ARTICLE)
    sentences = article_sentences("a1", ARTICLE, date(2010, 7, 16))
    assert [s.text for s in sentences] == [
        "Navigation Home News",
        "BP said on Tuesday it had capped the well.",
        "The cap held on 15 July, engineers said.",
    ]
    for sentence in sentences:
        assert readable[sentence.start : sentence.end] == sentence.text


def test_sentences_are_dated_and_only_the_first_line_is_unquotable() -> None:
    sentences = article_sentences("a1", ARTICLE, date(2010, 7, 16))
    assert [s.quotable for s in sentences] == [False, True, True]
    assert sentences[1].mentioned == [date(2010, 7, 13)]
    assert sentences[2].mentioned == [date(2010, 7, 15)]
    assert sentences[1].eval_text == "BP said on Tuesday it had capped the well ."


def test_protocol_lengths_come_from_the_gold_only() -> None:
    gold = GoldTimeline("g", {date(2010, 4, 20): ["a", "b", "c"], date(2010, 7, 15): ["d"]})
    assert gold.span == (date(2010, 4, 20), date(2010, 7, 15))
    assert gold.length == (2, 2)


GLUED = (
    "Haiti quake : many feared dead The earthquake on 12 January flattened much of "
    "Port-au-Prince , officials said .\n"
    "Aid began to arrive on Thursday ."
)


def test_the_lead_after_a_glued_headline_is_quoted_and_keeps_its_dates() -> None:
    readable = detokenize(GLUED)
    first, second = article_sentences("a1", GLUED, date(2010, 1, 14))
    assert first.quotable and first.text.startswith("The earthquake on 12 January flattened")
    assert readable[first.start : first.end] == first.text
    assert first.eval_text.startswith("The earthquake on 12 January flattened")
    assert first.eval_text.endswith("officials said .")
    assert first.mentioned == [date(2010, 1, 12)]
    assert second.text == "Aid began to arrive on Thursday."


def test_a_short_rest_after_a_glued_caption_stays_unquoted() -> None:
    text = "Rescuers search the rubble The quake struck .\nAid arrived on Thursday ."
    first = article_sentences("a1", text, date(2010, 1, 14))[0]
    assert not first.quotable and first.text == "Rescuers search the rubble The quake struck."


def test_the_lead_after_a_glued_page_stamp_is_quoted() -> None:
    text = (
        "Governor of Baghdad killed Gunmen ambush his convoy Tuesday 4 January 2005 08.43 GMT "
        "The governor of Baghdad was shot dead in an ambush on Tuesday , police said .\n"
        "Five US troops died in a separate attack ."
    )
    first = article_sentences("a1", text, date(2005, 1, 4))[0]
    assert first.quotable
    assert (
        first.text == "The governor of Baghdad was shot dead in an ambush on Tuesday, police said."
    )
    assert first.eval_text.startswith("The governor of Baghdad was shot dead")


def test_reader_comments_are_dated_but_never_quoted() -> None:
    text = (
        "Navigation Home\n"
        "The Senate passed the bill on Tuesday , officials said .\n"
        "Great news Posted by : reader1 | October 1 , 2008 10:53 AM | Report abuse\n"
        "They will vote again on Friday , which is a disgrace ."
    )
    sentences = article_sentences("a1", text, date(2008, 10, 1))
    assert [s.quotable for s in sentences] == [False, True, False, False]
    assert sentences[3].mentioned == [date(2008, 10, 3)]
