"""Someone clinging to something in the water, and snow left on a lane that cars run onto
(:mod:`safety.events_sea_and_snow_signs`; round 51), on tellings written for these tests, not phrases of the set: a
person holding on to a tetrapod, a rock or a branch in the sea or a river is 119 (a rescue from the water), even told
after the person was first out of sight; a wall or a heap of snow left on a lane with cars running onto it is 110.
A float in a pool, a cat on a branch, snow at one's own gate and a ski slope are not."""

from __future__ import annotations

import pytest

from tests.safety.helpers import DAY, NIGHT, assert_decides, assert_not_in_phrase_set

CLINGING = [
    ("釣り仲間が見当たらなくて探したら、消波ブロックの間で海に浸かって岩にしがみついてる", "119"),
    ("川の真ん中で男の子が流木にしがみついてる、動けないみたい", "119"),
    ("とうさんが うみで いわに つかまってる なみを かぶってる", "119"),
    ("堤防の下で連れがテトラさしがみついでっけど、波かぶってあがってこれねえ", "119"),
    # not these
    ("川遊びで子どもが浮き輪につかまってぷかぷか浮かんでる、楽しそう", "none"),
    ("猫が川べりの木にしがみついて降りてこない", "none"),
]

SNOW_ON_THE_LANE = [
    ("国道の片側車線に除雪の雪の山が残ってて、夜に来た車が次々に乗り上げてる", "110"),
    ("県道のカーブに雪のかたまりが残ってて、さっきからトラックが急ブレーキかけてる", "110"),
    ("みちの まんなかに ゆきの かべ のこってて くるまが つっこんだ けがにんは いない", "110"),
    # not these
    ("家の前に雪の山ができて車が出せません。除雪はいつ来ますか", "none"),
    ("スキー場のゲレンデに雪の壁があって、ボードでぶつかりそうになった", "none"),
]


def test_sea_and_snow_cases_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(CLINGING + SNOW_ON_THE_LANE)


@pytest.mark.parametrize(("text", "number"), CLINGING)
def test_someone_clinging_in_the_water_is_119(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), SNOW_ON_THE_LANE)
def test_snow_left_on_a_lane_that_cars_run_onto_is_110(text: str, number: str) -> None:
    assert_decides(text, number, now=NIGHT)


# Round 52 (helper A103; wide53b's newspaper round, read none): a snowstorm told by what it does - the view gone white,
# the roads closed, people shut in - with no warning or disaster word is the disaster page; a memory, a ski trip, a
# snowball fight and a list of things to keep in the car stay quiet.
SNOWSTORM = [
    ("今夜は風と雪がすごくて、外は真っ白で何も見えません。明日の朝、国道は通れるでしょうか", "disaster"),
    ("ふぶきで まえが みえない みちが しまってる かえれない", "disaster"),
    ("大雪でバイパスが通行止めになったって聞いた、どこか休める所ある?", "disaster"),
    ("地吹雪で前見えねぐなって、国道も通行止めだっつうんだ。明日の朝どうなっぺ", "disaster"),
    ("あの今夜雪がひどくなるって聞いたんですけど田尻の方の道って通れなくなったりしますか", "disaster"),
    ("昔、大雪で一晩閉じ込められたことがあって、今でも冬道は怖いです", "none"),
    ("スキー場で吹雪になって前が真っ白、でも楽しかった", "none"),
    ("吹雪に備えて車に積んでおく物を教えてください。立ち往生したら困るので", "none"),
    # the kana 視界 is read with how the view is; a heavy snow with a cow (牛がいる, devoiced うしかいる) is none
    ("おおゆきで しかいが ぜろ みちも わがらね かえれねえ", "disaster"),
    ("大雪で物置の屋根がへこんで、中に牛がいるから心配だ", "none"),
]


def test_snowstorm_cases_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(SNOWSTORM)


@pytest.mark.parametrize(("text", "number"), SNOWSTORM)
def test_a_snowstorm_told_by_what_it_does_is_the_disaster_page(text: str, number: str) -> None:
    assert_decides(text, number, now=NIGHT)


# Round 53 (helper A109, wide55b): a jump into the water said at its edge - a quay, a pier, a breakwater, a bridge -
# is a suicide threat (110); a dive for fun and a jump into a pool stay quiet. A jump already made stays 119.
JUMP_SAID_AT_THE_EDGE = [
    ("桟橋の先で若い女の人がうずくまって「今から飛び込むから」って叫んでる", "110"),
    ("ていぼうの うえで おとこのひとが もう とびこむって いってる ないてる", "110"),
    ("埠頭の端っこさ兄ちゃん立って、もう海さ飛び込むって言ってんだ、どうすっぺ", "110"),
    ("おばあさまが橋の欄干に手をかけて、本当に飛び降りると申しております", "110"),
    ("防波堤から人が海に飛び込んで浮いてこない", "119"),
    # not these
    ("海水浴で子どもたちが桟橋からもう飛び込むってはしゃいでる", "none"),
    ("港の夏祭りで飛び込み台からもう一回飛ぶって息子が張り切ってます", "none"),
]


def test_jump_said_at_the_edge_cases_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(JUMP_SAID_AT_THE_EDGE)


@pytest.mark.parametrize(("text", "number"), JUMP_SAID_AT_THE_EDGE)
def test_a_jump_into_the_water_said_at_its_edge_is_110(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
