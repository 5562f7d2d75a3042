"""The line classifier on pages it has never seen (not the seeds)."""

from __future__ import annotations

import pytest

from dateline.clean.cleaner import clean_document
from dateline.records import RawDocument, SourceRef
from dateline.settings import CleanSettings

PARAGRAPH = (
    "The city council voted on Tuesday to close the old bridge for repairs, a decision that "
    "will force about 20,000 commuters onto ferries for most of the summer."
)


def _clean(text: str, repeated: int = 0) -> list:
    raw = RawDocument(SourceRef("page.txt"), text)
    return clean_document(raw, lambda key: repeated, CleanSettings())


def test_furniture_around_an_article_is_removed() -> None:
    page = "\n".join(
        [
            "Sign in",
            "Menu",
            "Bridge to close for summer repairs",
            "By Jo Writer",
            PARAGRAPH,
            "Engineers found cracks in two of the main supports last year, officials said.",
            "Share on Facebook",
            "Read more:",
            "Mayor opens new library",
            "Weather warning for weekend",
            "Advertisement",
            "Subscribe today for full access to all our journalism.",
        ]
    )
    [article] = _clean(page)
    assert article.title == "Bridge to close for summer repairs"
    assert article.text.split("\n") == [
        PARAGRAPH,
        "Engineers found cracks in two of the main supports last year, officials said.",
    ]
    reasons = {removed.text: removed.reason for removed in article.removed}
    assert reasons["Mayor opens new library"] == "related-headline teaser"
    assert reasons["Sign in"] == "furniture"


def test_lines_repeated_across_the_corpus_count_as_furniture() -> None:
    page = f"Riverside Daily Edition\n{PARAGRAPH}\n{PARAGRAPH.replace('bridge', 'tunnel')}"
    plain = _clean(page)[0]
    repeated = _clean(page, repeated=10)[0]
    assert plain.title == "Riverside Daily Edition"
    assert "Riverside Daily Edition" not in repeated.title + repeated.text


def test_a_pasted_twitter_widget_is_furniture_and_a_retweet_in_prose_is_not() -> None:
    short = "ly/U6vgfT 6:30 pm ET February 11 , 2013 RETWEET Looking for a good car for winter ?"
    # As long as prose: 26 words, ending like a sentence.
    long = (
        "me/p4HKM -191 E 6:28 pm ET February 11, 2013 RETWEET Apple CEO Tim Cook to be "
        "Obama's State of the Union guest at the Capitol tonight, the paper says."
    )
    embed = "Polls close at 8 pm tonight. 3:02 PM - 4 Mar 2016 Reply Retweet Like"
    prose = "The minister urged his followers to retweet the appeal, and thousands did."
    [article] = _clean(f"{PARAGRAPH}\n{short}\n{long}\n{embed}\n{prose}")
    assert article.text.split("\n") == [PARAGRAPH, prose]
    removed = {removed.text: removed.reason for removed in article.removed}
    assert removed == {short: "furniture", long: "furniture", embed: "furniture"}


def test_paywall_cut_is_flagged() -> None:
    page = f"{PARAGRAPH}\nThe mayor said the closure could be shortened if\nSubscribe to continue reading."
    [article] = _clean(page)
    assert article.truncated


def test_two_articles_on_one_page_are_split() -> None:
    second = (
        "Police said on Monday that a man had been arrested after a fire at a warehouse in the "
        "harbour district, which destroyed stock worth several million crowns."
    )
    page = "\n".join(
        [
            "Bridge to close",
            PARAGRAPH,
            PARAGRAPH.replace("Tuesday", "Friday"),
            "Comments",
            "Warehouse fire: man arrested",
            second,
            second.replace("man", "woman"),
        ]
    )
    articles = _clean(page)
    assert [a.title for a in articles] == ["Bridge to close", "Warehouse fire: man arrested"]
    assert [a.split_index for a in articles] == [0, 1]


def test_subheadings_inside_the_body_are_kept() -> None:
    page = "\n".join(
        ["Bridge to close", PARAGRAPH, "What happens next", PARAGRAPH.replace("20,000", "30,000")]
    )
    [article] = _clean(page)
    assert "What happens next" in article.text


def test_reader_comments_after_the_first_signature_are_removed() -> None:
    comment = "I think the council should have fixed this bridge ten years ago, not now."
    page = "\n".join(
        [
            "Bridge to close for summer repairs",
            PARAGRAPH,
            "Engineers found cracks in two of the main supports last year, officials said.",
            f"{comment} Posted by: rivercommuter | June 3, 2011 10:53 AM | Report abuse",
            "The ferries will never cope with that many people on a weekday morning rush.",
            "June 3, 2011 at 7:59 pm | Report abuse | Another reader says the vote was rigged.",
        ]
    )
    [article] = _clean(page)
    assert article.text.split("\n") == [
        PARAGRAPH,
        "Engineers found cracks in two of the main supports last year, officials said.",
    ]
    reasons = {removed.text: removed.reason for removed in article.removed}
    assert (
        reasons["The ferries will never cope with that many people on a weekday morning rush."]
        == "reader comments"
    )


@pytest.mark.parametrize(
    "stamp",
    [
        "June 3 , 2011 at 7:59 pm | Reply",
        "June 3, 2011 07:10 pm at 7:10 pm |",
        "At 4:20 pm on 3 Jun 2011 , rg wrote :",  # a BBC blog's comments
        "At 10:14 am on 3 June 2011, Ann Smith wrote:",
    ],
)
def test_comments_that_open_with_a_stamp_are_removed_with_the_lines_after_them(
    stamp: str,
) -> None:
    page = "\n".join(
        [
            "Bridge to close for summer repairs",
            PARAGRAPH,
            "Engineers found cracks in two of the main supports last year, officials said.",
            f"{stamp} The council should have fixed this bridge ten years ago, not now.",
            "The ferries will never cope with that many people on a weekday morning rush.",
        ]
    )
    [article] = _clean(page)
    assert article.text.split("\n")[-1].startswith("Engineers found cracks")
    assert {removed.reason for removed in article.removed} == {"reader comments"}


def test_a_pipe_in_prose_is_no_comment_signature() -> None:
    page = f"{PARAGRAPH}\nThe mayor said the vote was 5 | 4 and posted by mail to the board."
    [article] = _clean(page)
    assert article.text.endswith("posted by mail to the board.")


def test_a_blog_byline_above_the_body_is_no_comment_section() -> None:
    page = "\n".join(
        [
            "Bridge to close for summer repairs",
            "Posted by: Jo Writer | June 3, 2011 10:53 AM",
            PARAGRAPH,
            "Engineers found cracks in two of the main supports last year, officials said.",
        ]
    )
    [article] = _clean(page)
    assert article.text.split("\n")[-1].startswith("Engineers found cracks")


def test_an_untitled_article_is_titled_by_its_first_sentence_without_its_dateline() -> None:
    lead = (
        "Jan 11 (Reuters) - BP (BP.L) said on Tuesday its U.S. unit would pay for the clean-up of"
        " the Gulf of Mexico spill. The company did not say how much."
    )
    long_lead = "NEW ORLEANS (AP) -- " + "The oil kept gushing from the well " * 8 + "all day."
    titles = [
        article.title
        for text in (lead, long_lead, 'He said "no." Then he left the room in a hurry, angry.')
        for article in _clean(text + "\nA second line of the story follows, as stories do.")
    ]
    assert titles[0] == (
        "BP (BP.L) said on Tuesday its U.S. unit would pay for the clean-up of the Gulf of Mexico"
        " spill."
    )
    assert titles[1].startswith("The oil kept gushing") and titles[1].endswith(" kept…")
    assert len(titles[1]) <= 160
    assert titles[2] == 'He said "no."'


CHRONOLOGY = [
    "March 3, 2025: Dockworkers at Port Calder vote to strike over pay.",
    "March 5, 2025: The strike begins at midnight and the port falls silent.",
    "March 7, 2025: Petrol stations on the northern coast run dry.",
    "March 10, 2025: The government names judge Petra Holm as mediator.",
    "March 14, 2025: Police arrest twelve people after clashes at the gate.",
]


def test_a_chronology_of_short_lines_is_kept_whole_and_undated() -> None:
    # No line is long enough to read as a body line; none of them is a page header either,
    # and the first entry's date is not the page's.
    [article] = _clean("\n".join(["Timeline of the dock strike", *CHRONOLOGY]))
    assert article.title == "Timeline of the dock strike"
    assert article.text.split("\n") == CHRONOLOGY
    assert article.published is None


def test_an_excerpt_cut_off_mid_sentence_is_kept_and_flagged() -> None:
    excerpt = (
        f"{PARAGRAPH} Engineers found cracks in two of the main supports last year, and the "
        "repairs are expected to cost about four million crowns, the mayor told…"
    )
    [article] = _clean(excerpt)
    assert article.text == excerpt
    assert article.truncated


def test_a_few_words_without_a_sentence_are_no_article() -> None:
    assert _clean("Page not found\nReturn to the home page") == []
