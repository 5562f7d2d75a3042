"""Datelines and photo credits that open a sentence are found; the sentence itself is kept."""

from __future__ import annotations

import pytest

from dateline.clean.lead import glued_headline_end, lead_end


@pytest.mark.parametrize(
    ("sentence", "proper"),
    [
        (
            "VENICE, Louisiana | Wed May 5, 2010 10:27 pm BST VENICE, Louisiana (Reuters) - "
            "Workers toiled above and below the surface.",
            "Workers toiled above and below the surface.",
        ),
        (
            "VENICE , Louisiana -LRB- Reuters -RRB- - Workers toiled above and below the surface .",
            "Workers toiled above and below the surface .",
        ),
        (
            "Cairo, Egypt (CNN) -- Embattled President Hosni Mubarak said early Saturday that",
            "Embattled President Hosni Mubarak said early Saturday that",
        ),
        (
            "Photograph: Pete Souza/White House BP will pay $20bn into a special fund.",
            "BP will pay $20bn into a special fund.",
        ),
        (
            "(AP Photo) President Obama warned Sunday that the spill is a disaster.",
            "President Obama warned Sunday that the spill is a disaster.",
        ),
        (
            "May 7 - An attempt to place a containment dome fails.",
            "An attempt to place a containment dome fails.",
        ),
        (
            "Sept. 16: The Federal Reserve Bank of New York is authorized to lend.",
            "The Federal Reserve Bank of New York is authorized to lend.",
        ),
        (
            "Sept. 18 : -- The Fed expands its temporary swap lines with overseas banks .",
            "The Fed expands its temporary swap lines with overseas banks .",
        ),
        (
            "AP Apr. 21 : Fire boat crews battle the blazing remnants of the rig .",
            "Fire boat crews battle the blazing remnants of the rig .",
        ),
        (
            "Photograph : Associated Press The Gulf oil spill has surpassed the Exxon Valdez .",
            "The Gulf oil spill has surpassed the Exxon Valdez .",
        ),
        (
            "AP American voters find the response to the oil spill lacking .",
            "American voters find the response to the oil spill lacking .",
        ),
        (
            "AP BP PLC is pushing to fix its runaway well .",
            "BP PLC is pushing to fix its runaway well .",
        ),
        (
            "-LRB- AP Photo\\/Charles Dharapak -RRB- -LRB- Charles Dharapak - AP -RRB- President "
            "Bush finishes his statement in the Rose Garden .",
            "President Bush finishes his statement in the Rose Garden .",
        ),
        (
            "-LRB- China Photos Via Getty Images -RRB- SHENZHEN , China -- When the toy maker went "
            "bankrupt , the bosses fled .",
            "When the toy maker went bankrupt , the bosses fled .",
        ),
        (
            "(Pool Photo By Chip Somodevilla) Sens. John McCain and Barack Obama greet each other.",
            "Sens. John McCain and Barack Obama greet each other.",
        ),
        (
            "(Daniel Acker - Bloomberg News) Barack Obama has selected Timothy Geithner for Treasury.",
            "Barack Obama has selected Timothy Geithner for Treasury.",
        ),
        (
            "2 JUNE: LOWER MARINE RISER PACKAGE After the failure of the top kill, BP cuts the riser.",
            "After the failure of the top kill, BP cuts the riser.",
        ),
        (
            "\\* April 23 - The U.S. Coast Guard suspends search for missing workers .",
            "The U.S. Coast Guard suspends search for missing workers .",
        ),
        (
            "* The Coast Guard suspends its search for missing workers on Friday.",
            "The Coast Guard suspends its search for missing workers on Friday.",
        ),
        (
            "PA Two Britons have now contracted swine flu within the UK .",
            "Two Britons have now contracted swine flu within the UK .",
        ),
        (
            "Photo\\/Transocean BP has begun work on a relief well .",
            "BP has begun work on a relief well .",
        ),
        (
            "Coast Guard via AP Oil giant BP told congressional investigators .",
            "Oil giant BP told congressional investigators .",
        ),
        (
            "LOWER MARINE RISER PACKAGE After the failure of the top kill , BP cuts the riser .",
            "After the failure of the top kill , BP cuts the riser .",
        ),
        (
            "Dow Jones Industrial Average : +298.76 President Bush demanded that carmakers pay back .",
            "President Bush demanded that carmakers pay back .",
        ),
        (
            "Friday, May 28, 2010; 4:37 PM A day after scientists reported finding a plume, BP said.",
            "A day after scientists reported finding a plume, BP said.",
        ),
        (
            "By Web Politics Editor | September 25 , 2008 ; 11:19 AM ET Well it looks like a debate .",
            "Well it looks like a debate .",
        ),
        (
            "January 30th , 2011 12:47 pm ET Protesters defied the curfew for a third night .",
            "Protesters defied the curfew for a third night .",
        ),
        (
            "Monday 28 February 2005 00.53 GMT Who would have thought that 13 pages would haunt him?",
            "Who would have thought that 13 pages would haunt him?",
        ),
        (
            "(Update 2:45 p.m. Cairo, 7:45 a.m. ET) State-run Nile TV reports that Mubarak is there.",
            "State-run Nile TV reports that Mubarak is there.",
        ),
        (
            "-LRB- Update 7:00 p.m. in Cairo , 12:00 p.m. ET -RRB- - Egyptian banks will be closed .",
            "Egyptian banks will be closed .",
        ),
        (
            "(Updated 5:31 p.m. (0031 in Egypt)) Mubarak says he has asked the government to resign.",
            "Mubarak says he has asked the government to resign.",
        ),
        (
            "Susan Watts | 18:00 UK time , Saturday , 25 April 2009 Experts are clearly concerned .",
            "Experts are clearly concerned .",
        ),
        (
            "Fergus Walsh | 14:07 PM, Monday, 1 June 2009 One of the leading experts has spoken.",
            "One of the leading experts has spoken.",
        ),
        (
            "Page last updated at 07:41 GMT , Wednesday , 9 June 2010 08:41 UK Meet Chris , a waiter .",
            "Meet Chris , a waiter .",
        ),
        (
            "WASHINGTON -- WASHINGTON -LRB- AP -RRB- -- Oil spill frustration is rampant here .",
            "Oil spill frustration is rampant here .",
        ),
    ],
)
def test_opening_dateline_or_credit_is_cut(sentence: str, proper: str) -> None:
    assert sentence[lead_end(sentence) :] == proper


@pytest.mark.parametrize(
    "sentence",
    [
        "In the aftermath of the blast, a well continues to leak -- creating a slick.",
        "Barack Obama - the president - spoke at length today about it.",
        "NEW ORLEANS -- Too short.",
        "",
        "The Coast Guard says the flow is 5,000 barrels -- five times the first estimate.",
        "AP reported that the well was capped on Thursday by engineers.",
        "BP PLC returned to profit in the third quarter but said it would wait.",
        "BP CEO Tony Hayward speaks during recovery operations at the site.",
        "US FDA Approves the new vaccine for use in children and adults.",
        "Executives agreed on one thing in the hearings Tuesday : someone else was to blame.",
        "Executives agreed on one thing in the hearings Tuesday: someone else was to blame.",
        "(The vote - a landslide - was held on Friday) Officials said the count would take days.",
        "-LRB- On Tuesday -RRB- he went to the US senate and delivered his own attack .",
        "May 28, 2010 was the day when BP said the top kill was working.",
        "Friday, May 28, 2010 at 4:37 PM the well was capped for the first time.",
        "Update your browser to watch the top kill as it happens on the seabed.",
        "On Tuesday 4 January 2005 08.43 GMT the first bomb went off near the market.",
    ],
)
def test_sentences_without_a_dateline_are_left_whole(sentence: str) -> None:
    assert lead_end(sentence) == 0


def test_the_sentence_starts_after_the_last_glued_headline() -> None:
    line = "Slick grows The well is leaking again A slick of oil reached the marshes today."
    assert line[glued_headline_end(line) :] == "A slick of oil reached the marshes today."
    assert glued_headline_end("The Times reported that the slick reached the coast.") == 0
    assert glued_headline_end("Officials said. The well is leaking again.") == 0


def test_the_sentence_starts_after_a_glued_page_stamp() -> None:
    line = (
        "Tsunami victims pay the price of war US aid is dwarfed by what it spends on slaughter "
        "Tuesday 4 January 2005 08.43 GMT There has never been a moment like it on television ."
    )
    assert (
        line[glued_headline_end(line) :] == "There has never been a moment like it on television ."
    )
    opening = "Monday 28 February 2005 00.53 GMT Who would have thought it ?"
    assert opening[glued_headline_end(opening) :] == "Who would have thought it ?"
    # A stamp inside the sentence it belongs to, or one without a weekday, glues nothing.
    assert (
        glued_headline_end("The blast came on Tuesday 4 January 2005 08.43 GMT , police said .")
        == 0
    )
    assert glued_headline_end("It appeared on 22.31 BST on Friday 30 April 2010 Follow us") == 0


@pytest.mark.parametrize(
    ("line", "quoted"),
    [
        (
            "Turkey confirms first case of H1N1 flu \\* Virus detected in a traveller (Adds "
            "details) ISTANBUL, May 16 (Reuters) - Turkey identified its first case on Saturday.",
            "Turkey identified its first case on Saturday.",
        ),
        (
            "Protests spread \\* Curfew defied CAIRO , Egypt -LRB- CNN -RRB- -- Thousands marched "
            "again on Friday .",
            "Thousands marched again on Friday .",
        ),
        (
            "Plume found ... NEW ORLEANS , -LRB- AP -RRB- -- A spokesman for BP says it works .",
            "A spokesman for BP says it works .",
        ),
        (
            "HOUSTON | Tue May 25 , 2010 2:22 pm EDT HOUSTON -LRB- Reuters -RRB- - Insurer Lloyd 's "
            "of London has asked a U.S. court to block a claim .",
            "Insurer Lloyd 's of London has asked a U.S. court to block a claim .",
        ),
    ],
)
def test_a_wire_lead_glued_to_a_headline_or_stamp_is_quoted_from_its_dateline(
    line: str, quoted: str
) -> None:
    lead = line[glued_headline_end(line) :]
    assert lead[lead_end(lead) :] == quoted


def test_a_dateline_that_opens_the_line_or_an_agency_in_prose_glues_nothing() -> None:
    assert glued_headline_end("NEW YORK , April 30 -LRB- Reuters -RRB- - Costs rose sharply .") == 0
    assert glued_headline_end("The spokesman told AP that the well was shut on Friday.") == 0
