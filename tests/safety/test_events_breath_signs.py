"""Round 48 (:mod:`safety.events_breath_signs`): breathing too fast (過呼吸) is the advice line - #7119 by day, #8000
for a child at night; with a sign of danger it stays an emergency; a question about it, a past episode are not."""

from __future__ import annotations

from datetime import datetime

import pytest

from safety.detect import find
from safety.normalize import views
from tests.safety.helpers import DAY, NIGHT, assert_decides, assert_not_in_phrase_set

ADULT = [
    "夫が過呼吸みたいになって手がしびれると言ってます、話はできます",
    "同僚が会議の後に過呼吸になって、指先がしびれるって言ってる",
    "ばあちゃん、かこきゅう みたいに はあはあ いって おさまらないの",
    "職場の子が急に過呼吸になっちまって、今は座って話せでるけど",
]
CHILD = [
    "小4の娘が寝る前に過呼吸みたいになって手がしびれると言ってます、話はできます",
    "むすめが かこきゅう みたいに はあはあ してる",
    "中学生の息子がテスト前に過呼吸っぽくなって、手足がビリビリするって",
]
DANGER = [("彼女が過呼吸になって倒れて返事がない", "119"), ("姉が過呼吸で手がしびれて苦しんでる", "119")]
LOOK_ALIKES = [("過呼吸の対処法を知りたいです", "none"), ("中学生のころ過呼吸になったことがあります", "none")]


def test_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set([(t, "#7119") for t in ADULT + CHILD] + LOOK_ALIKES)


@pytest.mark.parametrize("text", ADULT + CHILD)
def test_breathing_too_fast_is_the_advice_line(text: str) -> None:
    assert "hyperventilation" in find(views(text)).names("symptom")
    assert_decides(text, "#7119", now=DAY)


@pytest.mark.parametrize("text", CHILD)
def test_a_child_breathing_too_fast_at_night_is_the_childrens_line(text: str) -> None:
    assert_decides(text, "#8000", now=NIGHT)


@pytest.mark.parametrize(("text", "number"), DANGER + LOOK_ALIKES)
def test_a_sign_of_danger_stays_an_emergency_and_a_topic_is_nothing(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 49: a talk told before it (学校の話をした後に; wide49b's boy, read none - the story's 話 closed it as a topic):
# what came before is the setting, not the message's topic; a question of how to deal with it stays none.
TOLD_AFTER_A_TALK = [
    ("中2の娘、友だちとケンカした話をしたあと過呼吸みたいになって手がしびれるって。しゃべれてはいる", "#8000", NIGHT),
    ("孫がいじめの話をしてから過呼吸になってしまって、手がしびれると申しております。話はできます", "#8000", NIGHT),
    ("むすめが がっこうの はなしを したあと かこきゅう みたいに なった てが しびれる", "#8000", NIGHT),
    ("うぢの娘、部活の話ばしたあど過呼吸みでぇになって、手ぇしびれるって", "#8000", NIGHT),
    ("夫が仕事の話をした後に過呼吸っぽくなって、指先がしびれるって言ってる。会話はできます", "#7119", DAY),
    ("過呼吸の話を学校で聞いた後、対処法を知りたい", "none", DAY),
]


def test_talk_cases_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set([(text, number) for text, number, _ in TOLD_AFTER_A_TALK])


@pytest.mark.parametrize(("text", "number", "now"), TOLD_AFTER_A_TALK)
def test_a_talk_told_before_does_not_close_it(text: str, number: str, now: datetime) -> None:
    assert_decides(text, number, now=now)
