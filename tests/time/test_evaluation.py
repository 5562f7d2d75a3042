"""The TimeML benchmark: tagged copies written, scores the TempEval-3 way, copies scored once."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from dateline.cli import main
from dateline.time.evaluation import run_timex_bench

DOCUMENT = (
    '<?xml version="1.0" ?>\n<TimeML>\n<DOCID>a</DOCID>\n'
    '<DCT><TIMEX3 tid="t0" type="DATE" value="2020-11-24" functionInDocument="CREATION_TIME">'
    "2020-11-24</TIMEX3></DCT>\n<TEXT>\n"
    'He arrived on <TIMEX3 tid="t1" type="DATE" value="2020-11-23">Monday</TIMEX3>, '
    'left <TIMEX3 tid="t2" type="DATE" value="2020-11-25">tomorrow</TIMEX3> '
    'and came back <TIMEX3 tid="t3" type="DATE" value="2020-WXX">last week</TIMEX3> &amp; more.\n'
    "</TEXT>\n</TimeML>\n"
)


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "tml"
    (folder / "copies").mkdir(parents=True)
    (folder / "a.tml").write_text(DOCUMENT, encoding="utf-8")
    (folder / "copies" / "a.tml").write_text(DOCUMENT, encoding="utf-8")
    return folder


def test_scores_strict_and_value_and_counts_a_copy_once(tmp_path: Path) -> None:
    result = run_timex_bench(_folder(tmp_path), None)
    scores = result.scores
    assert (result.documents, result.copies) == (2, 1)
    assert (scores.gold, scores.system, scores.strict, scores.value_correct) == (3, 3, 3, 2)
    assert result.errors == {"value 9999-WXX read as 9999-W99": 1}


def test_writes_every_file_with_our_tags_in_the_text(tmp_path: Path) -> None:
    out = tmp_path / "out"
    run_timex_bench(_folder(tmp_path), out)
    for path in (out / "a.tml", out / "copies" / "a.tml"):
        written = path.read_text(encoding="utf-8")
        assert '<TIMEX3 tid="t1" type="DATE" value="2020-11-23">Monday</TIMEX3>' in written
        assert '<TIMEX3 tid="t3" type="DATE" value="2020-W47">last week</TIMEX3>' in written
        assert "&amp; more" in written and "CREATION_TIME" in written


def test_the_commands_print_expressions_and_scores(tmp_path: Path) -> None:
    runner = CliRunner()
    tagged = runner.invoke(main, ["timex", "--dct", "2020-11-24", "-"], input="Back on Monday.")
    assert tagged.exit_code == 0 and "2020-11-23" in tagged.output
    bench = runner.invoke(main, ["bench", "timex", str(_folder(tmp_path))])
    assert bench.exit_code == 0, bench.output
    assert "value F1" in bench.output and "66.7" in bench.output


def test_files_that_are_not_timeml_are_named_and_skipped(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    (folder / "binary.tml").write_bytes(bytes(range(256)))
    (folder / "undated.tml").write_text(DOCUMENT.replace('value="2020-11-24"', 'value="soon"'))
    result = run_timex_bench(folder, None)
    assert result.documents == 3
    assert result.skipped == [
        f"{folder / 'binary.tml'}: no <TEXT> … </TEXT> element: not a TimeML file; skipped"
    ]
    assert result.undated == [
        f"{folder / 'undated.tml'}: no day in <DCT>; relative dates left unresolved"
    ]
    bench = CliRunner().invoke(main, ["bench", "timex", str(folder)])
    assert bench.exit_code == 0 and "binary.tml: no <TEXT>" in " ".join(bench.output.split())
