"""Roads and vehicles told by what happened (:mod:`safety.events_road_signs`; round 43's wide45, wide45b and wide45c
kinds, gathered in round 44), on tellings written for these tests in several styles, not phrases of the set: vehicles
that touched, a car stuck on a railway crossing, traffic lights out with cars nearly colliding, a hit-and-run on a car
or a wall, the car ahead swaying or running a red light (110). A collision being settled, a habit told, lights out
yesterday and a car swaying on snow are not."""

from __future__ import annotations

import pytest

from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

CASES = [
    # 110: vehicles that touched, no one hurt
    ("駐車場で隣の車にドアを当てちゃった、相手の人まだ来ない、どうしよう", "110"),
    ("軽トラで納屋の前の車さ当てでしまった、けがはねえけど、なじょすればいいべ", "110"),
    ("信号待ちで後ろの車にこすられました。相手の方といま路肩に停まっています", "110"),
    # 110: a car stuck on a railway crossing, a train to come
    ("踏切で前のトラックがエンストして止まったまま、遮断機が下りてきた", "110"),
    ("ふみきりで おじいさんの くるまが うごかなく なった。カンカン なってる", "110"),
    ("踏切の中でうぢの軽トラ脱輪して動がね、警報鳴り出した", "110"),
    # 110: traffic lights out, cars nearly colliding
    ("停電で交差点の信号がついてなくて、車が何度もぶつかりそうになってる", "110"),
    ("しんごうが きえてて くるまが ぶつかりそう", "110"),
    ("大きい交差点の信号機、真っ暗になってで、車みんな突っ込んでくるっちゃ", "110"),
    # 110: a hit-and-run on a car or a wall
    ("コンビニの駐車場で白い車がうちの車にぶつけて、そのまま走って行ってしまった", "110"),
    ("軽トラがうちのブロック塀をこすって、黙って行っちまった", "110"),
    ("くるまが いえの かべに ぶつかって そのまま にげていった", "110"),
    # 110: the car ahead swaying or running a red light
    ("前の車が左右にふらふらして、赤信号も無視して進んでいる", "110"),
    ("まえの トラックが みぎへひだりへ ゆれながら はしってる いま うしろ", "110"),
    ("前の軽トラ、さっきから右左さ揺れでセンターラインはみ出してんだ", "110"),
    # not now: a collision being settled, a habit told, lights out yesterday, a car swaying on snow
    ("先月の車の接触事故の保険の手続きについて教えてください", "none"),
    ("父が最近駐車場で車をよくこすってくるので、運転をやめさせたいです", "none"),
    ("昨日交差点の信号が消えてたけど、今は直っています", "none"),
    ("前の車が雪道で左右に揺れてて怖かった", "none"),
]


def test_own_tellings_are_not_phrases_of_the_set() -> None:
    assert_not_in_phrase_set(CASES)


@pytest.mark.parametrize(("text", "number"), CASES)
def test_a_road_kind_is_decided_by_what_happened(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 46 (blind47a: 踏切の遮断機が上がったままなのに電車が近づいてきてます, 119 by the n-gram): a crossing whose
# barrier or bell failed - up, open, not coming down, silent - with a train coming is a danger on the road for the
# police (110); the same failure told from last week's news, or with no train due, is not.
CROSSING_FAILED = [
    ("ふみきりの しゃだんきが あがったまま でんしゃ きてる", "110"),
    ("踏切の遮断機が下りねえのに汽車来てんだ、車も渡ってっちゃ", "110"),
    ("踏切、警報機が鳴ってないのに電車が来た！遮断機も開いてる", "110"),
    ("踏切の警報が鳴ってるのに遮断機が下りてこない、電車もう見えてる", "110"),
    ("ふみきり かんかん ならないのに でんしゃ きた", "110"),
    ("先週、踏切の遮断機が上がったまま電車が通ったとニュースでやってた", "none"),
    ("踏切の遮断機が上がったまま、電車の来ない時間なのでみんな普通に渡っています", "none"),
]


def test_crossing_failed_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(CROSSING_FAILED)


@pytest.mark.parametrize(("text", "number"), CROSSING_FAILED)
def test_a_crossing_failed_with_a_train_coming(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 58 (blind57b heard): one's own head or knee knocked on a car (車さ頭ぶつけだ) is a knock to ask about, not
# vehicles that touched; a car that hit a person or another car is still a collision (tested first).
OWN_KNOCK_ALARMS = [
    ("後ろの車にぶつけられて、相手の運転手が降りてこない", "110"),
    ("バックしてきた車が自転車にぶつけて、そのまま停まってる", "110"),
]
OWN_KNOCK_QUIET = [
    ("駐車場で車のドアに頭ぶつけた。今は平気だけど、診てもらえる病院ある？", "#7119"),
    ("じいちゃん、車さ膝ぶつけで腫れできた。どごの医者さ行げばいいべ", "#7119"),
]


def test_own_knock_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(OWN_KNOCK_ALARMS + OWN_KNOCK_QUIET)


@pytest.mark.parametrize(("text", "number"), OWN_KNOCK_ALARMS)
def test_a_car_that_hit_someone_is_still_a_collision(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), OWN_KNOCK_QUIET)
def test_a_body_part_knocked_on_a_car_is_a_knock_to_ask_about(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
