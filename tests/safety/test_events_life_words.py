""":mod:`safety.events_life_words`: a bear in kana is no adverb's tail, a machine is named by its word or by 機, and
blood in kana is the word ち, not a syllable of another word."""

from __future__ import annotations

import pytest

from safety.events_life_words import BEAR_KANA, BLOOD_IN_KANA, MACHINE_WORD
from safety.vocabulary import compile_folded


@pytest.mark.parametrize(("reading", "bear"), [("にわにくまかいる", True), ("よるおそくまてあいてる", False),
                                               ("なかくまっております", False), ("くまっこかてた", True)])
def test_a_bear_in_kana(reading: str, bear: bool) -> None:
    assert bool(compile_folded(BEAR_KANA).search(reading)) is bear


@pytest.mark.parametrize(("written", "machine"), [("除雪機", True), ("脱穀機", True), ("機会", False)])
def test_a_machine_word(written: str, machine: bool) -> None:
    assert bool(compile_folded(MACHINE_WORD).search(written)) is machine


@pytest.mark.parametrize(("reading", "blood"),
                         [("ちかとまらない", True), ("ちたらけ", True), ("いちかとまらない", False)])
def test_blood_in_kana(reading: str, blood: bool) -> None:
    assert bool(compile_folded(BLOOD_IN_KANA).search(reading)) is blood
