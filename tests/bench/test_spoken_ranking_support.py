"""bench.spoken_ranking_support: right answers, the paired count, relabelled items and the prepared-items cache."""

from __future__ import annotations

import pickle
from dataclasses import dataclass
from pathlib import Path

import pytest

from bench import spoken_ranking_support
from bench.spoken_ranking_support import SetItems, load_items, paired, relabel, right
from knowledge.evaluate import OUT_OF_SCOPE, LabeledQuery, QueryOutcome


def outcome(expected: str, ranked: list[str], *, abstained: bool = False) -> QueryOutcome:
    """One labelled query's outcome."""
    return QueryOutcome(LabeledQuery("質問", expected), ranked, abstained, 0.5, 1.0)


def test_right_is_the_expected_entry_first_or_an_abstention_out_of_scope() -> None:
    assert right(outcome("a", ["a", "b"]))
    assert not right(outcome("a", ["b", "a"]))
    assert right(outcome(OUT_OF_SCOPE, ["b"], abstained=True))
    assert not right(outcome(OUT_OF_SCOPE, ["b"]))


def test_paired_counts_the_questions_gained_and_lost_in_and_out_of_scope() -> None:
    before = [outcome("a", ["b", "a"]), outcome("b", ["b"]), outcome(OUT_OF_SCOPE, ["a"], abstained=True)]
    after = [outcome("a", ["a"]), outcome("b", ["b"]), outcome(OUT_OF_SCOPE, ["a"])]
    assert paired(before, after) == "in scope: 1 gained, 0 lost (p 1.00); out of scope: 0 gained, 1 lost (p 1.00)"


@dataclass(frozen=True)
class Item:
    """A prepared item's set name (all relabel changes)."""

    text: str
    set_name: str


def test_relabel_moves_items_to_another_set_name() -> None:
    assert relabel([Item("a", "dev-spoken")], "dev") == [Item("a", "dev")]


def test_a_cached_preparation_is_read_back_without_preparing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cache = tmp_path / "items.pkl"
    sets = {"dev": SetItems("dev", ["typed"], ["spoken"], [0], ["second"])}
    cache.write_bytes(pickle.dumps(sets))

    def must_not_prepare(*_args: object, **_kwargs: object) -> SetItems:
        raise AssertionError("prepare_set ran although the cache exists")

    monkeypatch.setattr(spoken_ranking_support, "prepare_set", must_not_prepare)
    assert load_items(cache) == sets
