"""Round 45 (:mod:`safety.vocabulary_things`, :mod:`safety.vocabulary`, :mod:`safety.rule`): wide47's false alarms
of things and animals, on tellings written for these tests, not phrases of the set - a snowman fallen over, a phone
dropped in water that "does not breathe", autumn leaves likened to a fire, swans or geese lying dead or still, a
hamlet cut off by snow (the disaster page). A person
named as the subject beside the same words keeps the alarm. Also the fallen things of blind23, blind24, blind29b and
blind30 (a thing fallen with no one hurt, a load fallen off, a bike left fallen, a garden tree)."""

from __future__ import annotations

import pytest

from safety.detect import find
from safety.normalize import views
from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set, groups

CASES = [
    # a snowman fallen over
    ("ゆきだるまが とけて たおれちゃった あたらしく つくれる ばしょ ありますか", "none"),
    ("玄関前の雪だるま、風で倒れて首取れた笑 かまくら作れる所ある?", "none"),
    ("孫と作った雪だるまが倒れてしまいました。雪遊びのできる公園を教えてください", "none"),
    ("雪だるまを作っていたら父が倒れて動かない", "119"),
    # a phone or a device dropped in water
    ("携帯をトイレに落として、電源入れても反応がない。修理はどこで", "none"),
    ("iPhone水没させた、息してない、データ救える店ある?", "none"),
    ("スマホを洗濯機に入れて回しちゃった。画面真っ暗で反応なし、修理屋さん知りませんか", "none"),
    ("スマホを風呂に落として拾いに行ったら、父が湯船で息してない", "119"),
    # autumn leaves likened to a fire
    ("栗駒山の紅葉、山が燃えてるみたいって聞いたけど、今度の日曜も見頃?", "none"),
    ("もみじが燃えるように赤いって評判の公園はどこですか", "none"),
    ("紅葉狩りに来たら向かいの山が燃えてる!煙が上がってる", "119"),
    # swans or geese lying dead or still
    ("白鳥が一羽、田んぼで倒れて動かない。どこに連絡すれば", "none"),
    ("雁が三羽死んでいます。鳥インフルエンザかもしれません。連絡先を教えてください", "none"),
    ("田んぼで鳥が5羽死んでます、鳥インフルかも、連絡先は", "none"),
    ("白鳥を見に行ったら、母が沼のほとりで倒れて動かない", "119"),
    # a hamlet cut off by snow: the disaster page, not a rescue; a person down there still is one
    ("大雪で集落から出られなくなりました。灯油が心配です。避難所は開いていますか", "disaster"),
    ("ゆきで ちくから でられない ひなんじょ ありますか", "disaster"),
    ("ゆきで むらから でられない ひとが たおれて うごかない", "119"),
]


def test_own_tellings_are_not_phrases_of_the_set() -> None:
    assert_not_in_phrase_set(CASES)


@pytest.mark.parametrize(("text", "number"), CASES)
def test_things_and_animals_are_no_persons_emergency(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# blind21: a tree or a sign fallen, named right after the verb (台風で倒れた柿の木), is a thing to throw away; a person
# under it still alarms.
FALLEN_AFTER = [
    ("大雪で倒れた松の木、どこに出せばいいですか", "none"),
    ("かぜで たおれた かんばん かたづけたい", "none"),
    ("台風で倒れた木の下で祖父が倒れて動かない", "119"),
]


def test_fallen_after_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(FALLEN_AFTER)


@pytest.mark.parametrize(("text", "number"), FALLEN_AFTER)
def test_a_thing_fallen_is_no_collapse(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


def test_a_load_fallen_off_is_no_person_fallen() -> None:
    # engineer B's request B14-3: 荷台から落ちた材木 is a load on the road, not a fall from a height
    assert "fell_from_height" not in find(views("県道に荷台から落ちた荷物が転がってて危ない")).events
    assert "fell_from_height" in find(views("父が荷台から落ちて動けない")).events


# Round 38 (blind39, helper A45): fallen things told with an amount (自転車なんぼも倒れでで) and no one hurt told by a
# clause (けがした人はいねがった, 怪我をした者はおりません; 4 phrases of 3 other writers) are no collapse and no hurt;
# a person under them still is.
FALLEN_MANY_CASES = [
    ("強風で駐輪場の自転車が何台も倒れて、けがをした人はいませんでした。片付けはどこに頼めば", "none"),
    ("駐輪場で自転車がいっぱい倒れて、下敷きになった人が動けない", "119"),
]


def test_fallen_many_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(FALLEN_MANY_CASES)


@pytest.mark.parametrize(("text", "number"), FALLEN_MANY_CASES)
def test_things_fallen_in_numbers_with_no_one_hurt(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 42: shut in by a person (店長に…バックヤードに閉じ込められてる, blind43b, 119 for 110) is the police's,
# not a rescue; shut in by a lift or a fire stays 119.
ROUND42_CONFINED_CASES = [
    ("夫に部屋に閉じ込められて出られない", "110"),
    ("知らない男に倉庫に閉じ込められた、助けて", "110"),
    ("上司に会議室に閉じ込められて帰してもらえない", "110"),
    ("エレベーターに閉じ込められて出られません", "119"),
]


def test_round42_confined_cases_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ROUND42_CONFINED_CASES)


@pytest.mark.parametrize(("text", "number"), ROUND42_CONFINED_CASES)
def test_round42_confined_decides_the_line(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Blind23: a fallen thing with a person named only as unharmed (人には当たっていません), or one that spilled what it
# held (倒れてお茶がこぼれた), is no collapse; a person hit, or a person who fell spilling a drink, still is.
FALLEN_THINGS = [
    ("裏の杉の木が大雪で倒れましたが、人には当たっていません。片付けはどこに頼めばいいですか", "none"),
    ("台風で物置が倒れちゃった、人にけがはなかったけど処分どうしよう", "none"),
    ("看板が風で倒れまして、幸い人には当たりませんでした", "none"),
    ("コップが倒れてお茶がこぼれちゃった、テーブルびしょびしょ", "none"),
    ("花瓶が倒れて水が床にこぼれた、最悪", "none"),
    ("庭の木が倒れて、通りかかった人に当たって動かないんです", "119"),
    ("電柱が倒れて人が下敷きになっています", "119"),
    ("祖母が台所で倒れて、持っていたお茶がこぼれています、返事がありません", "119"),
    ("夫が急に倒れて味噌汁がこぼれた、呼んでも起きない", "119"),
]


def test_fallen_thing_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(FALLEN_THINGS)


@pytest.mark.parametrize(("text", "number"), FALLEN_THINGS)
def test_a_thing_fallen_with_no_one_hurt_or_spilled(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Blind24: a load fallen off a vehicle (木材, 丸太, 資材: LOADS, shared with the fall-from-height rule) and a tree that
# snapped and fell, told with no particle (杉の木、風で折れて倒れた) and no one hurt (怪我人はいない), are things.
FALLEN_LOADS_AND_SNAPPED_TREES = [
    ("県道にトラックの荷台から落ちた丸太が転がってる", "110"),
    ("裏山の杉の木、風で折れて倒れてた。怪我人はいない", "none"),
    ("畑の木材は台風で倒れたけど、けが人はなし", "none"),
    ("トラックの荷台から落ちて、父が頭を打って動かない", "119"),
    ("作業員が足場から落ちて動かない", "119"),
    ("杉の木が折れて倒れて、父が下敷きになってる", "119"),
]


def test_fallen_load_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(FALLEN_LOADS_AND_SNAPPED_TREES)


@pytest.mark.parametrize(("text", "number"), FALLEN_LOADS_AND_SNAPPED_TREES)
def test_a_fallen_load_or_a_snapped_tree_is_a_thing(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# blind29b (``FALLEN_THING``): a bicycle or a motorbike left fallen is a thing; a person named with it is not.
BLIND29_FALLEN_BIKE = [
    ("歩道に倒れたままのバイクがずっと置いてあって邪魔です", "none"),
    ("自転車が倒れて、乗っていた子どもが動かない", "119"),
]


def test_blind29_fallen_bike_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(BLIND29_FALLEN_BIKE)


@pytest.mark.parametrize(("text", "number"), BLIND29_FALLEN_BIKE)
def test_blind29_fallen_bike(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# After blind30 (helper A30): a garden tree fallen over is a thing.
FALLEN_GARDEN_TREE = [("台風で倒れた庭木を切って燃えるごみに出せますか", "none")]


def test_garden_tree_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(FALLEN_GARDEN_TREE)


@pytest.mark.parametrize(("text", "number"), FALLEN_GARDEN_TREE)
def test_a_fallen_garden_tree_is_no_collapse(text: str, number: str) -> None:
    assert "collapsed" not in find(views(text)).events
    assert_decides(text, number, now=DAY)


# Round 48: a tree in kana is no き after a small っ (座ったっきり動げなぐなった: っきり, "ever since", closed the
# sign as a thing's; はっきり, すっきり).
SMALL_TSU_KI = ["ばあちゃん、ソファさ座ったっきり動げなぐなった", "じいちゃん、椅子さ座ったっきり一歩も動げねえ"]


def test_small_tsu_ki_cases_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set([(text, "119") for text in SMALL_TSU_KI])


@pytest.mark.parametrize("text", SMALL_TSU_KI)
def test_a_small_tsu_before_ki_is_no_tree(text: str) -> None:
    assert "medical" in groups(text)


# Round 49: a vehicle that keeled over with its rider told fine (バイク滑ってひっくり返った、人は大丈夫; wide50b, read
# 119) is a road accident (110), not a person collapsing; a rider hurt, a person fallen over with a wheelchair or in a
# train, and a vehicle with its driver gone from sight stay 119.
KEELED_VEHICLES = [
    ("坂道の凍ったところで原付が滑ってひっくり返った。乗ってた人は大丈夫そうだけど、後ろから車が来る", "110"),
    ("ばいくが すべって ひっくりかえった ひとは だいじょうぶ でも みちに ばいく たおれたまま", "110"),
    ("家の前のカーブで軽トラがひっくり返ってます。人は無事で、自分で出てきました。", "110"),
    ("さっき 交差点 で スクーター が スリップして ひっくり返って 人は 大丈夫 です 道 ふさいでます", "110"),
    ("じいちゃんがバイクごとひっくり返って起き上がれない", "119"),
    ("バイクが滑ってひっくり返って、乗ってた人が倒れたまま動かない", "119"),
    ("おばあちゃんが風呂場でひっくり返った", "119"),
    ("母が電車でひっくり返った、顔色が悪い", "119"),
]


def test_keeled_vehicle_cases_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(KEELED_VEHICLES)


@pytest.mark.parametrize(("text", "number"), KEELED_VEHICLES)
def test_a_vehicle_keeled_over_is_a_road_accident(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 52 (wide54b, helper A105): a train or bus stopped by the weather and "not moving tonight" a sentence later is
# the train, not a person; a person named or a sign of one between still is an emergency.
# (Round 53: a place to stay asked for when snow has stranded the writer is the disaster page - the stranded
# shelter of safety/events_stranded_signs.py - and still no person still.)
ROUND52_TRAIN_STOPPED = [
    ("吹雪で列車が運休になって、小牛田の駅から帰れません。明日の朝まで動かないらしいです。泊まれるところは",
     "disaster"),
    ("ゆきで ばすが とまって かえれない きょうは もう うごかない って", "none"),
    ("電車が止まったあと、車内で女の人が倒れて動かないんです", "119"),
    ("バスが急に止まって、前の席のおじいさんがぐったりして動かない", "119"),
]


def test_round52_train_stopped_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ROUND52_TRAIN_STOPPED)


@pytest.mark.parametrize(("text", "number"), ROUND52_TRAIN_STOPPED)
def test_round52_a_train_stopped_is_not_a_person_still(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 53: nor the end of snow in kana (ゆきさうまって: a man buried under the snow, Tohoku さ for に, heard all in
# kana) - a tree in kana fallen, with no one named, stays a thing.
SNOW_IN_KANA = [("じっちゃ、やねからおぢだゆきさうまって出でこねえ", "119"), ("うらのきが ゆきで たおれた", "none")]


def test_snow_in_kana_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(SNOW_IN_KANA)


@pytest.mark.parametrize(("text", "number"), SNOW_IN_KANA)
def test_snow_in_kana_is_no_tree(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 54: a car buried in snow, or told not moving straight after its name, is the vehicle that does not move - no
# person unable to move; a person who cannot move in the snow stays 119.
SNOWED_IN_VEHICLE = [
    ("吹雪でトラックが埋もれて動けない、レッカー呼べる？", "none"),
    ("雪で軽トラが埋まったまま動がねえ、レッカー頼めっか", "none"),
]
PERSON_IN_SNOW = [
    ("父が雪で動けない", "119"),
    ("雪道で転んだ母が動けない", "119"),
]


def test_round54_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(SNOWED_IN_VEHICLE + PERSON_IN_SNOW)


@pytest.mark.parametrize(("text", "number"), SNOWED_IN_VEHICLE)
def test_a_snowed_in_vehicle_is_no_person_unable_to_move(text: str, number: str) -> None:
    assert "weak" not in groups(text)
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), PERSON_IN_SNOW)
def test_a_person_unable_to_move_in_the_snow_stays_119(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
