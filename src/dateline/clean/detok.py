"""Undo Penn-Treebank tokenization (as in Timeline17) for display."""

from __future__ import annotations

import re

_BRACKETS = {
    "-LRB-": "(",
    "-RRB-": ")",
    "-LSB-": "[",
    "-RSB-": "]",
    "-LCB-": "{",
    "-RCB-": "}",
}
_PTB_MARKERS = re.compile(r"-[LR][RSC]B-|``|''| n't\b| 's\b| \.$| ,", re.M)
_REPLACEMENTS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"-[LR][RSC]B-"), lambda m: _BRACKETS[m.group(0)]),  # type: ignore[list-item]
    (re.compile(r"\\([/*])"), r"\1"),  # PTB escapes slashes and asterisks: 9\/11, P\*\*\*
    (re.compile(r"``[ \t]*"), '"'),
    (re.compile(r"[ \t]*''"), '"'),
    (re.compile(r"(?<![\w'])`[ \t]*"), "'"),
    (re.compile(r"[ \t]+(n't|'s|'re|'ve|'ll|'d|'m|'S|N'T)\b"), r"\1"),
    (re.compile(r"\b(can|Can|CAN) not\b"), r"\1not"),
    (re.compile(r"([(\[{])[ \t]+"), r"\1"),
    (re.compile(r"[ \t]+([)\]}])"), r"\1"),
    (re.compile(r"[ \t]+([.,;:!?%])(?=\s|$|[\"')\]])", re.M), r"\1"),
    (re.compile(r"\$[ \t]+(?=\d)"), "$"),
    (re.compile(r"[ \t]+(')(?=\s|$)", re.M), r"\1"),
    (re.compile(r"[ \t]{2,}"), " "),
)
_QUOTED = re.compile(r'"[ \t]*([^"\n]*?)[ \t]*"')


def looks_ptb_tokenized(text: str) -> bool:
    """True when a text shows several Penn-Treebank markers (split clitics, -LRB-, `` '')."""
    sample = text[:5000]
    return len(_PTB_MARKERS.findall(sample)) >= 3


def detokenize(text: str) -> str:
    """Join PTB tokens back into readable text; no pattern crosses a line break."""
    for pattern, replacement in _REPLACEMENTS:
        text = pattern.sub(replacement, text)  # type: ignore[arg-type]
    return "\n".join(line.strip() for line in _QUOTED.sub(r'"\1"', text).split("\n"))
