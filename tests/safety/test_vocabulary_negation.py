""":mod:`safety.vocabulary`'s negation (``NEG``), on phrasings not in the set: a quiet breath (息が静か) and breathing
told while asleep (息して寝てる) are no "not breathing"; a negation in ず (息をせず) and the Tohoku ねえ still are
(split from test_vocabulary.py in round 45)."""

from __future__ import annotations

import pytest

from safety.detect import find
from safety.normalize import views
from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set


@pytest.mark.parametrize("text", ["孫の寝息がずいぶん静かで、ちゃんと息してるか見に行っちゃう",
                                  "息をしずかに吸って吐く体操"])
def test_quiet_is_no_negation_of_breathing(text: str) -> None:
    # round 23 (blind20b): 息が静か devoices to いきかしずか - not いきかし+ず, "does not breathe"
    assert "not_breathing" not in find(views(text)).events


@pytest.mark.parametrize("text", ["父が息をせず、動かない", "母が いき してず うごかず かたまってる"])
def test_a_negation_in_zu_still_counts(text: str) -> None:
    assert "not_breathing" in find(views(text)).events


# round 44 (wide46c): breathing told while asleep (普通に息して寝てる reads いきしてねてる) is no "not breathing" -
# the Tohoku negation ね is not 寝てる, 寝てます, 寝ております; told not breathing still is.
ASLEEP_BREATHING_CASES = [
    ("夫が酔って帰ってきて、いびきかいて普通に息して寝てます。呼べば返事もします。様子見でいいですか", "#7119"),
    ("おやじ のみすぎて いっかい はいた いま いきして ねてる よべば へんじ する きゅうきゅうしゃ いる？", "#7119"),
    ("じいちゃんが倒れて、息してねえ", "119"),
]


def test_asleep_breathing_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ASLEEP_BREATHING_CASES)


@pytest.mark.parametrize(("text", "number"), ASLEEP_BREATHING_CASES)
def test_asleep_breathing_decides(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# a hold that will not let go is no denial (round 54, wide56b); a denied sign still is
WILL_NOT_LET_GO = [
    ("駅のホームで知らない男が娘の腕をつかんで離さないんです", "110"),
    ("しらない おとこが かのじょの てを つかんで はなさない", "110"),
    ("転んで頭を打ったけど、血は出ていないです", "#7119"),
]


def test_will_not_let_go_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(WILL_NOT_LET_GO)


@pytest.mark.parametrize(("text", "number"), WILL_NOT_LET_GO)
def test_will_not_let_go_round54(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
