"""bench_description_vocabulary: the pooled counts behind the figures, and the dense-channel patch undone after use."""

from __future__ import annotations

from bench.bench_description_vocabulary import counts, rewritten_channels
from knowledge.evaluate import OUT_OF_SCOPE, LabeledQuery, QueryOutcome
from knowledge.search import Searcher


def outcome(expected: str, ranked: list[str], *, abstained: bool) -> QueryOutcome:
    return QueryOutcome(LabeledQuery("問い", expected), ranked, abstained, 0.5, 1.0)


def test_counts_are_the_figures_numerators() -> None:
    outcomes = [
        outcome("F001", ["F001", "F002"], abstained=False),  # right, answered
        outcome("F002", ["F001", "F002"], abstained=False),  # wrong, answered
        outcome("F003", ["F003"], abstained=True),  # right, withheld
        outcome(OUT_OF_SCOPE, ["F001"], abstained=False),  # out of scope, answered
        outcome(OUT_OF_SCOPE, ["F001"], abstained=True),
    ]
    assert counts(outcomes) == "P@1 2 of 3, answered 2 (1 right), NONE answered 1 of 2"


def test_the_patch_wraps_the_shipped_channels() -> None:
    original = Searcher._channels
    patched = rewritten_channels()
    assert patched is not original and Searcher._channels is original  # built, not installed
