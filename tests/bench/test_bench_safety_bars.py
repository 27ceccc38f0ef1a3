"""The pure parts of the bars bench (bench/bench_safety_bars.py)."""

from __future__ import annotations

from bench.bench_safety_bars import SHIPPED_BAR, Bars, Tally, read_probability, where_lost
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


def test_tally_sums_blocks() -> None:
    tally = Tally()
    assert "recall 0.000 (0/0)" in tally.line("empty")
