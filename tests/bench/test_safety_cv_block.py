"""bench_safety_cv's ``--block``: several splits merged into one held-out fold, its own rule alternatives left out."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from bench.bench_safety_cv import main
from bench.safety_cv_ablation import ablated_findings, map_alternatives
from bench.safety_cv_configs import fold_decisions
from bench.safety_cv_folds import Data, blind_pair_folds, fresh_dump, held_out_blocks, merge_block
from safety.detect import find
from safety.evaluate import Phrase
from safety.normalize import views

FIRE = "天ぷら油から火が出て、台所の壁に燃え移りました"
QUIET = "図書館の開館時間を教えてください"


def phrase(text: str, split: str, *, emergency: bool) -> Phrase:
    """A typed phrase of the given split."""
    return Phrase(text=text, label="emergency" if emergency else "none", number="119" if emergency else "none",
                  style="plain", at="", split=split)


def test_merge_block_renames_only_the_named_splits() -> None:
    phrases = [phrase(FIRE, "x1", emergency=True), phrase(FIRE, "x2", emergency=True),
               phrase(QUIET, "other", emergency=False)]
    merged, name = merge_block(phrases, ("x1", "x2"))
    assert name == "x1+x2"
    assert [p.split for p in merged] == ["x1+x2", "x1+x2", "other"]
    assert [p.text for p in merged] == [p.text for p in phrases]


def test_blind_pair_folds_merge_only_examined_pairs_in_range() -> None:
    phrases = [phrase(FIRE, "blind16a", emergency=True), phrase(QUIET, "blind16b", emergency=False),
               phrase(FIRE, "blind17a", emergency=True), phrase(QUIET, "blind17b", emergency=False),
               phrase(QUIET, "dev", emergency=False)]
    merged, folds = blind_pair_folds(phrases, 16, 16)
    assert folds == ["blind16a+blind16b"]
    assert [p.split for p in merged] == ["blind16a+blind16b", "blind16a+blind16b", "blind17a", "blind17b", "dev"]
    # a pair not (yet) examined is never a fold: blind999 is no examined split
    assert blind_pair_folds(phrases, 999, 999) == (phrases, [])


def test_a_block_loses_the_alternatives_only_it_needs_and_is_decided_as_one_fold() -> None:
    phrases = [phrase(FIRE, "x1", emergency=True), phrase(FIRE, "x2", emergency=True),
               phrase(QUIET, "other", emergency=False)]
    text_views = [views(p.text) for p in phrases]
    assert find(text_views[0]).events  # the rules as written catch the fire
    # split by split, each copy's alternatives are also hit in the other split: nothing is specific to either
    assert map_alternatives(phrases, text_views).specific_to("x1")[0] == 0
    merged, name = merge_block(phrases, ("x1", "x2"))
    ablation = map_alternatives(merged, text_views)
    assert ablation.specific_to(name)[0] > 0
    findings = ablated_findings(merged, text_views, ablation, (name,))
    assert set(findings) == {name}
    assert set(findings[name]) == {0, 1}
    data = Data(merged, text_views, [{} for _ in merged], [[] for _ in merged], findings)
    outcomes = fold_decisions("rules", name, data, {})
    assert [o.phrase.split for o in outcomes] == [name, name]
    assert not any(o.correct for o in outcomes)  # the fire's own alternatives left out, the rules alone miss it


@pytest.mark.parametrize("arguments", [["--block", "no-such-split"], ["--block", "dev", "--external", "x.tsv"]])
def test_a_block_of_unexamined_splits_or_with_external_is_refused(arguments: list[str], monkeypatch: pytest.MonkeyPatch,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(sys, "argv", ["bench_safety_cv", *arguments])
    with pytest.raises(SystemExit) as raised:
        main()
    assert raised.value.code == 2
    assert "--block" in capsys.readouterr().err


def test_held_out_blocks_put_the_blocks_aside_last() -> None:
    phrases = [phrase(FIRE, "x1", emergency=True), phrase(QUIET, "y1", emergency=False),
               phrase(FIRE, "x2", emergency=True)]
    merged, names, aside = held_out_blocks(phrases, [("y1",), ("x1", "x2")], frozenset({"y1"}))
    assert names == ["y1", "x1+x2"] and aside == {"y1"}
    assert [p.split for p in merged] == ["x1+x2", "x1+x2", "y1"]


def test_a_fresh_dump_is_emptied(tmp_path: Path) -> None:
    assert fresh_dump(None, "a+b") is None
    (tmp_path / "a.tsv").write_text("old", encoding="utf-8")
    dump = fresh_dump(tmp_path, "a+b")
    assert dump == tmp_path / "a.tsv" and not dump.exists()
