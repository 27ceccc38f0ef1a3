"""Round 58 (:mod:`safety.vocabulary_mistaken`): a harmless reading given up for a real one (…かと思ったら、本当に…)
does not close the message as fiction, a topic or a resolved scare - the real danger told after the turn counts. The
reverse (the danger was the mistake: 叫び声かと思ったらテレビだった) and a "really" without a turn stay as they were."""

from __future__ import annotations

import pytest

from safety.vocabulary_mistaken import told_real_after_mistake
from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

# real alarms told after the turn: a drama, a joke or a screen given up
REAL_AFTER_TURN = [
    ("映画の音かと思ったら、本当に外で男の人が倒れてて動かないんです", "119"),
    ("ゲームの音だと思ってたら、マジで台所の鍋から火が出てる！", "119"),
    ("じょうだんかと おもったら ほんとに じいちゃんが むねを おさえて たおれた", "119"),
    ("ドラマのロケかと思ったっけ、ほんとに男が包丁振り回してんだっちゃ", "110"),
]
# the reverse, a resolved scare, or only "really" said of a harmless thing
STAYS_QUIET = [
    ("人が倒れてるかと思ったら、マネキンでした", "none"),
    ("火事かと思ったら、ほんとにただの夕焼けでした", "none"),
    ("ドラマで刺される場面、本当に怖かった", "none"),
]


def test_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(REAL_AFTER_TURN + STAYS_QUIET)


def test_the_part_after_the_turn_is_returned() -> None:
    assert told_real_after_mistake("てれびかと思ったら、本当に煙が出てる") == "本当に煙が出てる"
    assert told_real_after_mistake("叫び声かと思ったらてれびだった") is None
    assert told_real_after_mistake("本当かどうかと思ったら、ただの噂") is None


@pytest.mark.parametrize(("text", "number"), REAL_AFTER_TURN + STAYS_QUIET)
def test_a_danger_told_real_after_a_mistaken_reading_counts(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
