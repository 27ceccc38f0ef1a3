"""bench.plain_support: the prepared queries read from a bench's pickle cache instead of being prepared again."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from bench import plain_support


def test_a_cached_preparation_is_read_back_without_preparing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cache = tmp_path / "items.pkl"
    cache.write_bytes(pickle.dumps(["item-a", "item-b"]))

    def must_not_prepare(_files: object) -> list[object]:
        raise AssertionError("prepare ran although the cache exists")

    monkeypatch.setattr(plain_support, "prepare", must_not_prepare)
    assert list[object](plain_support.prepared([plain_support.DEV], cache)) == ["item-a", "item-b"]


def test_a_missing_cache_is_written_with_the_preparation(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cache = tmp_path / "items.pkl"
    calls: list[object] = []

    def fake_prepare(files: object) -> list[str]:
        calls.append(files)
        return ["prepared"]

    monkeypatch.setattr(plain_support, "prepare", fake_prepare)
    assert list[object](plain_support.prepared([plain_support.DEV], cache)) == ["prepared"]
    assert calls == [[plain_support.DEV]]
    assert pickle.loads(cache.read_bytes()) == ["prepared"]
    assert list[object](plain_support.prepared([plain_support.DEV], None)) == ["prepared"]
    assert len(calls) == 2


def test_set_numbers() -> None:
    assert plain_support.set_number("faq-queries-26.tsv") == 26
    assert plain_support.set_number("queries-dev.tsv") == 0
    assert [fold[0] for fold in plain_support.FAQ_SET_FOLDS] == [2, 8, 14, 20]
    assert sum(len(fold) for fold in plain_support.FAQ_SET_FOLDS) == 24  # faq-2..25, each set held out once


def test_rank1_changes_count_the_in_scope_queries_that_turned(capsys: pytest.CaptureFixture[str]) -> None:
    from knowledge.evaluate import LabeledQuery, QueryOutcome

    def outcome(text: str, expected: str, first: str) -> QueryOutcome:
        return QueryOutcome(query=LabeledQuery(text=text, expected_id=expected), ranked_ids=[first, "F999"],
                            abstained=False, confidence=0.5, elapsed_ms=1.0)

    before = {"faq-queries-13.tsv": [outcome("a", "F001", "F001"), outcome("b", "F002", "F009"),
                                     outcome("c", "NONE", "F003"), outcome("d", "F004", "F004")]}
    after = {"faq-queries-13.tsv": [outcome("a", "F001", "F007"), outcome("b", "F002", "F002"),
                                    outcome("c", "NONE", "F005"), outcome("d", "F004", "F004")]}
    assert plain_support.print_rank1_changes(before, after, ["faq-queries-13.tsv"], prefix="x ") == (1, 1)
    printed = capsys.readouterr().out.splitlines()
    assert printed == ["  x - faq-queries-13.tsv a -> F001, ['F001'] -> ['F007']",
                       "  x + faq-queries-13.tsv b -> F002, ['F009'] -> ['F002']"]
