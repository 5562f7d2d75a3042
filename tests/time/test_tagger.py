"""The temporal tagger: values, spans, tense, partial dates and hostile input."""

from __future__ import annotations

from datetime import date

import pytest

from dateline.records import PartialDate
from dateline.time.sentence_dates import date_sentences
from dateline.time.tagger import tag
from dateline.time.timex import Anchor, TimexType

DCT = date(2020, 11, 24)  # a Tuesday


def _values(text: str, reference: date | None = DCT) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, reference)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It was announced on Monday.", [("Monday", "2020-11-23")]),
        ("The leaders will meet on Sunday.", [("Sunday", "2020-11-29")]),
        ("On 19 November, he spoke.", [("19 November", "2020-11-19")]),
        ("Cadets were killed in January 2020.", [("January 2020", "2020-01")]),
        ("Fighting began in April.", [("April", "2020-04")]),
        ("Prices rose last month.", [("last month", "2020-10")]),
        ("He arrived two days ago.", [("two days ago", "2020-11-22")]),
        ("The summit is next week.", [("next week", "2020-W49")]),
        ("Sales fell earlier this year.", [("earlier this year", "2020")]),
        ("Results for the third quarter.", [("the third quarter", "2020-Q3")]),
        ("It has been recently reviewed.", [("recently", "PAST_REF")]),
        ("Prices are high now.", [("now", "PRESENT_REF")]),
        ("Talks lasted three days.", [("three days", "P3D")]),
        ("Trains run daily.", [("daily", "P1D")]),
        ("They met at 10:35 a.m. yesterday.", [("10:35 a.m. yesterday", "2020-11-23T10:35")]),
        ("He was seized at 10 p.m. Wednesday.", [("10 p.m. Wednesday", "2020-11-18T22:00")]),
        ("Talks broke off at noon Thursday.", [("noon Thursday", "2020-11-19T12:00")]),
        ("Saturday, July 2, 2016", [("Saturday, July 2, 2016", "2016-07-02")]),
        ("The editorial of Saturday, April 25", [("Saturday, April 25", "2020-04-25")]),
        ("Sales doubled over the past year.", [("the past year", "2019")]),
        ("Foreign Minister Jan Kavan spoke.", []),
        ("It came in Jan. and again in Sept.", [("Jan.", "2020-01"), ("Sept.", "2020-09")]),
        ("A second group of directors resigned.", []),
        ("A second later it was over.", [("A second", "PT1S")]),
        ("It was like the film High Noon.", []),
        ("They must repay the loan by February.", [("February", "2021-02")]),
        ("Until Tuesday, they had not named him.", [("Tuesday", "2020-11-24")]),
        ("Atlanta, nineteen ninety-six.", [("nineteen ninety-six", "1996")]),
        ("By the year two thousand, it was over.", [("the year two thousand", "2000")]),
        ("January nineteen ninety-seven.", [("January nineteen ninety-seven", "1997-01")]),
        ("Nineteen people and two thousand troops.", []),
        (
            "Profit rose in the third quarter, against year-earlier profit of $3.",
            [("the third quarter", "2020-Q3"), ("year-earlier", "2019-Q3")],
        ),
        # No quarter named yet: the one being reported (the last ended), a year back.
        ("Sales in the year-ago quarter fell.", [("the year-ago quarter", "2019-Q3")]),
        ("Sales for last year's quarter fell.", [("last year's quarter", "2019-Q3")]),
        (
            "Net rose in the third quarter from $2 in the corresponding period last year.",
            [("the third quarter", "2020-Q3"), ("the corresponding period last year", "2019-Q3")],
        ),
        # Comparisons refer to the quarter being reported once it is named, not to an aside.
        (
            "Profit rose in the third quarter. After a flat second quarter, costs fell. "
            "Charges in the year-earlier period were high. In the 2020 period also, "
            "taxes were lower than a year ago.",
            [
                ("the third quarter", "2020-Q3"),
                ("second quarter", "2020-Q2"),
                ("the year-earlier period", "2019-Q3"),
                ("the 2020 period", "2020-Q3"),
                ("a year ago", "2019-Q3"),
            ],
        ),
        # A past year's period is the one compared with: "year-ago" names it again.
        (
            "Net rose in the third quarter, from a loss in the 2019 period. "
            "The year-ago results were restated.",
            [
                ("the third quarter", "2020-Q3"),
                ("the 2019 period", "2019-Q3"),
                ("year-ago", "2019-Q3"),
            ],
        ),
        ("For the quarter a year ago, it earned $2.", [("the quarter a year ago", "2019-Q3")]),
        ("Earnings for the last half of 2021.", [("the last half of 2021", "2021-H2")]),
        ("In the last half of the '80s, it grew.", [("the '80s", "198")]),
        # A month without a year and without a tense cue is the nearest one, the past
        # favoured; a stated past goes back, a future cue ahead.
        ("The case is heard in January in the appeals court.", [("January", "2021-01")]),
        ("Protests erupted in January.", [("January", "2020-01")]),
        ("The talks will resume in March.", [("March", "2021-03")]),
        # "the previous Friday", "the following Monday": beside the day last talked about.
        (
            "Shares closed on Oct. 27, down from the previous Friday.",
            [("Oct. 27", "2020-10-27"), ("the previous Friday", "2020-10-23")],
        ),
        (
            "He was arrested on Nov. 4 and charged the following Monday.",
            [("Nov. 4", "2020-11-04"), ("the following Monday", "2020-11-09")],
        ),
        # A report's own year, week and quarter without a number.
        (
            "Sales for the year rose, a high for the year.",
            [("the year", "2020"), ("the year", "2020")],
        ),
        ("Sales for the full year were $6 billion.", [("the full year", "2020")]),
        ("It hopes to cut costs by the end of the year.", [("the end of the year", "2020")]),
        ("Work was delayed earlier in the year by rain.", [("earlier in the year", "2020")]),
        ("Net for the year ended June 30 rose.", [("the year", "P1Y"), ("June 30", "2020-06-30")]),
        ("In 1994, the year Clinton faltered, it fell.", [("1994", "1994"), ("the year", "1994")]),
        (
            "Growth slows in the second half of the year.",
            [("the second half of the year", "2020-H2")],
        ),
        (
            "Sales fall in the fourth quarter of the year.",
            [("the fourth quarter of the year", "2020-Q4")],
        ),
        ("For the week, the index dropped 3.8%.", [("the week", "2020-WXX")]),
        ("No gains were made in the latest period.", [("the latest period", "2020-Q3")]),
        ("It will close the deal by year-end.", [("year-end", "2020-12-31")]),
        ("Shares are up 5% since year-end.", [("year-end", "2019-12-31")]),
        (
            "It expects higher sales in the current fiscal year.",
            [("the current fiscal year", "2020")],
        ),
        ("Profit fell in the last fiscal quarter.", [("the last fiscal quarter", "2020-Q3")]),
        # "the day before": beside the day last named, unless "before" starts a clause or
        # the phrase is an apposition of that day.
        (
            "He left Nov. 3. He had called the day before.",
            [("Nov. 3", "2020-11-03"), ("the day before", "2020-11-02")],
        ),
        ("She stayed later in the day before returning home.", []),
        (
            "Shares fell after Oct. 12, the day before the plunge.",
            [("Oct. 12", "2020-10-12"), ("the day before", "2020-10-12")],
        ),
        (
            "He called the day before last Tuesday's hearing.",
            [("the day before last Tuesday's", "2020-11-16")],
        ),
        ("It closed the unit this past spring.", [("this past spring", "2020-SP")]),
        ("It was hit by a strike that began last spring.", [("last spring", "2019-SP")]),
        (
            "He fled in June 2018 and returned later that year.",
            [("June 2018", "2018-06"), ("later that year", "2018")],
        ),
        # "that month" needs a month named before it: a quarter has none.
        (
            "Sales rose in the third quarter. That month, profit fell.",
            [("the third quarter", "2020-Q3")],
        ),
        ("We don't minimize the challenges of the near term.", [("the near term", "FUTURE_REF")]),
        ("Shares may be sold at a later date.", [("a later date", "FUTURE_REF")]),
        ("The summit is on April 24 and 25.", [("April 24", "2020-04-24"), ("25", "2020-04-25")]),
        ("Flu peaked between April 23 and 28.", [("April 23", "2020-04-23")]),
        # Election Day (the Tuesday after the first Monday of November) was 2020-11-03.
        ("They campaigned until Election Day.", [("Election Day", "2020-11-03")]),
        ("Voters will cast ballots on Election Day.", [("Election Day", "2021-11-02")]),
        ("Sales rose 5% this year through August.", [("this year", "2020"), ("August", "2020-08")]),
        ("The credit line runs through March.", [("March", "2021-03")]),
        # Rates and titles are no expressions; a plain "a year" is.
        ("It saves $500 million a year in costs.", []),
        ("There are four flights a week.", []),
        ("He was jailed for a year.", [("a year", "P1Y")]),
        ("Baker spoke on ABC's This Week and on 60 Minutes.", []),
        # Open stretches of time.
        ("Funds may sell bonds in the weeks ahead.", [("the weeks ahead", "PXW")]),
        ("Over the years many more patients lived.", [("the years", "PXY")]),
        ("Fewer lives are saved in the early years.", [("the early years", "PXY")]),
        ("Sales grew for the first time in years.", [("years", "PXY")]),
        ("Over the next couple of years sales rise.", [("the next couple of years", "P2Y")]),
        # A clock time takes the date written after it.
        ("The offer runs until 5 p.m. EST Nov. 30.", [("5 p.m. EST Nov. 30", "2020-11-30T17:00")]),
        ("It expired at 5 p.m. EST, Nov. 6.", [("5 p.m. EST, Nov. 6", "2020-11-06T17:00")]),
        ("A hearing the week of Dec. 7 is set.", [("the week of Dec. 7", "2020-W50")]),
        ("Then, a week or so ago, he left.", [("a week or so ago", "2020-W47")]),
        ("At mid-afternoon yesterday shares rose.", [("mid-afternoon yesterday", "2020-11-23TAF")]),
        ("By mid afternoon, the shares rose.", [("mid afternoon", "2020-11-24TAF")]),
        ("Islam will one day be the largest.", [("one day", "FUTURE_REF")]),
        ("He had been in the job one day.", [("one day", "P1D")]),
        # A holiday's week runs around it: the nearest one, whatever the tense.
        ("Crowds prayed as Christmas week began.", [("Christmas week", "2020-W52")]),
        ("They celebrated Christmas in the camp.", [("Christmas", "2019-12-25")]),
        ("Net fell from the 1988 second quarter.", [("the 1988 second quarter", "1988-Q2")]),
        ("Orders in this year's third quarter.", [("this year's third quarter", "2020-Q3")]),
        ("It ended the eight-year war.", [("eight-year", "P8Y")]),
        ("He spent the nine months abroad.", [("the nine months", "P9M")]),
        ("He may fly home as soon as Friday.", [("Friday", "2020-11-27")]),
        ("The offer stands until mid-March.", [("mid-March", "2021-03")]),
        (
            "Net rose in the third quarter from $5 a year earlier; sales fell from $9 a year ago.",
            [
                ("the third quarter", "2020-Q3"),
                ("a year earlier", "2019-Q3"),
                ("a year ago", "2019-Q3"),
            ],
        ),
        ("In the 1990s and on Christmas", [("the 1990s", "199"), ("Christmas", "2019-12-25")]),
        ("The talks will resume after Christmas.", [("Christmas", "2020-12-25")]),
        ("The parade will be held on Thanksgiving Day.", [("Thanksgiving Day", "2020-11-26")]),
        ("He was found last Thanksgiving.", [("last Thanksgiving", "2019-11-28")]),
        ("The Easter 2019 bombings.", [("Easter 2019", "2019-04-21")]),
        (
            "Net rose in the third quarter. Sales in the latest period were $2 billion.",
            [("the third quarter", "2020-Q3"), ("the latest period", "2020-Q3")],
        ),
        (
            "Income for the year ended June 30 fell.",
            [("the year", "P1Y"), ("June 30", "2020-06-30")],
        ),
        ("They bought a Christmas tree and an easter egg.", []),
        ("He may go in May.", [("May", "2020-05")]),
        # "United" ends in -ed but is no past-tense cue.
        ("He would fly to the United States Thursday.", [("Thursday", "2020-11-26")]),
        # A possessive day is behind, unless the text looks ahead to it.
        ("They would appeal Wednesday's ruling.", [("Wednesday", "2020-11-18")]),
        ("Troops deployed ahead of Sunday's vote.", [("Sunday", "2020-11-29")]),
        # Getting ready for a day looks ahead to it, though the verb is past.
        ("Shops readied themselves for Sunday.", [("Sunday", "2020-11-29")]),
        ("Cairo braced for Friday's protests.", [("Friday", "2020-11-27")]),
        ("The results for Sunday were counted.", [("Sunday", "2020-11-22")]),
        # A present-tense event verb right before a day schedules it; a past cue or a
        # determiner (a noun, then) before the verb leaves the day behind.
        ("Arafat and Netanyahu meet separately Monday.", [("Monday", "2020-11-30")]),
        ("The conference ends Saturday with a straw poll.", [("Saturday", "2020-11-28")]),
        ("They did not meet Monday.", [("Monday", "2020-11-23")]),
        ("His visits on Friday drew crowds.", [("Friday", "2020-11-20")]),
        # A plan told in the past still looks ahead; "was set up", "was about half" do not.
        ("Two hearings were set for Friday.", [("Friday", "2020-11-27")]),
        (
            "Protesters planned a march on Saturday and were planning to drive.",
            [("Saturday", "2020-11-28")],
        ),
        ("The fund was set up in June.", [("June", "2020-06")]),
        # "last October" in November is a year back: the month just ended is "last month".
        ("The vote took place last October.", [("last October", "2019-10")]),
        ("The vote took place last September.", [("last September", "2020-09")]),
        # The month after the reference's is the coming one; two months on, the tense decides.
        ("Firms were told of a cutback in December.", [("December", "2020-12")]),
        ("Firms were told of a cutback in January.", [("January", "2020-01")]),
        # Recurring days and months are sets; so is the "a year" of "twice a year".
        ("He returns every Friday.", [("every Friday", "XXXX-WXX-5")]),
        ("Shops close on Sundays.", [("Sundays", "XXXX-WXX-7")]),
        ("The show airs Tuesday nights.", [("Tuesday nights", "XXXX-WXX-2TNI")]),
        ("The fair opens each July.", [("each July", "XXXX-07")]),
        ("The board meets twice a year.", [("a year", "P1Y")]),
        # An irregular past tense looks back, though "will" follows.
        (
            "Talks that began on Monday will end on Sunday.",
            [("Monday", "2020-11-23"), ("Sunday", "2020-11-29")],
        ),
        # A stated past reaches back most of a year; deals and dividends look ahead.
        ("Protests erupted on the night of 14 January.", [("14 January", "2020-01-14")]),
        ("The labor pact is effective June 1.", [("June 1", "2021-06-01")]),
        ("The firm said the sale was to close by Feb. 1.", [("Feb. 1", "2021-02-01")]),
        ("The vote scheduled on Sunday is key.", [("Sunday", "2020-11-29")]),
        # A range's first end takes the year its second end writes out.
        ("He served between March and May 2018.", [("March", "2018-03"), ("May 2018", "2018-05")]),
        (
            "It lasted from Jan. 17 to Feb. 2, 2018.",
            [("Jan. 17", "2018-01-17"), ("Feb. 2, 2018", "2018-02-02")],
        ),
        # Business forms: short quarters, fiscal years; halves of months.
        ("Sales rose in Q3 2021 and 2020 Q4.", [("Q3 2021", "2021-Q3"), ("2020 Q4", "2020-Q4")]),
        ("Profit fell in FY2019.", [("FY2019", "2019")]),
        ("The second half of January will decide.", [("The second half of January", "2021-01")]),
        # Decimals and prices are no years.
        ("The index closed at 2082.1, a $1990 fee.", []),
        # "last" before a month and day: the day, in the past.
        ("He was shot last Oct. 23 at home.", [("Oct. 23", "2020-10-23")]),
        # A past verb right before a day sends it back, even nine months.
        ("Sales rose in the period ended Feb. 28.", [("Feb. 28", "2020-02-28")]),
        # Halves.
        (
            "It took 5 1/2 hours, 2 1/2 years, a minute and a half and 3 1/2 weeks.",
            [
                ("5 1/2 hours", "PT5H30M"),
                ("2 1/2 years", "P2Y6M"),
                ("a minute and a half", "PT1M30S"),
                ("3 1/2 weeks", "P3.5W"),
            ],
        ),
        ("They stayed a day and a half.", [("a day and a half", "P1DT12H")]),
        # "until" a weekday looks ahead, unless the sentence is past perfect.
        ("They have until 9 a.m. Monday to sign.", [("9 a.m. Monday", "2020-11-30T09:00")]),
        ("Until Monday, they had not called him.", [("Monday", "2020-11-23")]),
        # A modal reaches farther back than other tense cues.
        (
            "Collins will be named commander of the space shuttle Columbia for a mission in March.",
            [("March", "2021-03")],
        ),
        # "a year earlier" compares with the period last named, never a stale one.
        (
            "It beat 2017. On May 5 this year's third quarter rose from a year earlier.",
            [
                ("2017", "2017"),
                ("May 5", "2020-05-05"),
                ("this year's third quarter", "2020-Q3"),
                ("a year earlier", "2019-Q3"),
            ],
        ),
        (
            "On May 5 sales were $3 against $4 a year ago and $2 a year earlier.",
            [("May 5", "2020-05-05"), ("a year ago", "2019"), ("a year earlier", "2019-05-05")],
        ),
        # A plan governs the day that ends its verb phrase, whatever reports it after.
        (
            "The envoy, who is due to visit Sirte on Sunday, said the truce held.",
            [("Sunday", "2020-11-29")],
        ),
        (
            "He said he would meet former Presidents George W Bush and Bill Clinton on Saturday.",
            [("Saturday", "2020-11-28")],
        ),
        (
            "Interpol says it is to send a team of victim-identification experts to Libya on Monday.",
            [("Monday", "2020-11-30")],
        ),
        (
            "A flight that had been due to arrive on Friday was diverted.",
            [("Friday", "2020-11-20")],
        ),
        # A date before a place noun is a name.
        ("Crowds crossed the 6 October Bridge to the 6th of October City.", []),
        ("They marched down 26 July Street on 19 November.", [("19 November", "2020-11-19")]),
        # Four digits before a time zone are a clock: no year 1815 or 1653.
        ("Posted 19 November, 1815 GMT: the roads are shut.", [("19 November", "2020-11-19")]),
        ("The quake struck at 1653 (2153 GMT) on Monday.", [("Monday", "2020-11-23")]),
        ("By 1815 GMT the talks had ended, as in 1815.", [("1815", "1815")]),
    ],
)
def test_values(text: str, expected: list[tuple[str, str]]) -> None:
    assert _values(text) == expected


def test_types_and_granularity() -> None:
    found = {
        t.text: t
        for t in tag("On Monday, for three days, every week, in 2019 and in March 2019.", DCT)
    }
    assert found["Monday"].type is TimexType.DATE and found["Monday"].granularity.value == "day"
    assert (
        found["three days"].type is TimexType.DURATION and found["three days"].granularity is None
    )
    assert found["every week"].type is TimexType.SET
    assert tag("Twice a year.", DCT)[0].type is TimexType.SET
    assert tag("The summit is next week.", DCT)[0].granularity is None  # a week: no calendar unit
    assert found["2019"].granularity.value == "year"
    assert found["March 2019"].granularity.value == "month"


def test_a_clock_time_takes_the_weekday_that_follows_it() -> None:
    text = "Fighting stopped on 5 May. It hit at 3am local time (0100 GMT) on Friday."
    assert _values(text)[1] == ("3am", "2020-11-20T03:00")


def test_anchoring_to_an_earlier_expression() -> None:
    found = tag("The bomb exploded on Aug. 7, 1998. Two days later the suspect fled.", DCT)
    later = found[-1]
    assert later.text == "Two days" and later.type is TimexType.DURATION
    assert later.calendar_value == "1998-08-09" and later.anchor is Anchor.EXPRESSION


def test_without_reference_relative_values_stay_open() -> None:
    assert _values("They met on Monday and on 19 November.", None) == [
        ("Monday", "XXXX-WXX-1"),
        ("19 November", "XXXX-11-19"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "",
        " ",
        "x" * 1_000_000,
        "On 31 February 2020 and 30 February.",
        "In year 0 and 99999 and 0000-00-00.",
        "Αύριο, 明天, завтра on Monday",
        "\x00\x01\ufffd March 5",
        "9999-99-99 and 12/45/2020",
    ],
)
def test_hostile_input_never_raises(text: str) -> None:
    for found in tag(text, DCT):
        assert 0 <= found.start < found.end <= len(text)
        assert text[found.start : found.end] == found.text


def test_impossible_dates_are_not_produced() -> None:
    assert _values("On 31 February 2020 they met.") == []


def test_a_megabyte_line_is_tagged() -> None:
    line = (
        "The talks went on for hours and hours without any result at all. On Monday. " * 13_000
    )[:1_000_000]
    found = tag(line, DCT)
    assert len(found) > 10_000 and all(t.value == "2020-11-23" for t in found)


def test_a_duration_before_later_is_tagged_alone_and_points_to_its_day() -> None:
    found = tag("The talks ended on Monday; a deal came two days later.", DCT)
    assert [(t.text, t.type, t.value, t.point) for t in found] == [
        ("Monday", TimexType.DATE, "2020-11-23", None),
        ("two days", TimexType.DURATION, "P2D", "2020-11-25"),
    ]
    assert found[1].calendar_value == "2020-11-25"


def test_a_duration_before_after_and_a_date_of_its_own_points_nowhere() -> None:
    found = tag("Polls open on 24 December 2021, two years after the 2019 offensive.", DCT)
    assert [(t.text, t.value, t.point) for t in found] == [
        ("24 December 2021", "2021-12-24", None),
        ("two years", "P2Y", None),
        ("2019", "2019", None),
    ]


def test_a_duration_after_an_undated_event_points_nowhere() -> None:
    found = tag("A day after the president resigned, crowds cleaned the square.", DCT)
    assert [(t.text, t.value, t.point, t.calendar_value) for t in found] == [
        ("A day", "P1D", None, None)
    ]
    anchored = tag("He resigned on Monday. A day after that, crowds cleaned the square.", DCT)
    assert anchored[1].calendar_value == "2020-11-24"  # after the day last named


def test_stamps_of_other_days_date_no_sentence() -> None:
    text = (
        "The verdict came on 7 November 2011.\n"
        "8th November 2011 - 17:42 This comment was removed.\n"
        "7 November 2011 Last updated at 14:07 GMT The doctor was convicted."
    )
    sentences = date_sentences(text, PartialDate(2011, 11, 7))
    assert [[d.date for d in s.dates] for s in sentences] == [
        [PartialDate(2011, 11, 7)],
        [PartialDate(2011, 11, 7)],  # the comment's stamp: no event of the 8th; publication day
        [PartialDate(2011, 11, 7)],
    ]
    assert [d.source for d in sentences[1].dates] == ["published"]


def test_sentences_are_dated_by_the_day_a_duration_points_to() -> None:
    text = "The talks ended on Monday. A deal came two days later."
    sentences = date_sentences(text, PartialDate(2020, 11, 24))
    assert [[d.date for d in s.dates] for s in sentences] == [
        [PartialDate(2020, 11, 23)],
        [PartialDate(2020, 11, 25)],
    ]
