""":mod:`safety.vocabulary_rescue_asked` and the round 49 (blind50b) missed emergencies told in a public place: a rescue
asked how to do while someone has no sign of life (119, not a first-aid topic), a funeral or wedding hall as the
setting of a collapse or a choking (not a funeral named as the topic), a man or a woman outside a railing looking down
(110; 男性 and 女性 name a person). Look-alikes stay quiet: a course, a what-if, a question of what to do for a
person described, a hall booked, a worker tied on outside a railing.

Tellings written for this test (plain, casual, senior, kana, asr, indirect)."""

from __future__ import annotations

import pytest

from safety.normalize import views
from safety.vocabulary_rescue_asked import NOT_NOW, RESCUE_ASKED_NOW
from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

CASES = [
    # a rescue asked how to do, someone not breathing or not answering now
    ("母が倒れて息してないの、人工呼吸ってどうやるの", "119"),
    ("じいちゃん呼んでも反応ない!AEDの使い方わかんない", "119"),
    ("心臓マッサージのやり方教えてください、夫が息をしていません", "119"),
    ("おばあちゃん いき してない しんぞうまっさーじ どうやるの", "119"),
    # a hall as the setting of a collapse or a choking
    ("結婚式場のロビーで、年配の男性が急に倒れて息をしていません", "119"),
    ("斎場の待合室で叔父が胸を押さえて倒れて、呼んでも返事がない", "119"),
    ("お葬式の会館で、おじいさんが餅を詰まらせて苦しそうにしてる", "119"),
    # a man or a woman outside a railing, looking down
    ("マンションの屋上で女性がフェンスの外側に立ってます", "110"),
    ("駅の陸橋で若い男性が欄干の外に立って下を見てる", "110"),
    # look-alikes: a question about a person described, a what-if, a course, a hall booked or visited, a worker
    ("息をしていない人を見つけたら心臓マッサージのやり方はどうすればいいですか", "none"),
    ("もし家族が息してなかったら、心臓マッサージのやり方を知りたい", "none"),
    ("心肺蘇生の講習で、人形が息してない設定で心臓マッサージのやり方を習った", "none"),
    ("葬儀場の予約の仕方を教えてください", "none"),
    ("結婚式場の見学に行ったら、スタッフの女性がとても親切でした", "none"),
    ("女性の悩み相談の窓口はありますか", "none"),
    ("工事現場で男性が手すりの外側で作業をしていて、命綱をつけている", "none"),
]


@pytest.mark.parametrize(("text", "number"), CASES)
def test_decides(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


def test_cases_are_not_phrases_of_the_set() -> None:
    assert_not_in_phrase_set(CASES)


@pytest.mark.parametrize("text", ["父が息してない 心臓マッサージのやり方", "AEDの使い方おしえて 母が動かない"])
def test_rescue_asked_now(text: str) -> None:
    assert RESCUE_ASKED_NOW.search(views(text).devoiced)


@pytest.mark.parametrize("text", ["息していない人への心臓マッサージのやり方", "息してなかったら心臓マッサージのやり方"])
def test_a_person_described_is_not_now(text: str) -> None:
    assert not RESCUE_ASKED_NOW.search(views(text).devoiced)


def test_a_course_is_not_now() -> None:
    assert NOT_NOW.search(views("講習で息してない人形に心臓マッサージのやり方を習った").devoiced)
