"""Someone who cannot get out of a vehicle (:mod:`safety.events_vehicle_trapped_signs`; round 50, blind20a's light
truck in a ditch and blind40a's overturned one, read 110 once the vehicle word was read), on tellings written for
these tests in several styles, not phrases of the set: a car, a light truck, a lorry or a van crashed, overturned
or in a ditch, and a person in it told unable to get out (119). A car that cannot get out of a garage, a drama, an
animal left in a car stay off the rule."""

from __future__ import annotations

import pytest

from safety.events_vehicle_trapped_signs import vehicle_trapped_sign_rules
from safety.normalize import views
from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set, groups

CASES = [
    # 119: a person in a vehicle who cannot get out
    ("峠道で乗用車がガードレールにぶつかって、運転席の男性が足を挟まれて車から出られません。", "119"),
    ("じいちゃんの軽トラが田んぼさ落ぢで、じいちゃん中から出らんねえ、早ぐ来てけろ", "119"),
    ("いま トラックが よこだおしに なって、うんてんしゅさんが でられないって さけんでる", "119"),
    ("国道でワゴンと車がぶつかってさ、ワゴンの後ろの席の人出られないっぽい、ドア開かない", "119"),
    ("さっき裏の坂で母の車が側溝に脱輪しまして、母が中におりますが、傾いていて自分では出られないと申しております。",
     "119"),
    # not these: a drama, an animal
    ("ドラマで車に閉じ込められた人が出られないシーンが怖かった", "none"),
    ("犬が車の中で出られなくなってる", "none"),
]


def test_own_tellings_are_not_phrases_of_the_set() -> None:
    assert_not_in_phrase_set(CASES)


@pytest.mark.parametrize(("text", "number"), CASES)
def test_decides(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize("text", [
    # as heard (blind20a, blind40a, the light truck written 軽トラ): the trapped driver keeps 119 beside the crash
    "用水のサ軽トラツッコンで、運転してた人、出てこらんでエッチャ。",
    "あの積みません、たじりの濃度をデ軽トラが応点して運転室の人が中から出られないみたいです。",
])
def test_a_crash_with_the_driver_unable_to_get_out_is_a_medical_event(text: str) -> None:
    assert "medical" in groups(text)


def test_the_rule_reads_a_person_not_a_car_nor_a_watcher() -> None:
    (trapped,) = vehicle_trapped_sign_rules()
    assert trapped.pattern.search(views("軽トラが横転して運転手の人が中から出られない").joined) is not None
    assert trapped.pattern.search(views("雪で車が車庫から出られない").joined) is None  # a car, no person
    assert trapped.pattern.search(views("見てられないくらい下手な人").joined) is None  # 見てられない: voiced views
