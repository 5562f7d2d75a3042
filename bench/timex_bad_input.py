"""How long the tagger takes on hostile one-line texts of 1 MB: no spaces, digit runs, hex
dumps, base64, a date repeated without end. Each must come back without an exception.

    python bench/timex_bad_input.py
"""

from __future__ import annotations

import base64
import random
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import print_command, print_table

from dateline.time.tagger import tag

_SIZE = 1_000_000
_REFERENCE = date(2020, 11, 24)


def _random_bytes(count: int) -> bytes:
    return random.Random(7).randbytes(count)


INPUTS: dict[str, Callable[[], str]] = {
    "letters, no spaces": lambda: "a" * _SIZE,
    "digits, no spaces": lambda: "12" * (_SIZE // 2),
    "hex dump": lambda: _random_bytes(_SIZE // 2).hex(),
    "base64": lambda: base64.b64encode(_random_bytes(_SIZE * 3 // 4)).decode(),
    "open brackets": lambda: "(" * _SIZE,
    "numbers and spaces": lambda: " ".join(str(n % 100_000) for n in range(_SIZE // 6)),
    "'on 12 May 2020 the ' repeated": lambda: "on 12 May 2020 the " * (_SIZE // 19),
    "'Monday ' repeated": lambda: "Monday " * (_SIZE // 7),
}


def main() -> None:
    rows = []
    for name, make in INPUTS.items():
        text = make()
        started = time.perf_counter()
        found = tag(text, _REFERENCE)
        rows.append([name, f"{len(text):,}", f"{len(found):,}", time.perf_counter() - started])
    print_table(
        "Tagging hostile 1 MB lines", ["input", "characters", "expressions", "seconds"], rows
    )
    print_command()


if __name__ == "__main__":
    main()
