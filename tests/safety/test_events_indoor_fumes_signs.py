"""Round 48 (:mod:`safety.events_indoor_fumes_signs`): a hibachi, an irori or a briquette kotatsu burnt in a room and
the people in it taken ill, or any fire in a room and several people taken ill at once, is carbon monoxide (119); a
hibachi in a memory or a question is nothing, and a room's headaches after a night of drinking are the advice line's."""

from __future__ import annotations

import pytest

from safety.detect import find
from safety.normalize import views
from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

# blind49a's telling, then other tellings of the same kind
FROM_THE_SET = [("部屋で火鉢を使っていたら、家族3人とも頭が痛いと言い出して、一人はぼーっとしている。", "119")]
CASES = [
    ("ひばちの へやで みんな あたま いたい って ねむそう", "119"),
    ("豆炭こたつに入ってた子どもたちが、そろって頭が痛いと言ってふらふらしています", "119"),
    ("あの、火鉢をつけた部屋で孫が二人寝ておったんですが、起こしたら二人ともふらふらして吐いております", "119"),
    ("締め切った茶の間で火鉢に当たってた母と叔母が、二人とも吐き気がするってぐったりしてる", "119"),
    ("石油ストーブつけっぱなしの部屋で、家族全員がめまいがするって言い出した", "119"),
]
LOOK_ALIKES = [
    ("火鉢で餅を焼いたら香ばしくておいしかった", "none"),
    ("昔は火鉢で手をあぶったものだと祖母が話してくれた", "none"),
    ("火鉢を使う時の換気はどのくらいすればいいですか", "none"),
    ("囲炉裏を囲んで飲み過ぎて、今朝はみんな頭が痛い", "#7119"),
]


def test_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(CASES + LOOK_ALIKES)


@pytest.mark.parametrize(("text", "number"), FROM_THE_SET + CASES)
def test_a_fire_in_the_room_and_its_people_taken_ill_is_carbon_monoxide(text: str, number: str) -> None:
    assert "gas" in find(views(text)).names("fire")
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), LOOK_ALIKES)
def test_a_memory_a_question_or_another_cause_is_not(text: str, number: str) -> None:
    assert "gas" not in find(views(text)).names("fire")
    assert_decides(text, number, now=DAY)


# Round 51 (wide53): a gas bath heater or a water heater in the flat, then a sign - carbon monoxide; its tellings are
# my own. Real alarms in the bathroom setting come first; a repair asked about, a notice and a bath's heat stay quiet.
BATH_HEATER_CASES = [
    ("実家に寄ったら、バランス釜をつけた風呂場の前で父が吐いてぐったりしてる", "119"),
    ("ふろがまを つけたまま はいってた ばあちゃんが あたま いたいって ぼーっとしてる", "119"),
    ("台所の湯沸かし器を使ったあと、祖母が頭が痛いとふらふらしております", "119"),
    ("風呂釜さ火いれだあと、かあちゃん頭いでぇって吐き気もするって", "119"),
]
BATH_HEATER_LOOK_ALIKES = [
    ("バランス釜が古くなったので、交換の補助があるか知りたいです", "none"),
    ("風呂釜の点検のお知らせがポストに入っていました", "none"),
    ("バランス釜を使ったあと、浴室がすぐ結露して困っています", "none"),
]


def test_round51_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(BATH_HEATER_CASES + BATH_HEATER_LOOK_ALIKES)


@pytest.mark.parametrize(("text", "number"), BATH_HEATER_CASES)
def test_a_gas_bath_heater_and_someone_taken_ill_is_carbon_monoxide(text: str, number: str) -> None:
    assert "gas" in find(views(text)).names("fire")
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), BATH_HEATER_LOOK_ALIKES)
def test_a_bath_heater_repaired_inspected_or_paid_for_is_not(text: str, number: str) -> None:
    assert "gas" not in find(views(text)).names("fire")
    assert_decides(text, number, now=DAY)
