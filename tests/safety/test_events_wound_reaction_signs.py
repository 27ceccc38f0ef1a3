"""A wound, a bite or a sting answered where it was made (:mod:`safety.events_wound_reaction_signs`; round 51), on
tellings written for these tests in several styles, not phrases of the set: a red streak spreading up a limb from a
cut, a scratch or a bite, and a bite's or a sting's place turning red, swollen, hot or throbbing, are the advice line
(#7119; #8000 for a child at night, the daytime child line by day). An itch alone, a pet's own wound, a swelling gone
down, a story and a way to keep bites off are not; grave signs beside it stay 119."""

from __future__ import annotations

from datetime import datetime

import pytest

from tests.safety.helpers import DAY, NIGHT, assert_decides, assert_not_in_phrase_set

RED_STREAKS: list[tuple[str, str, datetime]] = [
    ("庭仕事でバラのとげで切った指から、赤い線が手首のほうへ伸びてきた", "#7119", DAY),
    ("犬に引っかかれたすねの傷、赤いすじが膝まで上がってきてる", "#7119", DAY),
    ("ねこに ひっかかれた うでに あかい せんが できて ひじまで のびてる", "#7119", DAY),
    ("包丁で手を切ったとこから腕のほうさ赤え筋が伸びできたっちゃ、なじょすっぺ", "#7119", DAY),
    ("あの 虫に 刺された とこから 赤い 線が 広がって きて", "#7119", DAY),
    ("息子が公園で転んだ膝の傷から、赤い線が太ももの方へ伸びてきました。6歳です", "#8000", NIGHT),
    ("一昨日、釣り針で刺した指の傷の周りが赤く腫れて、熱を持ってまいりました", "#7119", DAY),
]

BITES_AND_STINGS: list[tuple[str, str, datetime]] = [
    ("幼稚園でお友達にかまれた娘の腕、夜になって歯の跡のまわりがぷっくり腫れてきた", "#8000", NIGHT),
    ("介助中に利用者さんに噛まれた手の甲、一晩で赤く盛り上がってずきずきする", "#7119", DAY),
    ("よなかに むすこが なにかに さされて あしが ぱんぱんに はれてる", "#8000", NIGHT),
    ("畑でアブに刺されたとこがじんじんして、だんだん腫れてきた", "#7119", DAY),
    ("夫が海でクラゲに刺されて、夜になってミミズ腫れが広がってきました", "#7119", NIGHT),
    ("散歩中に何かに刺されて足首がぱんぱん、病院行くべき？", "#7119", DAY),
]

QUIET: list[tuple[str, str, datetime]] = [
    ("夏は蚊に刺されやすくて困る", "none", DAY),
    ("うちの犬が蜂に刺されて鼻が腫れてる、動物病院あいてる？", "none", DAY),
    ("先週ハチに刺されたけど、薬をぬったら腫れも引きました", "none", DAY),
    ("子どもが蚊に刺されないようにする方法を教えて", "none", DAY),
    ("ドラマで主人公が刺されて腫れた顔で泣いてた", "none", DAY),
    # grave signs beside it: the 119 rules' own
    ("蜂に刺されて手が腫れて、息が苦しくなってきた", "119", DAY),
    ("ムカデにかまれた母が、全身にじんましんが出て、ぐったりしてる", "119", DAY),
]


def test_wound_reaction_cases_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set([(text, number) for text, number, _ in RED_STREAKS + BITES_AND_STINGS + QUIET])


@pytest.mark.parametrize(("text", "number", "now"), RED_STREAKS)
def test_a_red_streak_from_a_wound_is_advice(text: str, number: str, now: datetime) -> None:
    assert_decides(text, number, now=now)


@pytest.mark.parametrize(("text", "number", "now"), BITES_AND_STINGS)
def test_a_bite_or_a_sting_answered_where_it_was_made_is_advice(text: str, number: str, now: datetime) -> None:
    assert_decides(text, number, now=now)


@pytest.mark.parametrize(("text", "number", "now"), QUIET)
def test_an_itch_a_pet_a_swelling_gone_or_a_grave_sign_is_not_this_advice(text: str, number: str,
                                                                           now: datetime) -> None:
    assert_decides(text, number, now=now)
