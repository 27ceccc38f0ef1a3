"""bench_gate_told_situation: the rules answer as their gates say, the question pattern, the choice and its targets."""

from __future__ import annotations

import numpy as np

from bench.bench_gate_told_situation import (
    QUESTION,
    SHIPPED_GATE,
    SHIPPED_SCOPE,
    SetOutputs,
    choose,
    figures,
    length_answer,
    pooled,
    shipped_answer,
    statement_answer,
)
from knowledge.evaluate import TARGET_ANSWERED_PRECISION


def _outputs(seed: int, n: int = 400) -> SetOutputs:
    rng = np.random.default_rng(seed)
    none = rng.random(n) < 0.15
    right = ~none & (rng.random(n) < 0.85)
    length = rng.integers(8, 90, n)
    # long in-scope tellings are right but less confident: the case the length rule is for
    conf = np.clip(np.where(right, 0.9, 0.45) - np.where(length >= 60, 0.12, 0.0) + rng.normal(0, 0.05, n), 0, 1)
    scope = np.clip(np.where(none, 0.4, 0.05) + rng.normal(0, 0.03, n), 0, 1)
    statement = rng.random(n) < 0.3
    return SetOutputs(conf, scope, right, none, length, statement)


def test_the_shipped_placement_is_the_packaged_gate() -> None:
    o = _outputs(1)
    expected = (o.conf >= SHIPPED_GATE) & (o.scope < SHIPPED_SCOPE)
    assert (shipped_answer(o) == expected).all()
    assert (length_answer(o, ()) == expected).all()
    assert (statement_answer(o, ()) == expected).all()


def test_each_rule_moves_only_its_own_queries() -> None:
    o = _outputs(2)
    shipped = shipped_answer(o)
    by_length = length_answer(o, (60.0, 0.5))
    assert (by_length[o.length < 60] == shipped[o.length < 60]).all()
    assert ((o.conf >= 0.5) & (o.scope < SHIPPED_SCOPE))[o.length >= 60].tolist() == by_length[o.length >= 60].tolist()
    by_statement = statement_answer(o, (0.5, 0.3))
    assert (by_statement[~o.statement] == shipped[~o.statement]).all()
    assert by_statement[o.statement].tolist() == ((o.conf >= 0.5) & (o.scope < 0.3))[o.statement].tolist()


def test_the_question_pattern_tells_a_question_from_a_statement() -> None:
    questions = ("ごみはいつ出せばいいですか", "保険証の再発行はできますか", "どごさ行げばいいの", "教えてください")
    for question in questions:
        assert QUESTION.search(question), question
    for statement in ("母がひとりで暮らせなくなってきた", "隣の空き家の草が伸び放題", "引っ越してきたばかり"):
        assert QUESTION.search(statement) is None, statement


def test_the_choice_meets_its_targets_and_gains_coverage_on_long_tellings() -> None:
    by_set = {n: _outputs(n) for n in range(13, 17)}
    sets = list(by_set)
    placement = choose(by_set, sets, "length", 0.0)
    assert placement, "the long tellings' own gate should beat the shipped one on these outputs"
    chosen = pooled(by_set, sets, length_answer, placement)
    shipped = pooled(by_set, sets, length_answer, ())
    assert chosen.precision >= TARGET_ANSWERED_PRECISION
    assert chosen.none_recall >= shipped.none_recall
    assert chosen.coverage > shipped.coverage
    one = figures(by_set[13], length_answer(by_set[13], placement))
    assert one.in_scope == int((~by_set[13].none).sum())
