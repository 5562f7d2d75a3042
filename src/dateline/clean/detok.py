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
    (re.compile(r"``\s*"), '"'),
    (re.compile(r"\s*''"), '"'),
    (re.compile(r"(?<![\w'])`\s*"), "'"),
    (re.compile(r"\s+(n't|'s|'re|'ve|'ll|'d|'m|'S|N'T)\b"), r"\1"),
    (re.compile(r"\b(can|Can|CAN) not\b"), r"\1not"),
    (re.compile(r"([(\[{])\s+"), r"\1"),
    (re.compile(r"\s+([)\]}])"), r"\1"),
    (re.compile(r"\s+([.,;:!?%])(?=\s|$|[\"')\]])"), r"\1"),
    (re.compile(r"\$\s+(?=\d)"), "$"),
    (re.compile(r"\s+(')(?=\s|$)"), r"\1"),
    (re.compile(r"[ \t]{2,}"), " "),
)
_QUOTED = re.compile(r'"\s*([^"\n]*?)\s*"')


def looks_ptb_tokenized(text: str) -> bool:
    """True when a text shows several Penn-Treebank markers (split clitics, -LRB-, `` '')."""
    sample = text[:5000]
    return len(_PTB_MARKERS.findall(sample)) >= 3


def detokenize(text: str) -> str:
    """Join PTB tokens back into readable text, line by line."""
    lines = []
    for line in text.split("\n"):
        for pattern, replacement in _REPLACEMENTS:
            line = pattern.sub(replacement, line)  # type: ignore[arg-type]
        lines.append(_QUOTED.sub(r'"\1"', line).strip())
    return "\n".join(lines)
