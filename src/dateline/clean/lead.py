"""Find the dateline or photo credit that opens a news sentence.

Wire copy starts its lead with where and who filed it ("NEW ORLEANS (AP) --", "VENICE,
Louisiana | Wed May 5, 2010 10:27 pm BST VENICE, Louisiana (Reuters) -"), and pages glue photo
credits, caption labels, headings in capitals, chart labels and time stamps to the next
sentence ("Photograph: Gerald Herbert/AP Underwater robots …", "AP Apr. 21 : Fire boat crews
…", "LOWER MARINE RISER PACKAGE After …", "Friday, May 28, 2010; 4:37 PM A day after …",
"Tuesday 4 January 2005 08.43 GMT There has never …", "(Update 2:45 p.m. Cairo, 7:45 a.m.
ET) State TV …"). A timeline quotes the sentence without them.
Both spellings of brackets are read: "(" and the Penn Treebank "-LRB-" of tokenized text.
"""

from __future__ import annotations

import re

from dateline.time.calendar_words import MONTH_PATTERN, WEEKDAY_PATTERN

_OPEN = r"(?:\(|-LRB-)"
_CLOSE = r"(?:\)|-RRB-)"
_AGENCIES = ("Reuters", "AP", "AFP", "CNN", "UPI", "Bloomberg")
_AGENCY = rf"(?:{'|'.join(_AGENCIES)})"
_CREDIT_WORD = r"(?:(?!-[LR]RB-)[\w.,'\\/-]+\s+)"  # a name's word, not a tokenized bracket
_PHOTO_AGENCY = r"(?:AP|Reuters|AFP|EPA|Bloomberg(?: News)?|Getty Images|Associated Press)"
_BRACKETED_CREDIT = (
    rf"{_OPEN}\s*(?:By [^()]*?|AP(?: Photo)?[^()]*?|Reuters|AFP|CNN|Getty Images"
    # "(Charles Dharapak - AP)", "(China Photos Via Getty Images)", "(Pool Photo By Chip …)"
    rf"|{_CREDIT_WORD}{{1,5}}?-\s+{_PHOTO_AGENCY}|{_CREDIT_WORD}{{1,4}}?[Vv]ia\s+Getty Images"
    rf"|{_CREDIT_WORD}{{0,2}}?Photos?\s+[Bb]y\s+[^()]*?)\s*{_CLOSE}\s*"
)
_CREDIT_END = r"(?:Getty Images|Rex Features|White House|PA Wire|Press Association|[A-Z][\w.&-]*)"
_PHOTO_CREDIT = (
    rf"Photograph\s*:\s*(?:[\w.'-]+\s+){{0,3}}?[\w.'-]+\s*(?:\\?/\s*{_CREDIT_END}\s*)+\s+"
    rf"|Photograph\s*:\s*(?:Associated Press|Getty Images|{_AGENCY})\s+"
    rf"|Photo\s*\\?/\s*{_CREDIT_END}\s+"  # "Photo/Transocean BP has begun …"
    rf"|(?:[A-Z][\w.]*\s+){{1,3}}via\s+{_AGENCY}\s+"  # "Coast Guard via AP Oil giant BP …"
)
# A credit glued to a caption's first word: "AP American voters find …", "AP BP PLC is …",
# "PA Two Britons have …" (the Press Association).
_GLUED_AGENCY = r"(?:AP|AFP|PA)\s+(?=[A-Z])"
# A heading in capitals glued to the sentence: "LOWER MARINE RISER PACKAGE After the failure …".
_CAPITAL_HEADING = r"(?:[A-Z][A-Z'&-]{2,}\s+){2,}(?=[A-Z][a-z])"
# A place, a time stamp or a byline: capitalized words, numbers and their punctuation only.
# A colon inside a word only between digits ("10:27"): "Sept. 16: The Fed …" ends at "16".
_HEADING_WORD = r"(?:[A-Z0-9][\w.'&/\\]*(?::\d+)*,?|\||,|via|am|pm|of|de|la|and)"
_SEPARATOR = r"(?:--|-|—|–|:)"
_DATELINE = (
    rf"(?:{_HEADING_WORD}(?:\s+|(?=:))){{0,20}}?(?:{_OPEN}\s*{_AGENCY}\s*{_CLOSE}\s*)?"
    rf"(?:{_SEPARATOR}\s+)+"
    r"(?:[+−-]\d[\d.,]*%?\s+(?=[A-Z]))?"  # a chart's label and value: "Dow Jones Industrial Average: +298.76"
)
# A page's time stamp glued to the lead, with no separator after it: "Friday, May 28, 2010;
# 4:37 PM A day after …", "By Web Politics Editor | September 25, 2008; 11:19 AM ET Well …".
_CLOCK = r"\d{1,2}:\d\d\s*(?i:[ap]\.?m\.?)(?:\s+(?:ET|EST|EDT|GMT|BST|UTC))?"
# A British page's stamp, day first, with a 24-hour clock: "Tuesday 4 January 2005 08.43 GMT".
_ZONES = ("GMT", "BST", "UTC", "CET")
_BRITISH_DAY_AND_CLOCK = (
    rf"\d{{1,2}}\s+{MONTH_PATTERN}\s+\d{{4}}\s+\d\d[.:]\d\d\s+(?:{'|'.join(_ZONES)})\s+"
)
_BRITISH_STAMP = rf"(?:{WEEKDAY_PATTERN}\s+)?{_BRITISH_DAY_AND_CLOCK}"
_TIME_STAMP = (
    rf"(?:By\s[^|]{{1,40}}\|\s*)?(?:{WEEKDAY_PATTERN}\s*,?\s*)?{MONTH_PATTERN}\s+"
    rf"\d{{1,2}}(?:st|nd|rd|th)?\s*,?\s*\d{{4}}\s*[;,]?\s*{_CLOCK}\s+|{_BRITISH_STAMP}"
)
# A BBC blog's byline and stamp, or a page's update stamp: "Susan Watts | 18:00 UK time,
# Saturday, 25 April 2009 Experts …", "Fergus Walsh | 14:07 PM, Monday, 1 June 2009 One …",
# "Page last updated at 07:41 GMT, Wednesday, 9 June 2010 08:41 UK Meet …".
_BLOG_STAMP = (
    r"(?:(?:[A-Z][\w.'-]*\s+){1,4}\|\s*|Page last updated at\s+)\d{1,2}[:.]\d\d\s*"
    rf"(?:[AP]M|[ap]m|UK time|{'|'.join(_ZONES)})?\s*,?\s*{WEEKDAY_PATTERN}\s*,?\s*"
    rf"\d{{1,2}}\s+{MONTH_PATTERN}\s+\d{{4}}\s+(?:\d\d[:.]\d\d\s+UK\s+)?"
)
# A live blog's update stamp: "(Update 2:45 p.m. Cairo, 7:45 a.m. ET)", "(Updated 5:31 p.m.
# (0031 in Egypt))"; one bracket may nest inside.
_UNBRACKETED = rf"(?:(?!{_OPEN}|{_CLOSE}).)"
_UPDATE_STAMP = (
    rf"{_OPEN}\s*Updated?\b{_UNBRACKETED}*?(?:{_OPEN}{_UNBRACKETED}*{_CLOSE}{_UNBRACKETED}*?)?"
    rf"{_CLOSE}\s*(?:{_SEPARATOR}\s+)?"
)
_GLUED = (
    rf"(?:{_BRACKETED_CREDIT}|{_UPDATE_STAMP}|{_TIME_STAMP}|{_BLOG_STAMP}|{_PHOTO_CREDIT}"
    rf"|{_GLUED_AGENCY}"
    rf"|{_CAPITAL_HEADING})*"
)
# A list's bullet: "* April 23 - The Coast Guard …" (T17 writes it escaped: "\*").
_BULLET = r"(?:\\?\*|•|·)\s*"
# A heading may also follow the dateline: "2 JUNE: LOWER MARINE RISER PACKAGE After …".
_LEAD = re.compile(rf"(?:{_BULLET})?{_GLUED}(?:{_DATELINE})?{_GLUED}")
_MIN_WORDS_LEFT = 5
# A capitalized pronoun or article right after a lower-case word with no punctuation between:
# a headline or caption glued to the next sentence ("… many feared dead The earthquake is …").
_GLUED_HEADLINE = re.compile(
    r"[a-z0-9%)] (?P<next>(?:The|A|An|It|He|She|They|This|These|Those|There|His|Her|Their|In|On|"
    r"At|But|When|After|As|More|Some|Many|Police|Officials|Thousands|Hundreds) [a-z])"
)
# A headline and standfirst glued to the lead by the page's stamp: "Iraq war is breeding
# terrorists CIA report warns of a new generation Friday 14 January 2005 01.02 GMT A CIA …".
_GLUED_STAMP = re.compile(
    rf"(?:^|\S\s+){WEEKDAY_PATTERN}\s+{_BRITISH_DAY_AND_CLOCK}(?=[A-Z`'\"“‘])"
)


# A wire lead's dateline after a headline and its bullets on the same line: "Turkey confirms
# first case \\* Virus detected in traveller ISTANBUL, May 16 (Reuters) - Turkey identified …".
_INNER_WIRE_DATELINE = re.compile(
    r"(?<=\S\s)(?<![A-Z]\s)[A-Z][A-Z.'-]+(?:\s[A-Z][A-Z.'-]+)*(?:\s?,\s[A-Z][a-z]+\.?(?:\s[A-Z][a-z]+\.?)?)?"
    rf"\s?,?\s(?:{MONTH_PATTERN}\s\d{{1,2}}\s)?{_OPEN}\s?{_AGENCY}\s?{_CLOSE}\s?(?:--|-|—|–)\s"
)


def lead_end(sentence: str) -> int:
    """Where the sentence proper starts: after the datelines or credits it opens with, else 0.

    Pages repeat a dateline ("WASHINGTON -- WASHINGTON (AP) -- Oil …"), so cutting goes on
    while something is cut. Nothing is cut when what is left would be short or would not
    start like a sentence."""
    end = 0
    while cut := _one_lead_end(sentence[end:]):
        end += cut
    return end


def _one_lead_end(sentence: str) -> int:
    found = _LEAD.match(sentence)
    if found is None or not found.end():
        return 0
    rest = sentence[found.end() :]
    starts_like_sentence = rest[:1].isupper() or rest[:1] in "`'\"“‘"
    if len(rest.split()) < _MIN_WORDS_LEFT or not starts_like_sentence:
        return 0
    return found.end()


def glued_headline_end(line: str) -> int:
    """Where the sentence starts after the last headline, caption or page stamp glued to it,
    else 0."""
    headlines = [found.start("next") for found in _GLUED_HEADLINE.finditer(line)]
    # A stamp names its time zone: looking for one first spares the regex most sentences.
    stamped = any(zone in line for zone in _ZONES)
    stamps = [found.end() for found in _GLUED_STAMP.finditer(line)] if stamped else []
    wired = any(agency in line for agency in _AGENCIES)
    datelines = [found.start() for found in _INNER_WIRE_DATELINE.finditer(line)] if wired else []
    return max(headlines + stamps + datelines, default=0)
