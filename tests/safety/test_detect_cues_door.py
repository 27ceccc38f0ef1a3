"""Round 41 (helper A61, held out): the intruder told through the caller's fear or a stranger's silence. The writer
frozen by fear at a spot told with から (怖くて電話の前から動けない, blind36a) and someone unknown handling a door named
first (玄関の戸を誰かががたがた…お名前を聞いても答えない, blind41b) are ``safety.detect_cues_door.AT_THE_DOOR``: the
one who does not move or answer is not a person without signs of life (119) - the danger is the one at the door (110).
A person of the household who does not answer or move, found at the door or named between, stays 119."""

from __future__ import annotations

import pytest

from safety.detect import find
from safety.detect_cues_door import AT_THE_DOOR
from safety.normalize import views
from tests.safety.helpers import DAY, NIGHT, assert_decides, assert_not_in_phrase_set

CASES = [
    # the caller frozen by fear, the stranger who will not say who he is: 110
    ("玄関で誰かがドアを蹴ってる。怖くて電話のそばから動けない", "110"),
    ("勝手口を誰かがこじ開けようとしてる、誰ですかって聞いても答えない", "110"),
    ("玄関のドアを知らない男が叩いてる、名前を聞いても返事しない", "110"),
    ("裏口で物音がして誰かが入ってこようとしてる、怖くてこの部屋の前から動けない", "110"),
    # hard negatives: a person of the household who does not answer or cannot move stays 119
    ("父が倒れて、名前を聞いても答えないんです", "119"),
    ("怖くて見に行ったら、母がベッドの横から動けない", "119"),
    ("玄関の戸を開けたら父が倒れていて返事がない", "119"),
    ("玄関で祖母が倒れてて、声をかけても返事がない", "119"),
]


def test_the_cases_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(CASES)


@pytest.mark.parametrize(("text", "number"), CASES)
def test_fear_or_silence_at_the_door(text: str, number: str) -> None:
    assert_decides(text, number, now=NIGHT)


@pytest.mark.parametrize("text", ["怖くて電話の前から動けない", "玄関の戸を誰かががたがた開けようとしている",
                                  "勝手口を知らない男がいじっている"])
def test_at_the_door_reads_the_fear_and_the_door(text: str) -> None:
    assert AT_THE_DOOR.search(views(text).devoiced)


@pytest.mark.parametrize("text", ["怖くて見に行ったら、母がベッドの横から動けない", "三日前から動けない",
                                  "玄関の戸を開けたら父が倒れていた"])
def test_at_the_door_leaves_a_person_named_between(text: str) -> None:
    assert not AT_THE_DOOR.search(views(text).devoiced)


def test_the_intruder_is_no_person_without_signs_of_life() -> None:
    text = "年寄りの一人暮らしです。勝手口の戸を誰かが開けようとしていて、お名前を伺っても答えません"
    assert_not_in_phrase_set([(text, "110")])
    assert "vital_signs_absent" not in find(views(text)).events
    assert_decides(text, "110", now=NIGHT)


# Round 42 (kinds41, helper A64): knocking or a loud voice at the door every night, nobody there now, is a matter to
# consult about (#9110), as shouting there was in round 41.
DOOR_HABIT_CASES = [
    ("ここ何日か、夜になると誰かが玄関のドアをどんどん叩いてくる。今日はまだ来てない", "#9110"),
    ("毎晩、知らない男が玄関の前で大声を出していきます。今はいません。どこに相談すれば", "#9110"),
    ("まいばん だれかが ドアを たたいてくる。いまは いない。こわい", "#9110"),
]


def test_door_habit_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(DOOR_HABIT_CASES)


@pytest.mark.parametrize(("text", "number"), DOOR_HABIT_CASES)
def test_a_door_habit_not_now_is_a_consultation(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


def test_knocking_now_stays_110() -> None:
    assert_decides("今、知らない男が玄関のドアをどんどん叩いてくる。怖い", "110", now=DAY)


# Round 42 (kinds41, helper A64): frozen by fear in the Tohoku potential (おっかなくて動がれね) is the writer, no one
# without signs of life.
@pytest.mark.parametrize("text", ["今、裏口ば誰がこじあげようとしてる。おっかなくて動がれねえ、早ぐ来てけろ",
                                  "知らね男が窓叩いでる。こわくて動がれね"])
def test_frozen_by_fear_in_tohoku_speech_is_no_vital_sign(text: str) -> None:
    assert_not_in_phrase_set([(text, "110")])
    assert_decides(text, "110", now=DAY)


# blind28 (``FROZEN_BY_FEAR``): frozen by fear is no missing sign of life, the prowler stays 110; a person who cannot
# move for another reason stays 119.
BLIND28_CASES = [
    ("夜中にベランダの外に人影が見えて、物音もします。怖くて動けません", "110"),
    ("母が急に倒れて、呼んでも動かない", "119"),
]


def test_blind28_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(BLIND28_CASES)


@pytest.mark.parametrize(("text", "number"), BLIND28_CASES)
def test_blind28_frozen_by_fear_is_no_missing_sign_of_life(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
