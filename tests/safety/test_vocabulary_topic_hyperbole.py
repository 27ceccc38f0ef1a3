""":mod:`safety.vocabulary_topic`'s hyperbole (``TOPIC``), on phrasings not in the set: hunger, cold, a full stomach,
exertion, fear as the thrill and sleeplessness told "to death" (はらへって しにそう, 息もできないくらい走らされて,
眠れずに死にそう) are topics, not emergencies; pain or breathlessness told so, and 先ほど (no degree), still alarm
(split from test_vocabulary_topic.py in round 45)."""

from __future__ import annotations

import pytest

from safety.normalize import views
from safety.vocabulary_topic import TOPIC
from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

# Blind24: hunger or thirst "to death" in kana (はらへって しにそう, のど かわいて しにそう) is hyperbole; pain to death
# (おなか いたくて しにそう) is not.
HUNGER_CASES = [
    ("はらへって しにそう", "none"),
    ("のど かわいて しにそう", "none"),
    ("おなか いたくて しにそう", "119"),
]


def test_hunger_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(HUNGER_CASES)


@pytest.mark.parametrize(("text", "number"), HUNGER_CASES)
def test_hunger_to_death_is_hyperbole(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# After blind26's final score: exertion told with a degree (息もできないくらい走らされて, 倒れるほど走った) is hyperbole
# (4 of 4 such phrases of the set are none); breathlessness told as a state with a degree still alarms.
@pytest.mark.parametrize(("text", "number"), [
    ("息もできないくらい練習させられて、帰ってすぐ寝たって笑われた", "none"),
    ("倒れるほど走ったけど楽しかった", "none"),
    ("息ができないくらい苦しくて、今も胸が痛い", "119"),
])
def test_blind26_exertion_with_a_degree_is_hyperbole(text: str, number: str) -> None:
    assert_not_in_phrase_set([(text, number)])
    assert_decides(text, number, now=DAY)


# After blind30 (helper A30): a brain about to burst; fear as the thrill.
BLIND30_HYPERBOLE = [
    ("レポートの締め切りで脳みそ爆発しそう", "none"),
    ("ジェットコースター怖くて死にそうだった、でも楽しかった", "none"),
]


def test_blind30_hyperbole_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(BLIND30_HYPERBOLE)


@pytest.mark.parametrize(("text", "number"), BLIND30_HYPERBOLE)
def test_blind30_hyperbole_is_a_topic(text: str, number: str) -> None:
    assert TOPIC.search(views(text).devoiced)
    assert_decides(text, number, now=DAY)


# After blind34 (helper A34): hyperbole of the cold in Tohoku (さみぐて死にそう) and of a full stomach.
BLIND34_HYPERBOLE = [
    ("今日はさみぐて死にそうだべ", "none"),
    ("お腹いっぱいで苦しい、食べすぎた", "none"),
]


def test_blind34_hyperbole_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(BLIND34_HYPERBOLE)


@pytest.mark.parametrize(("text", "number"), BLIND34_HYPERBOLE)
def test_blind34_hyperbole_is_a_topic(text: str, number: str) -> None:
    assert TOPIC.search(views(text).devoiced)
    assert_decides(text, number, now=DAY)


# Round 44 (blind45b: 私、さきほど眠れなくて薬をまとめて飲んでしまいまして): 先ほど, のちほど are no degree -
# さきほど眠れなくて is no hyperbole (…ほど眠い); the hyperbole itself still names no emergency.
ROUND44_NO_DEGREE = [
    ("さきほど眠れなくて睡眠薬をたくさん飲んでしまいました、ふらふらします", "119"),
    ("先ほど眠れないからって、母が薬を全部まとめて飲んだみたいで、ろれつが回りません", "119"),
    ("のちほど眠れるように睡眠薬をもらいに行きます", "none"),
    ("息が苦しくなるほど笑って腹がよじれた", "none"),
    ("死ぬほど眠くて授業中ずっとうとうとしてた", "none"),
]


def test_round44_no_degree_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ROUND44_NO_DEGREE)


@pytest.mark.parametrize(("text", "number"), ROUND44_NO_DEGREE)
def test_round44_a_moment_ago_is_no_degree(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 44 (blind45b: 主人のいびきがうるさくて、毎晩眠れずに死にそうでございます): sleepless as the excess (眠れずに死に
# そう) is hyperbole; sleepless and short of breath is not.
ROUND44_SLEEPLESS = [
    ("隣の工事がうるさくて眠れなくて死にそう", "none"),
    ("夫の歯ぎしりで毎晩寝れなくて死にそうなんだけど、いい耳栓ある？", "none"),
    ("いびきがうるさくて ねむれず しにそう", "none"),
    ("母が眠れずに息が苦しいと言っていて、唇が紫です", "119"),
]


def test_round44_sleepless_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ROUND44_SLEEPLESS)


@pytest.mark.parametrize(("text", "number"), ROUND44_SLEEPLESS)
def test_round44_sleepless_as_the_excess_is_hyperbole(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# round 51 (wide53b): a comparison (外と同じくらい寒い) is no hyperbole: a cold
# room with a person barely answering alarms.
ROUND51_COMPARISON_NOT_HYPERBOLE = [
    ('外と同じくらい寒い部屋で、祖母が震えて話しかけても返事がありません', '119'),
    ('死ぬほど寒い朝だったけど、みんな元気に登校しました', 'none'),
]


def test_round51_comparison_not_hyperbole_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ROUND51_COMPARISON_NOT_HYPERBOLE)


@pytest.mark.parametrize(("text", "number"), ROUND51_COMPARISON_NOT_HYPERBOLE)
def test_round51_comparison_not_hyperbole(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# round 52 (blind53b): a mouth "on fire" from a spicy dish is hyperbole; a mouth burning with a lighter is not.
ROUND52_MOUTH_ON_FIRE = [
    ("激辛カレー食べたら口の中が火事だわ", "none"),
    ("げきからラーメンで くちのなか かじ", "none"),
    ("子どもがライターをいじってて、口のまわりが燃えてる", "119"),
]


def test_round52_mouth_on_fire_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ROUND52_MOUTH_ON_FIRE)


@pytest.mark.parametrize(("text", "number"), ROUND52_MOUTH_ON_FIRE)
def test_round52_mouth_on_fire(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# muscle ache as the excess (round 54, wide56b): no alarm, and a real alarm without it stays
MUSCLE_ACHE = [
    ("登山の次の日、筋肉痛で死にそうです。よく効く湿布はありますか", "none"),
    ("きんにくつうで しにそう おふろ どこが いい", "none"),
    ("雪かきしたっけ体じゅう痛くて死んでるっちゃ、筋肉痛だべな", "none"),
    ("スキーのあと胸が締め付けられるように痛くて冷や汗、死にそう", "119"),
]


def test_muscle_ache_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(MUSCLE_ACHE)


@pytest.mark.parametrize(("text", "number"), MUSCLE_ACHE)
def test_muscle_ache_round54(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
