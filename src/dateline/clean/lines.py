"""What one line of a page looks like: the features the boilerplate classifier reads, and the
wording by which a page talks to its readers (signatures, calls to comment, comment sections)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from dateline.time.calendar_words import MONTH_PATTERN

_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*$")
_ELLIPSIS_END = re.compile(r"(…|\.\.\.)\s*$")
_WORD = re.compile(r"[\w’'-]+")
# 60 characters without a space are no words: a link, a hash, a blob of base64. Scripts
# written without spaces (Chinese, Japanese, Korean) are not such runs.
_UNBROKEN = 60
UNBROKEN_RUN = re.compile(
    rf"[^\s\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]{{{_UNBROKEN},}}"
)
_NORMAL = re.compile(r"[^\w]+")

# Calls to action and page furniture of news sites in general: imperative or web-only wording.
# These are generic patterns of the web, not lines copied from any corpus.
_CALL_TO_ACTION = re.compile(
    r"^(?:subscribe|sign (?:up|in)|log ?in|register|click|tap|share|follow|connect with|"
    r"continue reading|read (?:more|next|the full|also)|see (?:more|also)|more from|"
    r"leave a (?:reply|comment)|join (?:us|our|the)|know more|learn more|donate|support (?:us|our)|"
    r"your support|download (?:our|the)|get (?:the|our) (?:app|newsletter)|advertisement|"
    r"sponsored|recommended|trending|most (?:read|popular|viewed)|related(?: articles| stories)?|"
    r"you (?:may|might) also like|don'?t miss|watch:|listen:|skip to|back to top|menu|home|"
    r"print|email|comments?|no comments?|\d+ comments?|photo:|image:|video:|credit:|"
    r"copyright|©)\b",
    re.I,
)
_WEB_ONLY = re.compile(
    r"all rights reserved|cookies?\b|privacy policy|terms of (?:use|service)|newsletter|"
    r"will not be published|required fields|javascript|your inbox|sign up for|"
    r"subscribe (?:to|now|today)|subscribers? only|already a subscriber|"
    r"to continue reading|paywall|free trial|editorial independence|"
    r"getty images|shutterstock|click here|\bad blocker"
)
# The button labels of a Twitter widget pasted into the page: "6:30 pm ET February 11 , 2013
# RETWEET Looking for …", "… 3:02 PM - 4 Mar 2016 Reply Retweet Like". Such a line carries
# the day the page was saved, not a day of the story, and may be as long as a sentence of prose.
_WIDGET_BUTTON = re.compile(r"\bRETWEET\b|\bReply\s+Retweet\s+(?:Favorite|Like)\b")
_PAYWALL = re.compile(
    r"subscribe to (?:continue|read)|to continue reading|subscribers? only|already a subscriber|"
    r"to read the full|premium (?:content|article)|free trial"
)
# Headings that open a list of links to other stories.
_LIST_HEADING = re.compile(
    r"^(?:related(?: articles| stories| content| news)?|more(?: from| on| stories| news)?|"
    r"read (?:more|next|also)|see also|most (?:read|popular|viewed|shared)|trending(?: now)?|"
    r"recommended(?: for you)?|you (?:may|might) also like|latest(?: news)?|top stories|"
    r"editor'?s picks)\b[^.!?]{0,24}$",
    re.I,
)
_SECOND_PERSON = re.compile(
    r"^(?:you|your)\b|\b(?:you|your)\b.*?\b(?:support|subscribe|join)", re.I
)
# A reader comment's signature: "… Posted by: Nclwtk | September 17, 2008 10:53 AM | Report
# abuse", "January 27, 2011 at 7:59 pm | Report abuse | I do n't believe …". Comments follow it.
_COMMENT_SIGNATURE = re.compile(r"\|\s*report abuse\b|\bposted by ?: [^|]{1,80}\|")
# The stamp a reader comment opens with: "January 31, 2011 at 2:28 pm | Power to …",
# "January 28, 2011 07:10 pm at 7:10 pm | The president …".
_STAMP_SIGNATURE = re.compile(
    rf"(?i:{MONTH_PATTERN}) \d{{1,2}} ?, \d{{4}} (?:\d{{1,2}}:\d\d ?[ap]m )?at \d{{1,2}}:\d\d ?[ap]m ?\|"
)
# The signature a BBC blog's reader comment opens with: "At 4:20 pm on 18 Jan 2010, rg wrote:".
# Pages glue it to the comment before ("Shame on you ... At 02:10 am on 19 Jan 2010, …").
_WROTE_SIGNATURE = re.compile(
    rf"\bAt \d{{1,2}}:\d\d ?[ap]m on \d{{1,2}} {MONTH_PATTERN} \d{{4}} ?, [^,:|]{{1,60}}? wrote ?:"
)
# A signature a comment or blog post opens with: "Posted by Mark on April 3, 2005 01:09 AM.",
# or a comment's stamp.
_OPENING_SIGNATURE = re.compile(
    rf"(?i:posted|submitted) by\s|{_STAMP_SIGNATURE.pattern}|{_WROTE_SIGNATURE.pattern}"
)
# A page's call to its readers: "Share your thoughts by sending us a response …", "Of course ,
# you can always comment on this blog post .", "… logging on to your Twitter account …".
_READER_CALL_OPENING = re.compile(
    r"(?:Please\s+)?(?:Share|Send|Tell|E-?mail|Click|Follow|Join|Subscribe|Sign up|Log on|Leave"
    r"|Visit|Vote|Watch|Listen|Read|Comment|Tweet)\b[^.]{0,60}?\b(?:us|your|our|here|below|online)\b"
)
_READER_CALL_WITHIN = re.compile(
    r"\byou can (?:\w+\s+){0,2}?(?:comment|e-?mail|follow|share|send|sign up|log on|subscribe"
    r"|watch|listen|vote|read|tweet)\b"
    r"|\byour (?:Twitter|Facebook|e-?mail) (?:account|address|page)\b|\bthis (?:live )?blog post\b"
)
# A reader's message on a live page: "2155 : Kedar from India writes : We make BP pay …",
# "1614 A-cui from Beijing e-mails: …", "Peter in Tarrytown , New York writes : …".
_READER_MESSAGE = re.compile(
    r"(?:^|\d{4}\s?:?\s)(?:[A-Z][\w'.-]*\s){1,3}(?:in|from)\s(?:[A-Z][\w'.-]*[\s,]*){1,5}"
    r"(?:e-?mails|writes|texts|tweets)\s?:"
)
# Every call found within a sentence holds one of these: checking for them first spares the
# regex a scan of each word of the ~95 % of sentences that hold none.
_READER_CALL_WORDS = ("you", "blog post")
_BYLINE = re.compile(r"^(?:by|words by|reporting by|written by)\s+[A-Z]", re.I)
_LONG_LINE_WORDS = 40  # longer lines are prose: skip the furniture patterns
_CREDIT = re.compile(
    r"^(?:[A-Z][A-Za-z]*/)?[A-Z]{2,}(?:[ /][A-Z]{2,}){0,2}$|^(?i:photo|image|credit|picture)s?\b"
)


@dataclass(slots=True)
class Line:
    """One non-empty line of a page with its features."""

    index: int
    text: str
    words: int
    ends_sentence: bool
    ends_ellipsis: bool
    call_to_action: bool
    web_only: bool
    widget: bool  # a social-media widget's item, see `_WIDGET_BUTTON`
    paywall: bool
    second_person: bool
    list_label: bool  # "More:", "Related", "Most read": a list of teaser headlines follows
    credit: bool
    byline: bool
    comment_signature: bool  # a reader comment is signed here: the comments have begun
    key: str

    @property
    def is_prose(self) -> bool:
        """A body line: long enough and ending like a sentence."""
        return self.words >= 12 and (self.ends_sentence or self.text.endswith(","))

    @property
    def is_headline_like(self) -> bool:
        return 1 <= self.words <= 20 and not self.ends_sentence and not self.ends_ellipsis

    @property
    def is_short_label(self) -> bool:
        return self.words <= 3 and not self.ends_sentence


def normalize_line(text: str) -> str:
    """The key under which a line is counted across the corpus."""
    return _NORMAL.sub(" ", text.lower()).strip()


def is_comment_signature(line: str) -> bool:
    """Whether the line ends a reader comment with its signature, or opens one with its stamp."""
    if " wrote" in line and _WROTE_SIGNATURE.search(line):
        return True
    return "|" in line and bool(
        _COMMENT_SIGNATURE.search(line.lower()) or _STAMP_SIGNATURE.match(line)
    )


def speaks_to_readers(sentence: str) -> bool:
    """Whether a sentence is the page talking to its readers, not news: a comment's or post's
    opening signature, a reader's message, or a call to comment, share or follow."""
    return bool(
        _OPENING_SIGNATURE.match(sentence)
        or _READER_CALL_OPENING.match(sentence)
        or (":" in sentence and _READER_MESSAGE.search(sentence))
        or (
            any(word in sentence for word in _READER_CALL_WORDS)
            and _READER_CALL_WITHIN.search(sentence)
        )
    )


def comments_start(lines: list[str], body_start: int = 1) -> int | None:
    """Index of the first line from `body_start` on that signs a reader comment: from there on
    the page holds comments (the first comment's own text may come just before). A signature
    above the body is a blog post's byline ("Posted by: Jane | March 3, 2011"), not a comment."""
    signed = (i for i, line in enumerate(lines) if i >= body_start and is_comment_signature(line))
    return next(signed, None)


def describe_line(index: int, text: str) -> Line:
    stripped = text.strip()
    spaced = UNBROKEN_RUN.sub(" ", stripped) if len(stripped) >= _UNBROKEN else stripped
    words = len(_WORD.findall(spaced))
    tail = stripped[-8:]
    lower = stripped.lower()  # the patterns below are lower-case: re.I is slow on alternations
    ellipsis = bool(_ELLIPSIS_END.search(tail))
    short = words <= _LONG_LINE_WORDS
    call_to_action = words <= 25 and bool(_CALL_TO_ACTION.match(stripped))
    return Line(
        index=index,
        text=stripped,
        words=words,
        ends_sentence=bool(_SENTENCE_END.search(tail)) and not ellipsis,
        ends_ellipsis=ellipsis,
        call_to_action=call_to_action,
        web_only=short and bool(_WEB_ONLY.search(lower)),
        widget=short and bool(_WIDGET_BUTTON.search(stripped)),
        paywall=short and bool(_PAYWALL.search(lower)),
        second_person="you" in lower and bool(_SECOND_PERSON.search(stripped)),
        list_label=(stripped.endswith(":") and words <= 3)
        or (words <= 5 and bool(_LIST_HEADING.match(stripped))),
        credit=bool(_CREDIT.match(stripped)) and words <= 4,
        byline=words <= 8 and bool(_BYLINE.match(stripped)),
        comment_signature=is_comment_signature(stripped),
        key=normalize_line(stripped),
    )
