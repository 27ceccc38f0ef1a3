"""Long key words heard one kana off are put back on the reading view, and only there (other wordings than the
transcripts the keys were chosen on)."""

from __future__ import annotations

from datetime import datetime

import pytest

from safety.evaluate import load_checkin_answers, load_phrases, load_training
from safety.heard import repair
from safety.heard_reading import KEYS, MAX_EDITS, mend, mended_in, near
from safety.normalize import READER, devoice, fold, views
from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set, holds_a_typed_recogniser_slip


def test_a_window_one_kana_off_is_found() -> None:
    assert near("よこだおし", "くるまがよこなおしになって") == [(4, 9)]
    assert near(devoice("よこだおし"), devoice("くるまがよこたおしになって")) == []  # devoiced, the key is there
    assert near("よこだおし", "くるまがよこになって") == []  # two kana off


def test_a_window_starting_inside_a_word_is_not_found() -> None:
    # っしゃくずれ is one edit from どしゃくずれ, but no word begins with っ (出はってんのっしゃ。崩れっかも: round 51)
    target = devoice("どしゃくずれ")
    assert near(target, devoice("ってんのっしゃくずれっかも")) == []
    assert near(target, devoice("やまのどしゃくづれが")) != []


def test_the_key_replaces_the_window_and_nothing_else() -> None:
    assert mend("くるまがよこなおしになって", devoice) == "くるまがよこだおしになって"
    assert mend("きょうはいいてんき", devoice) == "きょうはいいてんき"
    assert mended_in("くるまがよこなおしになって", devoice) == ["よこだおし"]


@pytest.mark.parametrize("key", KEYS)
def test_every_key_is_long_and_folded(key: str) -> None:
    assert len(key) > 3 * MAX_EDITS
    assert fold(key) == key


def test_no_typed_text_is_changed() -> None:
    """No key has a window within reach in a typed text of the phrase set, the training set or the check-in
    answers: a typed message reads as before."""
    texts = (
        {p.text for p in load_phrases()}
        | {p.text for p in load_training()}
        | {text for text, _, _ in load_checkin_answers()}
    )
    changed = [text for text in sorted(texts) if mended_in(READER.analyse(fold(repair(text)))[0], devoice)]
    assert [text for text in changed if not holds_a_typed_recogniser_slip(text)] == []
    assert any("クリーニングオフ" in text for text in changed)  # the key's own typed slip is mended


def test_the_views_read_the_key() -> None:
    assert "よこだおし" in views("軽トラが横直しになってる").reading
    assert "くりんぐおふ" in views("クーリングを振ってできますか").reading
    assert views("車の傷を直してもらった").reading == READER.analyse(fold("車の傷を直してもらった"))[0]


HEARD_DECISIONS = [
    # each decided otherwise without its key (横倒し heard 横直し: none; クーリングオフ heard クーリングを振って: none)
    ("兄の乗っていたコンバインが田んぼで横直しになって、車体の下から兄の手だけ見えている", "119", DAY),
    ("祖父が乗っていたトラクターが横直しになって、下から祖父の足が見えます", "119", DAY),
    ("業者から買った羽毛布団、クーリングを振ってってどうやるの", "188", DAY),
]


def test_decision_cases_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set([(text, number) for text, number, _ in HEARD_DECISIONS])


@pytest.mark.parametrize(("text", "number", "now"), HEARD_DECISIONS)
def test_a_mended_transcript_gets_its_line(text: str, number: str, now: datetime) -> None:
    assert_decides(text, number, now=now)
