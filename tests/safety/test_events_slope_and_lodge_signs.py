"""Round 54 (:mod:`safety.events_slope_and_lodge_signs`): a person buried by an avalanche (119), a way out blocked by
people (110), a person walking in a road tunnel with cars swerving (110), a note saying "do not look for me" (110) and
a thief at work now (110) - each with look-alikes that stay quiet."""

from __future__ import annotations

import pytest

from safety.assess import assess
from safety.detect import find
from safety.evaluate import predicted_number
from safety.normalize import views
from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

BURIED_BY_AVALANCHE = [
    ("林道の先で雪崩に巻き込まれて、連れが胸まで埋まっています。みんなで掘り出しています", "119"),
    ("なだれ きて なかまが みえなく なった いま ほってる", "119"),
    ("雪崩さのまれで相方が埋まってまった、ビーコンで探してっとこだ", "119"),
    ("えっと雪崩があって前を滑ってた人が見えなくなってあの今掘ってます", "119"),
]
AVALANCHE_NOT_NOW = [
    ("もし雪崩に巻き込まれて仲間が埋まったら、どうやって掘り出せばいいですか", "none"),
    ("雪崩講習でビーコンの使い方と人が埋まったときの掘り方を習いたい", "none"),
]
WAY_OUT_BLOCKED = [
    ("スナックで会計が十万と言われて、店の人に出口を塞がれて帰れません", "110"),
    ("いざかやで でぐちを ふさがれて だしてもらえない たすけて", "110"),
    ("飲み屋で若い衆さドア塞がれで、帰してもらえねえ", "110"),
]
WAY_OUT_BLOCKED_BY_A_THING = [
    ("大雪で玄関の戸がふさがれて出られないので、除雪はいつ来ますか", "110"),
    ("隣の車に出口をふさがれて出られない、どこに言えばいい？", "110"),
]
WALKER_IN_TRAFFIC = [
    ("国道のトンネルの中をおばあさんがふらふら歩いてて、車が次々よけてます", "110"),
    ("ばいぱすを おじいさんが あるいてて くるまが きゅうぶれーき してる", "110"),
]
WALKER_NOT_IN_TRAFFIC = [
    ("トンネルの歩道を歩いて通学するのは大丈夫でしょうか、車がよけてくれるか心配です", "none"),
]
FAREWELL_NOTE = [
    ("兄の部屋の机に「もう疲れた、探さないでくれ」と書いた紙があって、携帯もつながりません", "110"),
    ("おっとから さがさないで って らいん きて でんわ でない", "110"),
    ("親父の置き手紙さ「探さねえでけろ」ってあって、軽トラもねえんだ", "110"),
]
NOT_A_FAREWELL = [
    ("孫がかくれんぼで「探さないで」って紙を貼って押し入れに隠れてました", "none"),
]
THIEF_AT_WORK = [
    ("駐車場で知らない男がバールで車のドアをこじ開けてる", "110"),
    ("ロッカーを こじあけて おとこが さいふを とってる いま", "110"),
]
NOT_A_THIEF_NOW = [
    ("鍵をなくしたので業者さんにこじ開けてもらっています", "none"),
]


def test_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(BURIED_BY_AVALANCHE + AVALANCHE_NOT_NOW + WAY_OUT_BLOCKED + WAY_OUT_BLOCKED_BY_A_THING
                             + WALKER_IN_TRAFFIC + WALKER_NOT_IN_TRAFFIC + FAREWELL_NOTE + NOT_A_FAREWELL
                             + THIEF_AT_WORK + NOT_A_THIEF_NOW)


@pytest.mark.parametrize(("text", "number"), BURIED_BY_AVALANCHE)
def test_a_person_buried_by_an_avalanche_is_119(text: str, number: str) -> None:
    assert "trapped" in find(views(text)).names("medical")
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), AVALANCHE_NOT_NOW)
def test_an_avalanche_asked_about_or_learnt_is_quiet(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), WAY_OUT_BLOCKED)
def test_a_way_out_blocked_by_people_is_110(text: str, number: str) -> None:
    assert "held_against_will" in find(views(text)).names("police")
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), WAY_OUT_BLOCKED_BY_A_THING)
def test_a_way_out_blocked_by_snow_or_a_car_is_no_confinement(text: str, number: str) -> None:
    # ``number`` here is the line it must NOT be sent to (a car parked across a drive is no crime going on)
    assert "held_against_will" not in find(views(text)).names("police")
    assert predicted_number(assess(text, now=DAY, channel="chat")) != "110"


@pytest.mark.parametrize(("text", "number"), WALKER_IN_TRAFFIC)
def test_a_person_walking_in_traffic_is_110(text: str, number: str) -> None:
    assert "road_danger" in find(views(text)).names("police")
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), WALKER_NOT_IN_TRAFFIC)
def test_a_pavement_asked_about_is_quiet(text: str, number: str) -> None:
    assert "road_danger" not in find(views(text)).names("police")
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), FAREWELL_NOTE)
def test_a_note_saying_do_not_look_for_me_is_110(text: str, number: str) -> None:
    assert "suicide_threat" in find(views(text)).names("police")
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), NOT_A_FAREWELL)
def test_hide_and_seek_is_no_farewell(text: str, number: str) -> None:
    assert "suicide_threat" not in find(views(text)).names("police")
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), THIEF_AT_WORK)
def test_a_thief_at_work_now_is_110(text: str, number: str) -> None:
    assert "theft_in_progress" in find(views(text)).names("police")
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), NOT_A_THIEF_NOW)
def test_a_lock_opened_by_a_locksmith_is_quiet(text: str, number: str) -> None:
    assert "theft_in_progress" not in find(views(text)).names("police")
    assert_decides(text, number, now=DAY)
