"""After blind32's final score (:mod:`safety.events_routed_signs` and the guards of that round), on phrasings not in
the set: a window or door of the home being shaken and hiding from someone now are 110; a fire spreading or one that
cannot be put out, a person sinking in the bath water, a mother who does not move written in kana and a person who
does not answer when called are 119; someone standing at a railing who does not turn round is 110, not 119; work
started unasked is 188; snowed in at home and a water outage are the disaster page; the caller's claim asked about
is #9110; one's own reply held back is no unconsciousness; a child's fever in keywords at night is #8000. The same
words without the danger are not."""

from __future__ import annotations

import pytest

from safety.detect import find
from safety.normalize import views
from tests.safety.helpers import DAY, NIGHT, assert_decides, assert_not_in_phrase_set

CASES = [
    # 110: a window or door of the home shaken; hiding from someone now
    ("夜中に誰かが勝手口のドアを揺すっています", "110"),
    ("知らない人が来て、いま子どもとトイレに隠れています", "110"),
    # 110: at a railing, not turning round when called (a suicide threat, not unconsciousness)
    ("ビルの屋上の柵の外側に人が立っていて、呼んでも振り向きません", "110"),
    # 119: a fire spreading, or one that cannot be put out
    ("庭で燃やしていた火が物置に広がってきました", "119"),
    ("仏壇のろうそくの火がふすまに移って、もう消せそうにない", "119"),
    # 119: sinking in the bath water
    ("祖父がお湯に沈みかけていて、引き上げられません", "119"),
    # 119: a mother in kana who does not move
    ("たすけて ははが うごかなくなった", "119"),
    # 188: work started unasked
    ("外壁の業者が、頼んでもいないのに塗装を始めてしまいました", "188"),
    # disaster: snowed in at home, a water outage
    ("雪で玄関がふさがって家から出られなくなりました", "disaster"),
    ("断水が続いていて、飲み水をどこでもらえますか", "disaster"),
    # #9110: the caller's claim asked about; one's own reply held back
    ("孫を名乗る男から、事故を起こしたのでお金がいると電話がありました。本当に孫でしょうか", "#9110"),
    ("昔の同級生から何度もメッセージが来て、返事をしないと家に行くと書いてきます", "#9110"),
    ("隣のおじさんがいっつもうちの前で怒鳴っていて怖いです", "#9110"),
]

NIGHT_CASES = [
    # #8000: a child's fever in keywords at night (こども before ねつ, spaces dropped)
    ("こども ねつ 39ど", "#8000"),
]

NOT_ROUTED = [
    # weather shakes windows; hide-and-seek; a fire in its place; a trader asked for; snow cleared; a question
    ("台風で窓がガタガタ揺すられています", "none"),
    ("子どもたちがかくれんぼで押し入れに隠れています", "none"),
    ("財布を探しても見つかりません", "none"),
    ("屋根の修理を業者に頼んでいます", "none"),
    ("雪かきのボランティアを募集していますか", "none"),
    ("本当に助かりました、ありがとうございます", "none"),
    ("助けてほしいことがあるのですが、住民票の取り方がわかりません", "none"),
]


def test_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(CASES + NIGHT_CASES + NOT_ROUTED)


@pytest.mark.parametrize(("text", "number"), CASES)
def test_routed_signs_decide_the_line(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), NIGHT_CASES)
def test_a_childs_night_fever_in_keywords(text: str, number: str) -> None:
    assert_decides(text, number, now=NIGHT)


@pytest.mark.parametrize(("text", "number"), NOT_ROUTED)
def test_the_same_words_without_the_danger_are_not(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# After blind33's final score (helper A33): a person not to be seen is 110; someone loitering round the home for a
# while is #9110; a contract to stop and a purchase at a seller's urging are 188 - and not an animal, a dog, a doctor.
ROUND33_CASES = [
    ("昼過ぎから祖母の姿が見えません。杖も置いたままです", "110"),
    ("ここ何日も夜になると家の周りを男がうろうろしています", "#9110"),
    ("ジムの けいやく やめたい", "188"),
    ("父が訪問販売の人に勧められるまま浄水器を二台買っていました", "188"),
]
ROUND33_NOT = [
    ("うちの猫の姿が見えません", "none"),
    ("医者に勧められて血圧計を買いました", "none"),
    ("家の周りを犬がうろうろしています", "none"),
]


def test_round33_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ROUND33_CASES + ROUND33_NOT)


@pytest.mark.parametrize(("text", "number"), ROUND33_CASES + ROUND33_NOT)
def test_round33_routed_kinds(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# After blind34 (helper A34): a fire that has reached the ceiling, an upper floor, a roof or a wall, or that an
# extinguisher cannot put out, is 119 by the rules, not by the classifier alone; a kind of fire asked about is not.
ROUND34_FIRE = [
    ("消火器では無理、台所の火が天井まで回ってる", "119"),
    ("台所の火が天井まで回ってる", "119"),
    ("仏間の炎が二階に上がってきてる", "119"),
    ("納屋の火ぃ屋根まで届いでる", "119"),
    ("消火器じゃ消えない、カーテンが燃えてる", "119"),
]
ROUND34_FIRE_NOT = [
    ("油火災に水の消火器では無理ですか", "none"),
    ("天井まで燃え広がらないように消火器を置きたい", "none"),
    ("夢で家の火が天井まで回ってた", "none"),
    ("火曜に屋根の修理に来てもらう", "none"),
]


def test_round34_fire_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ROUND34_FIRE + ROUND34_FIRE_NOT)


@pytest.mark.parametrize(("text", "number"), ROUND34_FIRE + ROUND34_FIRE_NOT)
def test_round34_fire_reached(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize("text", [text for text, _ in ROUND34_FIRE])
def test_round34_fire_is_raised_by_a_rule(text: str) -> None:
    assert "fire" in find(views(text)).events


# After blind34 (helper A34): snowed in until one cannot get out, a district cut off (disaster); cut off at work is not.
ROUND34_DISASTER = [
    ("大雪で家から出られなくなりました。除雪はいつ来ますか", "disaster"),
    ("土砂崩れで地区が孤立しています", "disaster"),
    ("職場で孤立していて辛い", "none"),
]


def test_round34_disaster_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ROUND34_DISASTER)


@pytest.mark.parametrize(("text", "number"), ROUND34_DISASTER)
def test_round34_snowed_in_and_cut_off(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# After blind34 (helper A34): charcoal burnt in a sealed room (119) and a sale on the telephone (188); charcoal
# remembered is not.
ROUND34_MORE = [
    ("部屋で七輪を使って、窓をテープで目張りした、頭が痛い", "119"),
    ("電話勧誘で布団を買ってしまった", "188"),
    ("昔は冬になると練炭の部屋を目張りしたものです", "none"),
    ("物置の炭をストーブで使ってもいいですか", "none"),
]


def test_round34_more_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ROUND34_MORE)


@pytest.mark.parametrize(("text", "number"), ROUND34_MORE)
def test_round34_charcoal_sealed_and_phone_sales(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 37 (blind38, helper A42): a door knob turned from outside or a window worked with a sound (someone working a
# door or window of the home: 9 other writers with these words, all 110); a knob that is broken is not.
KNOB_CASES = [
    ("夜中に勝手口のノブが外からガチャガチャ回されてる", "110"),
    ("ベランダのサッシを外から動かそうとする音がする", "110"),
    ("ドアノブが壊れて回しても開かない、修理はどこに", "none"),
]


def test_knob_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(KNOB_CASES)


@pytest.mark.parametrize(("text", "number"), KNOB_CASES)
def test_a_knob_or_a_window_worked_from_outside(text: str, number: str) -> None:
    assert ("intruder" in find(views(text)).events) == (number == "110")
    assert_decides(text, number, now=DAY)


def test_a_blade_brandished_is_no_knob() -> None:
    assert "intruder" not in find(views("よっぱらいが はもの ふりまわしてる")).events
