"""Number words and unit names for temporal expressions."""

from __future__ import annotations

import re

NUMBER_WORDS: dict[str, int] = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
    "a hundred": 100,
    "a dozen": 12,
    "dozen": 12,
    "couple": 2,
    "a couple of": 2,
    "couple of": 2,  # "the next couple of years"
    "half a": 0,
}
VAGUE_QUANTITIES = ("several", "a few", "few", "some", "many", "recent", "coming", "past")
ORDINALS: dict[str, int] = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "1st": 1,
    "2nd": 2,
    "3rd": 3,
    "4th": 4,
}
NUMBER_PATTERN = (
    r"(?:\d+(?:\.\d+)?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|"
    r"three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a hundred|"
    r"hundred|a dozen|a couple of|couple of|a|an|several|a few|few|some|many)"
)
# unit word -> (TIMEX3 duration letter, is a time unit)
UNITS: dict[str, tuple[str, bool]] = {
    "second": ("S", True),
    "minute": ("M", True),
    "hour": ("H", True),
    "day": ("D", False),
    "week": ("W", False),
    "month": ("M", False),
    "quarter": ("Q", False),
    "year": ("Y", False),
    "decade": ("DE", False),
    "century": ("CE", False),
}
UNIT_PATTERN = r"(?:second|minute|hour|day|week|month|quarter|year|decade|centur(?:y|ie))s?"
SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}


def number_value(text: str) -> int | None:
    """2, "two", "twenty-five" -> int; vague words ("several") -> None."""
    text = text.lower().strip()
    if text.replace(".", "", 1).isdigit():
        return int(float(text))
    if text in NUMBER_WORDS:
        return NUMBER_WORDS[text]
    parts = text.replace("-", " ").split()
    if len(parts) == 2 and parts[0] in NUMBER_WORDS and parts[1] in NUMBER_WORDS:
        return NUMBER_WORDS[parts[0]] + NUMBER_WORDS[parts[1]]
    return None


_TENS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
_UNITS = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_TEENS = r"(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
# Years as broadcast transcripts write them: "nineteen ninety-six", "the year two thousand".
SPELLED_YEAR = (
    rf"(?:nineteen(?:\s+hundred(?:\s+and)?)?\s+(?:{_TENS}(?:[\s-]{_UNITS})?|{_TEENS})"
    rf"|the\s+year\s+two\s+thousand(?:\s+and\s+(?:{_UNITS}|{_TEENS}))?)"
)
_SPELLED_YEAR_FILLER = {"the", "year", "hundred", "and", "thousand"}


def year_number(text: str) -> int:
    """ "1996", "nineteen ninety-six", "the year two thousand" -> the year."""
    if text.isdigit():
        return int(text)
    words = [w for w in re.findall(r"[a-z]+", text.lower()) if w not in _SPELLED_YEAR_FILLER]
    century = 1900 if words[0] == "nineteen" else 2000
    return century + sum(NUMBER_WORDS[word] for word in words[1:])


def year_value(text: str) -> str:
    """The TIMEX3 value of a year as written: "1996" or "nineteen ninety-six" -> "1996"."""
    return f"{year_number(text):04d}"


def unit_of(word: str) -> str:
    word = word.lower().rstrip("s")
    return "century" if word.startswith("centur") else word


# Half of a unit in the next smaller one: "2 1/2 years" is P2Y6M, "5 1/2 hours" PT5H30M.
_HALF_UNIT = {"Y": "6M", "M": "15D", "D": "12H", "H": "30M"}
_HALF_TIME_UNIT = {"H": "30M", "M": "30S"}


def duration_value(amount: int | None, unit: str, half: bool = False) -> str:
    """`P3D`, `PT2H`, `P20Y` for two decades; `PXD` for an unknown amount; with `half`, the
    amount and a half ("a year and a half": P1Y6M)."""
    letter, is_time = UNITS[unit]
    count = "X" if amount is None else str(amount)
    if letter in ("DE", "CE"):
        years = {"DE": 10, "CE": 100}[letter]
        if amount is None:
            return f"PX{letter}"
        return f"P{amount * years + (years // 2 if half else 0)}Y"
    extra = ""
    if half and amount is not None:
        extra = (_HALF_TIME_UNIT if is_time else _HALF_UNIT).get(letter, "")
        if not extra:  # weeks, seconds: ISO 8601's decimal fraction ("P3.5W")
            count += ".5"
    if is_time:
        return f"PT{count}{letter}{extra}"
    if extra and letter == "D":  # half a day is hours
        return f"P{count}DT{extra}"
    return f"P{count}{letter}{extra}"


APPROXIMATELY = r"(?:(?P<approx>almost|nearly|around|roughly|approximately|more than|less than|at least|up to|no more than|some)\s+)?"
_APPROX_MODS = {
    "more than": "MORE_THAN",
    "over": "MORE_THAN",
    "at least": "EQUAL_OR_MORE",
    "less than": "LESS_THAN",
    "up to": "EQUAL_OR_LESS",
    "no more than": "EQUAL_OR_LESS",
}


def approx_mod(match: re.Match[str]) -> str | None:
    word = match.groupdict().get("approx")
    return _APPROX_MODS.get(word, "APPROX") if word else None
