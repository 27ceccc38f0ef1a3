"""A person gone (:mod:`safety.events_gone_signs`, rounds 19-23 and 39): farewells, snow and water, outings, a person
with dementia gone, on phrasings not in the set (split from tests/safety/test_events_field_signs.py in round 23; named
for the module split from safety/events_field_signs.py in round 44)."""

from __future__ import annotations

import pytest

from safety.detect import find
from safety.normalize import views
from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

# After blind19: a farewell that is all that came, then no answer, and "I'll die" closing a quoted message (110);
# hyperbole of degree or heat, and thanks that were answered, are no alarm.
FAREWELL_CASES = [
    ("娘から「今までありがとう、ごめんね」とだけ届いて、連絡がつかない", "110"),
    ("夫から「先に死ぬね、ごめん」って電話があって、それから出ない", "110"),
    ("死ぬほど笑ったってLINE来た", "none"),
    ("暑くて死ぬよ〜って友達からLINE来た", "none"),
    ("弟から「ありがとう、ごめんね」と届いて、ちゃんとお礼を言えた", "none"),
]


def test_farewell_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(FAREWELL_CASES)


@pytest.mark.parametrize(("text", "number"), FAREWELL_CASES)
def test_farewell_decides(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 19 (after blind19): a person lying still out in the snow, someone who went into the water and did not come up
# (a person called 若い方 or 連れの方 too), belongings floating with the person nowhere to be found.
SNOW_AND_WATER_CASES = [
    ("うちの前の雪の上で知らないおばあさんが横になったまま", "119"),
    ("除雪してたら道ばたの雪の中で酔っ払いのおっさんが寝てる", "119"),
    ("ゆきの うえに おじいさんが ねてる うごかない", "119"),
    ("花火を見に来ていた人が海に入ったきり戻ってこないと連れの方が探している", "119"),
    ("ため池に飛び込んだ若い方が浮かんでこないんです", "119"),
    ("沼のほとりに釣り竿と長靴が残っていて、父の姿がどこにもない", "119"),
    ("川原に娘のサンダルが片方浮いてて、娘がいない", "119"),
    ("海で泳いでた兄のサンダルが波打ち際に残ってて、さっきまでいたのに", "119"),
    ("さっきまで川原にいた娘の帽子が川に浮いてる", "119"),
    ("さっきまで公園にいた息子の帽子がベンチに残ってる", "none"),
    # a child nowhere to be found with no water named is a missing child (110), not drowning
    ("公園で遊んでた息子がどこにもいない", "110"),
    ("スーパーで孫の姿が見えなくなって、店の中を探しても見つからない", "110"),
    # not a person lying in the snow: a car stuck, a child playing, a dog
    ("雪の中で車が動かなくなった、父に迎えに来てもらう", "none"),
    ("ゆきのなかで くるまが うごかない おとうさん きて", "none"),
    ("孫が雪の上に寝てるふりして遊んでます", "none"),
    ("うちの犬が雪の上で寝てる", "none"),
]


def test_snow_and_water_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(SNOW_AND_WATER_CASES)


@pytest.mark.parametrize(("text", "number"), SNOW_AND_WATER_CASES)
def test_snow_and_water_decide(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 21 (blind21): a belonging named first, fallen or left at the water's edge, and the person not to be seen is 119
# (3 of 3 such phrases in the set); a person only gone towards the water stays 110, a thing found and handed in none.
WATER_EDGE_CASES = [
    ("川の土手にじいちゃんのサンダルが片方だけ転がってて、どこにもいない", "119"),
    ("釣り竿とバケツだけ池のほとりに残ってて、夫の姿が見えない", "119"),
    ("祖母が川のほうへ歩いて行ったきり戻らない", "110"),
    ("川原に子どもの帽子が落ちてたので交番に届けた", "none"),
]


def test_water_edge_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(WATER_EDGE_CASES)


@pytest.mark.parametrize(("text", "number"), WATER_EDGE_CASES)
def test_a_belonging_at_the_waters_edge_and_nobody_there(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 21: snow fallen or slid where a person was, and only a belonging or a hand found, or the person not to be seen
# (119); a person who walked out into the snow stays a missing person (110).
SNOW_CASES = [
    ("屋根の雪がどさっと落ちたあと、庭にいたはずの母の姿が見えない", "119"),
    ("なだれが起きた斜面で、兄のスコップだけ見つかった", "119"),
    ("雪の中を認知症の祖父が一人で出て行ったきり見当たらない", "110"),
]


def test_snow_cases_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(SNOW_CASES)


@pytest.mark.parametrize(("text", "number"), SNOW_CASES)
def test_a_person_gone_under_snow(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


def test_out_of_reach_after_an_outing_with_a_word_between() -> None:
    # round 22 (blind22): 携帯もずっとつながらない
    assert "missing_person" in find(views("釣りに行った兄の車が港に置いたままで、電話も全然つながらない")).events


# Round 23 (blind23's misses, as kinds): a person overdue from an outing or out of reach with the phone dead (110), a
# note of farewell left and the person gone, a will left and the person gone (110); a dead phone to charge, a drama,
# a return told, stay quiet.
GONE_CASES = [
    ("父が山菜採りに出かけて、帰る予定の時間を三時間過ぎても戻ってこない", "110"),
    ("釣りに行った兄のスマホの電源が切れてるみたいで、夜になっても連絡がない", "110"),
    ("じっちゃ、雪山さ行ったきり、予定の時間過ぎても帰ってこねえ", "110"),
    ("娘の机に「今までありがとう、さようなら」って書いたメモがあって、娘がいない", "110"),
    ("兄が遺書みたいなものを残して出ていった", "110"),
    ("スマホの電源が切れたので山小屋で充電したい", "none"),
    ("ドラマで遺書を残して出ていく場面が泣けた", "none"),
    ("登山の予定の時間を過ぎたけど、父は無事に帰ってきました", "none"),
]


def test_gone_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(GONE_CASES)


@pytest.mark.parametrize(("text", "number"), GONE_CASES)
def test_overdue_out_of_reach_or_a_farewell_left(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 39 (blind40, helper A52): a person with dementia gone, told by hearsay (出たらしく) or a discovery (朝になったら
# いない), is missing - not the conditional たら of a "what if" (もし…出て行ったら), which stays a question.
DEMENTIA_GONE_CASES = [
    ("認知症の祖父が夜中に家を出たらしく、朝になったらいないんです", "110"),
    ("認知症の父がもし夜中に出て行ったらどうすればいいですか", "none"),
]


def test_dementia_gone_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(DEMENTIA_GONE_CASES)


@pytest.mark.parametrize(("text", "number"), DEMENTIA_GONE_CASES)
def test_a_person_with_dementia_gone_told_by_hearsay(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 47 (blind48a): someone not back, then searched for and not found, however the search is told (探しとります
# が見つからん, 探してっけど見つかんねえ) is 110; a thing or a cat searched for is not.
NOT_BACK_AND_SEARCHED = [
    ("息子が夜になっても戻らんで、親戚みんなで探しとりますが見つからんのです", "110"),
    ("隣のじいちゃん、まだ帰ってこねえって。みんなで探してっけど見つかんねえ", "110"),
    ("あの、夜分に申し訳ございません、主人が散歩に出たきり帰ってまいりませんで、家の者で探し回っておりますが"
     "見当たらんのでございます", "110"),
    ("むすめが がっこうから もどらない。 さがしてるけど みつからない", "110"),
]
THINGS_SEARCHED = [
    ("車の鍵をなくして家じゅう探しとりますが見つからんのです", "none"),
    ("うちの猫が朝から戻らんで、近所を探し回っとるが見つからん", "none"),
    ("物忘れがひどくて、眼鏡を探しとりますが見つからんのです", "none"),
]


def test_not_back_and_searched_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(NOT_BACK_AND_SEARCHED + THINGS_SEARCHED)


BLIND48A_NOT_BACK = ("向かいの年寄りが、物忘れがひどいのに夜九時を過ぎても戻らんと奥さんが騒いでおって、"
                     "近所で探しとりますが見つからんのです", "110")


@pytest.mark.parametrize(("text", "number"), [*NOT_BACK_AND_SEARCHED, BLIND48A_NOT_BACK])
def test_someone_not_back_and_not_found_is_110(text: str, number: str) -> None:
    assert "missing_person" in find(views(text)).names("police")
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), THINGS_SEARCHED)
def test_a_thing_or_a_cat_searched_for_is_not(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
