""":mod:`safety.vocabulary_made_up` (round 53, blind54a), on phrasings not in the set: a quarrel or shouting told
ended in a making-up or laughter, and someone who walked out told at a known home now, are scares told as over. A
blow, a blade, a sign or a contrast after the making-up, or someone still not found, keeps the alarm - the real
alarms told at home are tested first."""

from __future__ import annotations

import pytest

from safety.normalize import views
from safety.vocabulary_made_up import QUARREL_OVER, WHEREABOUTS_SAFE
from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

# real alarms told in the same setting: a fight at home now, a blow, a blade, someone gone and not found
STILL_AN_ALARM = [
    ("兄弟げんかがひどくて、弟が殴られて血を流して倒れてる", "119"),
    ("夫婦げんかで夫が包丁を持ち出して、今も怒鳴ってる", "110"),
    ("となりの家から叫び声が聞こえる、助けてって言ってる", "110"),
    ("仲直りしたと思ったら、また殴りあいになって夫が頭から血を流してる", "110"),
    ("息子が家出して、行き先は分からない、まだ帰ってこない", "110"),
    ("妻と口げんかした。でも仲直りしたけど、まだ妻が泣いてて返事もしない", "110"),
]
QUARREL_MADE_UP = [
    "じいちゃんとばあちゃんが大げんか、でももう仲直りしてテレビ見てる",
    "兄ちゃんと口論になったけど、すぐ仲直りできた",
    "となりの家から叫び声がしてたけど、いまは笑い声になってる",
    "むすこと むすめが おおごえで いいあらそって いたけど もう なかなおり しました",
]
SOMEONE_AT_A_KNOWN_HOME = [
    "家出だと飛び出した息子の居場所は叔父の家で、今は二人で夕飯を食べている",
    "妹が出て行ったきりだったが、いきさきは友達の家で、今はそこで寝ています",
]


def test_wordings_are_not_in_the_phrase_set() -> None:
    told_over = [(text, "none") for text in QUARREL_MADE_UP + SOMEONE_AT_A_KNOWN_HOME]
    assert_not_in_phrase_set(STILL_AN_ALARM + told_over)


@pytest.mark.parametrize(("text", "number"), STILL_AN_ALARM)
def test_a_real_fight_or_someone_still_gone_stays_an_alarm(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize("text", QUARREL_MADE_UP)
def test_a_quarrel_made_up_is_over(text: str) -> None:
    assert QUARREL_OVER.search(views(text).devoiced) is not None
    assert_decides(text, "none", now=DAY)


@pytest.mark.parametrize("text", SOMEONE_AT_A_KNOWN_HOME)
def test_someone_who_left_told_at_a_known_home_is_over(text: str) -> None:
    assert WHEREABOUTS_SAFE.search(views(text).devoiced) is not None
    assert_decides(text, "none", now=DAY)


def test_pushed_then_made_up_is_not_read_as_over() -> None:
    assert QUARREL_OVER.search(views("さっき夫と喧嘩して突き飛ばされたけど、もう仲直りした").devoiced) is None
