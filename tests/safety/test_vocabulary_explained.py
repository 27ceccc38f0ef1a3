"""After blind29's final score (:mod:`safety.vocabulary_explained`), on phrasings not in the set: a scare told and then
explained as harmless - the outcome heard by a call or hearsay, the reason of a sign given after it, a glow that was a
festival fire, the writer's pot fire put out and aired, someone looked in on and fast asleep, an ache told as the
usual - is no alarm; someone still missing, asleep and not waking, or a fire spreading still is."""

from __future__ import annotations

import pytest

from safety.normalize import views
from safety.vocabulary_explained import EXPLAINED
from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

EXPLAINED_CASES = [
    # found safe, told by a call
    ("息子が塾から戻らないと思ったら、図書館で勉強していたと連絡がありました。", "none"),
    ("帰りが遅いので心配していたら、部活の片付けをしていたと電話がきました。", "none"),
    # only that, heard
    ("裏の家から毎晩煙のにおいがしますが、魚を焼いているだけだそうです。", "none"),
    # the sign's reason after it
    ("夫が青い顔をしていたのは、徹夜で仕事をしただけで、朝ごはんはしっかり食べました。", "none"),
    # a glow that was a fire in its place
    ("山のほうが明るくてびっくりしましたが、野焼きの火でした。今年はいつまでですか。", "none"),
    ("外が明るくて驚きましたが、お祭りのかがり火でした。", "none"),
    # the writer's pot fire put out, the room aired
    ("フライパンを焦がしちゃったけど、火はもう消して換気扇も回してます。", "none"),
    # looked in on, fast asleep
    ("夫が昼過ぎまで起きてこないので見に行ったら、すやすや寝ていました。", "none"),
    # an ache told as the usual
    ("膝が痛むのはいつものことだから大丈夫、日曜に開いてる整骨院はどこですか", "none"),
]

STILL_ALARMS = [
    ("娘がまだ塾に着いていないと連絡がありました。もう一時間たちます。", "110"),
    ("見に行ったら、ぐっすり寝ていましたが、呼んでも起きません。", "119"),
    ("驚きましたが、どんど焼きの火が隣の家に燃え移っていました。", "119"),
]


def test_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(EXPLAINED_CASES + STILL_ALARMS)


@pytest.mark.parametrize(("text", "number"), EXPLAINED_CASES)
def test_a_scare_explained_is_no_alarm(text: str, number: str) -> None:
    assert EXPLAINED.search(views(text).devoiced)
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), STILL_ALARMS)
def test_still_missing_not_waking_or_spreading_stays_an_alarm(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# After blind30 (helper A30): what it was, then a remark or a question after it.
EXPLAINED_WITH_A_REMARK = [
    ("庭から煙が上がってると思ったら、父の燻製作りでした。毎週末やってるんです。", "none"),
    ("夜中に悲鳴が聞こえると思ったら、隣の家で飼っているインコだそうです。", "none"),
]
STILL_A_FIRE = [("煙が出てると思ったら、隣の家の火事でした。まだ燃えています。", "119")]


def test_remark_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(EXPLAINED_WITH_A_REMARK + STILL_A_FIRE)


@pytest.mark.parametrize(("text", "number"), EXPLAINED_WITH_A_REMARK)
def test_what_it_was_then_a_remark_is_no_alarm(text: str, number: str) -> None:
    assert EXPLAINED.search(views(text).devoiced)
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), STILL_A_FIRE)
def test_a_fire_found_stays_a_fire(text: str, number: str) -> None:
    assert not EXPLAINED.search(views(text).devoiced)
    assert_decides(text, number, now=DAY)


# After blind31 (helper A31): the outcome heard by a call also after a fright and a plain turn (慌てましたが);
# a call saying someone is still not found stays an alarm.
BLIND31_CALLS = [
    ("息子が遅くまで帰らなくて慌てましたが、塾で自習していたと連絡がありました", "none"),
    ("夫が帰ってこなくて心配しましたが、まだ見つかっていないと電話がありました", "110"),
]


def test_blind31_call_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(BLIND31_CALLS)


@pytest.mark.parametrize(("text", "number"), BLIND31_CALLS)
def test_blind31_an_outcome_heard_by_a_call_after_a_turn(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


def test_the_call_after_a_plain_turn_is_explained() -> None:
    assert EXPLAINED.search(views("娘が帰らなくて焦りましたが、図書館で勉強していたと電話がありました").devoiced)


# After blind32's final score: thought gone, then found at a place (娘がいなくなったと思って焦りましたが、友達の家に
# いました); someone still not found stays 110.
FOUND_AT_A_PLACE = [("息子がいなくなったと思って慌てましたが、祖母の家にいました。", "none")]
STILL_GONE = [("息子がいなくなったと思って探しましたが、どこにもいません。", "110")]


def test_blind32_found_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(FOUND_AT_A_PLACE + STILL_GONE)


@pytest.mark.parametrize(("text", "number"), FOUND_AT_A_PLACE + STILL_GONE)
def test_blind32_thought_gone_then_found_at_a_place(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
    assert (EXPLAINED.search(views(text).devoiced) is not None) == (number == "none")


# Round 38 (blind39, helper A45): a sound explained as only play, told plainly (叫び声が聞こえますが、はしゃいでいる
# だけです; 4 phrases of 3 other writers, all none).
PLAY_ONLY_CASES = [
    ("川の方から叫び声が聞こえますが、子どもたちがはしゃいでいるだけです", "none"),
    ("外で悲鳴が聞こえたけど、孫たちが庭でふざけてるだけだ", "none"),
]


def test_play_only_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(PLAY_ONLY_CASES)


@pytest.mark.parametrize(("text", "number"), PLAY_ONLY_CASES)
def test_a_sound_that_is_only_play(text: str, number: str) -> None:
    assert EXPLAINED.search(views(text).devoiced)
    assert_decides(text, number, now=DAY)
