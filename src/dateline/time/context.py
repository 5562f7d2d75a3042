"""What a rule needs to resolve an expression: the reference date, tense, earlier dates."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

_FUTURE_CUE = re.compile(
    r"\b(?:will|would|'ll|shall|going to|plans? to|planned|planning|scheduled|expects? to|expected to|"
    r"due to|upcoming|to be held|is to|are to|intends? to|aims? to|set (?:to|for)|as (?:soon|early) as|"
    # dates that dividends, deals and rules are set for
    r"payable|effective|of record|expires?)\b"
)
# "were planning to", "was scheduled to": a plan told in the past still looks ahead.
_PLAN_AFTER = r"(?!\s+(?:planning|scheduled|expected|due|set|going|about)\s+(?:to|for)\b)"
_PAST_CUE = re.compile(
    rf"\b(?:said|says|(?:was|were){_PLAN_AFTER}|had|did|has|have|been|ago|last|earlier|since|"
    r"on\s+\w+day\s+said|"
    # irregular past tenses common in news
    r"began|met|left|came|went|took|made|held|told|gave|saw|won|lost|fell|rose|hit|struck|fled|"
    r"sent|spent|led|broke|ran|fought|brought|bought|caught|sought|shot|stood|spoke|wrote|drove|"
    r"flew|became|withdrew|kept|paid|laid|quit|swept|forgot|chose|drew|grew|threw|knew|"
    r"(?!(?:united|hundred|need|indeed|speed|red|proceed|succeed|exceed|feed|seed|bed)\b)\w+ed)\b"
)
_LAST_WORD = re.compile(r"(\w+)\s+(?:on\s+)?$")
# "Arafat and Netanyahu meet separately Monday": a present-tense event verb right before the
# day schedules it, when nothing in the clause before it is past ("did not meet Monday") and
# the word is no noun after a determiner ("the launch Wednesday", "his visits on Friday");
# forms that are mostly nouns ("vote", "close", "end") count only with their -s.
_PRESENT_VERB_BEFORE = re.compile(
    r"(?P<before>[\w']+)\s+(?:meets?|travels?|begins?|resumes?|arrives?|testif(?:y|ies)|appears?|"
    r"visits|starts|opens|holds|votes|leaves|returns|hosts|signs|ends|closes|flies|heads)\s+"
    r"(?:(?:separately|again|jointly|privately|here|there)\s+)?(?:on\s+)?$"
)
# fmt: off
_DETERMINER = frozenset((
    "the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "that", "'s",
    "first", "second", "final", "last", "next",
))
# fmt: on
# "said on Thursday": the weekday belongs to the reporting verb right before it, which is past.
_REPORTED_ON = re.compile(
    r"\b(?:said|announced|told|reported|added|confirmed|stated|declared|warned|denied)"
    r"(?:\s+\w+){0,2}\s+(?:on\s+)?$"
)
# "will run … from April, the operator said": a modal before the expression wins over a
# reporting verb after it.
_MODALS = r"will|'ll|shall|going to"
_MODAL_BEFORE = re.compile(rf"\b(?:{_MODALS})\b")
# A plan that the rest of the clause carries out: "is due to visit", "would meet", "is to send".
_PLAN = re.compile(rf"\b(?:{_MODALS}|would|is to|are to|due to)\s+\w+")
# "would create a dead zone after the April 20 blowout": the day dates an earlier event.
_EVENT_BEFORE = re.compile(r"\b(?:after|since|following|because of)\b")
_DEADLINE = re.compile(r"\b(?:by|until|till|through)\s+(?:(?:early|mid|late|the end of)[- ]?\s*)?$")
_PERIOD_THROUGH = re.compile(r"\b(?:year|months|weeks|quarters?|so far|to date)\s+through\s+$")
# A day is a deadline only after "until": "by Friday, the toll had risen" looks back as often.
_UNTIL = re.compile(r"\b(?:until|till)\s+$")
_PAST_PERFECT = re.compile(r"\bhad\b")
# "get around Wednesday's ruling": a possessive day names what already happened (17 of 17 in
# TBAQ), unless the text looks ahead to it ("ahead of Sunday's vote"; "before" goes either way).
_POSSESSIVE = re.compile(r"'s\b")
_AHEAD_OF = re.compile(r"\b(?:ahead of|upcoming|coming)\s+$")
# "readied themselves for Sunday", "braced for Friday's protests": getting ready looks ahead.
_READY_FOR = re.compile(
    r"\b(?:read(?:y|ied|ies|ying)|prepar(?:e|es|ed|ing)|brac(?:e|es|ed|ing)|gear(?:s|ed|ing)? up)"
    r"(?:\s+\w+){0,2}?\s+for\s+$"
)
_CLAUSE_END = re.compile(r"[.;!?\n]")
_WINDOW = 60  # characters around the expression that decide its tense
_MODAL_WINDOW = 90  # a modal reaches farther: "will be named … for a mission in December"
# direction() gives -PAST_STATED when the clause has a past cue and no future one: a date
# without a year is then the past one ("protests erupted on 14 January").
PAST_STATED = 2


@dataclass(slots=True)
class ResolutionContext:
    """The reference date and the text (lower-cased) an expression sits in."""

    reference: date | None
    text: str
    last_day: date | None = None  # the last day-level date resolved in this text
    last_value: str | None = None  # the value of the last calendar expression
    named_quarters: set[str] = field(default_factory=set)  # "1989-Q3" for each quarter named
    _directions: dict[tuple[int, int], int] = field(default_factory=dict)

    def year_value(self) -> str:
        """The reference's year as a TIMEX3 value, `XXXX` without a reference."""
        return f"{self.reference.year:04d}" if self.reference else "XXXX"

    def direction(self, start: int, end: int) -> int:
        """+1 when the clause points to the future ("will meet on Sunday"), else -1 (or
        -PAST_STATED when only past cues were found)."""
        key = (start, end)
        if key not in self._directions:
            self._directions[key] = self._direction(start, end)
        return self._directions[key]

    def deadline_before(self, start: int) -> bool:
        """ "by February", "until mid-March": a deadline ahead, unless "had … by" or a period to
        date ("sales this year through August")."""
        left = self._clause_before(start)
        return (
            bool(_DEADLINE.search(left))
            and not _PAST_PERFECT.search(left)
            and not _PERIOD_THROUGH.search(left)
        )

    def until_before(self, start: int, end: int) -> bool:
        """ "until 9 a.m. Tuesday": a day ahead, unless the sentence is in the past perfect
        ("Until Thursday, they had not called him a suspect")."""
        left = self._clause_before(start)
        return (
            bool(_UNTIL.search(left))
            and not _PAST_PERFECT.search(left)
            and not _PAST_PERFECT.search(self._clause_after(end))
        )

    def _clause_before(self, start: int, window: int = _WINDOW) -> str:
        """The text of the clause before `start`, within the window."""
        left = self.text[max(0, start - window) : start]
        if cut := list(_CLAUSE_END.finditer(left)):
            left = left[cut[-1].end() :]
        return left

    def _clause_after(self, end: int) -> str:
        """The text of the clause after `end`, within the window."""
        right = self.text[end : end + _WINDOW]
        if cut := _CLAUSE_END.search(right):
            right = right[: cut.start()]
        return right

    @staticmethod
    def _past_verb_right_before(left: str) -> bool:
        found = _LAST_WORD.search(left[-30:])  # not "scheduled on", a future cue
        return bool(found and _PAST_CUE.fullmatch(found[1]) and not _FUTURE_CUE.fullmatch(found[1]))

    @staticmethod
    def _plan_governs(left: str) -> bool:
        """ "who is due to visit Haiti on Sunday, said …", "said he would meet Bush and Clinton
        on Saturday": the day ends a verb phrase that a plan opens, with nothing past between,
        whatever reports it after."""
        plans = list(_PLAN.finditer(left))
        if not plans or _PAST_PERFECT.search(left[: plans[-1].start()]):
            return False
        tail = left[plans[-1].end() :]
        return not _PAST_CUE.search(tail) and not _EVENT_BEFORE.search(tail)

    @staticmethod
    def _present_verb_right_before(left: str) -> bool:
        found = _PRESENT_VERB_BEFORE.search(left)
        return bool(found) and found["before"] not in _DETERMINER and not _PAST_CUE.search(left)

    def _direction(self, start: int, end: int) -> int:
        left = self._clause_before(start)
        right = self._clause_after(end)
        if _REPORTED_ON.search(left):
            return -1
        getting_ready = bool(_READY_FOR.search(left))
        if _POSSESSIVE.match(self.text, end):
            return 1 if getting_ready or _AHEAD_OF.search(left) else -1
        if getting_ready or _MODAL_BEFORE.search(self._clause_before(start, _MODAL_WINDOW)):
            return 1
        if self._past_verb_right_before(left):  # "talks that began on Monday will end …"
            return -PAST_STATED
        if self._present_verb_right_before(left):
            return 1
        if self._plan_governs(self._clause_before(start, _MODAL_WINDOW)):
            return 1
        future = [(len(left) - m.end(), m) for m in _FUTURE_CUE.finditer(left)]
        future += [(m.start(), m) for m in _FUTURE_CUE.finditer(right)]
        past = [(len(left) - m.end(), m) for m in _PAST_CUE.finditer(left)]
        past += [(m.start(), m) for m in _PAST_CUE.finditer(right)]
        if not future:
            return -PAST_STATED if past else -1
        if not past:
            return 1
        return 1 if min(future, key=lambda x: x[0])[0] <= min(past, key=lambda x: x[0])[0] else -1
