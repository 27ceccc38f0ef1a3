"""Round 38 (helper A46; the widened ``LOOKED`` of :mod:`safety.vocabulary_settled` and the two new alternatives of
:data:`safety.vocabulary_explained.EXPLAINED`): a scare told as over - went up to it, opened the door, went to look
(近づいたら, ドアを開けたら, 行ってみると, 思ったっけ) and found what it was or that it was only that - is no alarm,
even with a remark after it. Went up to it and found someone down, bleeding or smoke is still an alarm.

The real texts are held-out false alarms of the phrase set (A44's largest kind) and emergencies of the set told with
the same turns; the new phrasings are not in the set."""

from __future__ import annotations

import pytest

from safety.normalize import views
from safety.vocabulary import compile_folded
from safety.vocabulary_explained import EXPLAINED
from safety.vocabulary_settled import LOOKED
from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set, phrase_set_texts

# Held out (bench_safety_overrule, the classifiers retrained without the writer's block), each was 119.
REAL_OVER = [
    "ばあばが たすけてって いうから いったら びんの ふたが あかないだけだった",  # blind37a
    "田んぼの水路さ何か浮がんでっから人かど思ったっけ、流れできた肥料の袋だった",  # blind37b
    "昨日、じいちゃん畑で倒れでるって大騒ぎしたけんど、ただ木陰で昼寝してただけだったっちゃ",  # blind37a
    "ばあちゃんの部屋焦げ臭えど思ったっけ、隣の畑で籾殻燃やしてだだけだっちゃ",  # blind37a
    "朝、父の寝室から返事がなくてドアを開けたら、もう散歩に出たあとでした。台所に置き手紙がありました。",  # blind33a
    "呼んでも返事ねぇがら慌てで見さ行ったら、イヤホンで演歌聞いでだだけだったっちゃ",  # blind33b
]
NEW_OVER = [
    "夜中に玄関で物音がしてドアを開けたら、風で傘立てが転がっただけでした",
    "父が返事をしないので行ってみると、庭で草取りをしていただけでした",
    "焦げ臭いと思ったっけ、隣でさんま焼いでだだけだっちゃ",
    "道に人がうずくまっていると思ったけど、よく見たら黒いゴミ袋でした",
    "人が倒れていると思って近づいたら、ゴミ袋の山でした。市に片付けをお願いできますか",
]
# Emergencies of the set told with the new turns: no finding, still 119.
REAL_ALARMS = [
    "配達先のお宅の玄関を開けたら、高齢の男性が床に倒れていて、息をしているか分かりません。",
    "風呂場の扉を開けたら父が湯船に沈みかけていました。引き上げたけど顔が真っ白です。",
    "一人暮らしの祖母の家、玄関を開けたら廊下にうつ伏せで、手が冷たくて胸が上下していない",
    "玄関を開けたら廊下一面が煙で前が見えない",
]
NEW_ALARMS = [
    "人が倒れていると思って近づいたら、頭から血を流していました",
    "父が返事をしないので見に行ったら、床に倒れていて息をしていません",
    "隣の家から焦げ臭いにおいがして近づいたら、窓から煙が出ていました",
    "祖母が動かないので近づいたら、顔色が真っ青で呼びかけても反応がありません",
    "子どもの泣き声がして駆け寄ったら、川に落ちて流されていました",
]
TURN = compile_folded(LOOKED)


def found(text: str) -> bool:
    return EXPLAINED.search(views(text).devoiced) is not None


def test_the_real_cases_are_in_the_phrase_set_and_the_new_ones_are_not() -> None:
    assert set(REAL_OVER + REAL_ALARMS) <= phrase_set_texts()
    assert_not_in_phrase_set([(text, "none") for text in NEW_OVER] + [(text, "119") for text in NEW_ALARMS])


@pytest.mark.parametrize("turn", ["ちかづいたら", "ちかよったところ", "かけよったら", "どあをあけたら", "よくみたら",
                                  "みさいったら", "いってみると", "みにいくと", "よくみると"])
def test_the_new_turns_are_looks(turn: str) -> None:
    assert TURN.search(views(f"母が{turn}、").devoiced) is not None


def test_advice_to_go_and_look_is_no_turn() -> None:
    assert TURN.search(views("市役所に行ってみるといいですよ").devoiced) is None


@pytest.mark.parametrize("text", REAL_OVER + NEW_OVER)
def test_a_scare_found_harmless_is_over(text: str) -> None:
    assert found(text)
    assert_decides(text, "none", now=DAY)


@pytest.mark.parametrize("text", REAL_ALARMS + NEW_ALARMS)
def test_found_down_bleeding_or_burning_alarms(text: str) -> None:
    assert not found(text)
    assert_decides(text, "119", now=DAY)


@pytest.mark.parametrize("text", ["近づいたら寝ていただけだったと思う", "見に行ったら猫でしたか"])
def test_a_guess_or_a_question_is_no_finding(text: str) -> None:
    assert not found(text)
