"""The trainer of the "told, then resolved" signal: which phrases become examples, their target, and the fit."""

from __future__ import annotations

import safety.detect
from safety.evaluate import Phrase
from safety.resolution import TAIL_PREFIX
from safety.train_resolution import Example, examples, fit, plain_tail, without_resolution_cues

RESOLVED_SCARE = Phrase(text="隣から焦げ臭いにおいがすると思ったら、魚を焼いているそうです。", label="none",
                        number="none", style="indirect", at="", split="unit_a")
CALM_ENDING = Phrase(text="父が倒れて動きません。住所は古川駅前大通1丁目です。", label="emergency", number="119",
                     style="plain", at="", split="unit_b")
NO_TAIL = Phrase(text="台所から火が出ています", label="emergency", number="119", style="plain", at="", split="unit_b")


def test_resolution_cues_are_switched_off_only_inside_the_block() -> None:
    original = safety.detect._resolved
    with without_resolution_cues():
        assert safety.detect._resolved is not original
    assert safety.detect._resolved is original


def test_a_message_without_a_cut_has_no_plain_tail() -> None:
    assert plain_tail(NO_TAIL) == ""


def test_a_calm_ending_after_an_alarm_is_a_plain_tail() -> None:
    assert plain_tail(CALM_ENDING) == "住所は古川駅前大通1丁目です。"


def test_examples_hold_the_alarms_with_a_plain_tail_and_their_target() -> None:
    found = {example.phrase.text: example for example in examples([RESOLVED_SCARE, CALM_ENDING, NO_TAIL])}
    assert set(found) == {RESOLVED_SCARE.text, CALM_ENDING.text}
    assert found[RESOLVED_SCARE.text].resolved and not found[CALM_ENDING.text].resolved
    assert any(feature.startswith(TAIL_PREFIX) for feature in found[CALM_ENDING.text].features)


def test_fit_learns_the_resolved_side_and_keeps_the_threshold_and_splits() -> None:
    told_over = Example(RESOLVED_SCARE, "そうです。", frozenset({"Tそうです", "Wけむり"}))
    still_there = Example(CALM_ENDING, "です。", frozenset({"Tです", "Wけむり"}))
    model = fit([told_over, still_there] * 20, threshold=0.75)
    assert model.threshold == 0.75 and model.trained_on == ["unit_a", "unit_b"]
    assert model.weights["Tそうです"] > 0 > model.weights["Tです"]
