"""Round 56 (:mod:`safety.events_vandalism_signs`): a stranger or a group damaging things now is the police's now
(110); damage found afterwards with the culprit gone is the police consultation line (#9110). One's own child or
pet breaking a toy, a storm, an animal or a trader's damage, and a story stay quiet - tellings written for these
tests, not phrases of the set."""

from __future__ import annotations

import pytest

from safety.assess import assess
from tests.safety.helpers import DAY, NIGHT, assert_decides, assert_not_in_phrase_set

AT_IT_NOW = [
    ("夜中の公園で若い連中がベンチを蹴り倒してる、いまもやってる", "110"),  # casual
    ("境内で知らない男たちが灯籠をなぎ倒しております。どうしたらよいか", "110"),  # senior
    ("いま じんじゃで おとこが とうろうを けりたおしてる", "110"),  # kana
    ("寺の裏で若ぇ奴らが地蔵さまば倒して回ってんだ", "110"),  # tohoku
    ("駐車場で酔っぱらいが車のミラーを次々壊してます", "110"),  # plain
]
FOUND_AFTER = [
    ("けさ公民館に行ったら、外壁にスプレーで落書きされていました。犯人はわかりません", "#9110"),
    ("朝 ゴミ置き場の看板が壊されてた 誰がやったかわからない どこに相談", "#9110"),
    ("けさ おじぞうさまが たおされてるのを みつけました はんにんは いません", "#9110"),
    ("夜のうちにやられたようで、集会所の前の石灯籠が倒されていました。どこに相談すれば", "#9110"),
]
QUIET = [
    ("息子がおもちゃを壊してるけど、もう五歳なのにどうしたらいい", "none"),  # one's own child
    ("台風で朝起きたら物置の屋根が壊されていました", "none"),  # a storm
    ("朝見たら畑のとうもろこしがカラスに荒らされてた", "none"),  # an animal
    ("映画で若者たちが車を壊してるシーンが怖かった", "none"),  # a story
    ("解体業者が隣の家を壊してます。音がうるさいです", "none"),  # a trade at work
    ("知らない男性がトイレでお腹を壊してるみたい、薬ありますか", "#7119"),  # a stomach, not damage
]


def test_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(AT_IT_NOW + FOUND_AFTER + QUIET)


@pytest.mark.parametrize(("text", "number"), AT_IT_NOW)
def test_things_damaged_by_strangers_now_is_110(text: str, number: str) -> None:
    assert_decides(text, number, now=NIGHT)


@pytest.mark.parametrize(("text", "number"), FOUND_AFTER)
def test_damage_found_afterwards_is_the_consultation_line(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


def test_a_break_in_found_with_someone_still_inside_stays_110() -> None:
    assert_decides("今朝、帰ったら玄関の鍵が壊されていて、奥でまだ物音がしています", "110", now=DAY)


def test_a_person_knocked_down_is_no_damage_found() -> None:
    assert_decides("朝、駅で男に突き倒されて頭から血が出て動けない", "119", now=DAY)


@pytest.mark.parametrize(("text", "number"), QUIET)
def test_own_child_weather_animal_story_trade_raise_no_alarm(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize("text", [
    "毎朝、お隣のご主人が玄関先で体操をしておられます",  # the honorific ておられ
    "今朝、店に交換してほしいと言ったら断られました",  # 断られ read ことわられ, 言ったら read いったら
])
def test_an_honorific_or_a_refusal_is_no_vandalism_found(text: str) -> None:
    assert_not_in_phrase_set([(text, "none")])
    assert "vandalism_found" not in assess(text, now=DAY, channel="chat").events
