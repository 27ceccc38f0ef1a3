"""The pure parts of the bars bench (bench/bench_safety_bars.py)."""

from __future__ import annotations

from bench.bench_safety_bars import SHIPPED_BAR, Bars, read_probability, score_line, where_lost
from safety.assess import assess
from safety.evaluate import Outcome, Phrase
from safety.findings import Findings
from safety.ngram import ngram_model


def findings(events: dict[str, str], closures: frozenset[str] = frozenset(), **flags: bool) -> Findings:
    return Findings(events=events, topic=False, now=False, child=False, question=False,  # type: ignore[arg-type]
                    closures=closures, **flags)


def test_the_shipped_bar_is_the_weights_files() -> None:
    assert ngram_model().threshold == SHIPPED_BAR
    assert Bars().name.endswith("(shipped)") and not Bars(emergency=0.7).name.endswith("(shipped)")


def test_where_a_miss_was_lost() -> None:
    assert where_lost(findings({"fever": "symptom"})) == "rule"
    assert where_lost(findings({}, frozenset({"guard", "guard_needs"}), guarded=True)) == "closed"
    assert where_lost(findings({}, guarded=True)) == "closed"  # a flag set by hand: flag:guarded
    assert where_lost(findings({})) == "open"


def test_the_probability_is_read_as_assess_reads_it() -> None:
    assert read_probability("父が倒れて動かない", 0.9) == 0.9
    assert read_probability("息子さ電話してけろ", 0.9) == 0.0  # a request to be put through to family
    assert read_probability("火事", 0.9) == 0.0  # no predicate: the classifier is not asked


def _outcome(text: str, label: str, number: str) -> Outcome:
    phrase = Phrase(text=text, label=label, number=number, style="plain", at="", split="dev")
    return Outcome(phrase, assess(text, now=phrase.moment, channel="chat"))


def test_score_line_scores_pooled_blocks_once() -> None:
    caught = _outcome("父が倒れて動かない", "emergency", "119")
    quiet = _outcome("ごみの日はいつですか", "none", "none")
    assert "recall 1.000 (0/0)" in score_line("empty", [])
    line = score_line("pooled", [caught, quiet])
    assert "recall 1.000 (1/1)" in line
    assert "false alarms 0.000 (0/1)" in line
    assert "right number 1.000 (1/1)" in line
