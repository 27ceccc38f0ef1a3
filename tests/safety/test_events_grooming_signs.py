"""Round 53 (:mod:`safety.events_grooming_signs`, wide55): an adult who keeps messaging a young person to meet alone
or for photos is a matter for the police consultation line (#9110); a team's schedule and one message are not."""

from __future__ import annotations

import pytest

from safety.detect import find
from safety.normalize import views
from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

CASES = [
    ("塾の先生から娘に毎晩「今度二人で会おう」とラインが来ます", "#9110"),
    ("すいみんぐの こーちから まいにち しゃしんを おくって と めーるが きます", "#9110"),
    ("中学生の息子に、知らない男から何週間もDMで「会いたい」と送られてきているのを見つけました", "#9110"),
]
LOOK_ALIKES = [
    ("コーチから毎晩、明日の練習の時間がラインで来ます", "none"),
    ("先生から写真が届きました。卒業アルバムの申し込みはどこですか", "none"),
]


def test_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(CASES + LOOK_ALIKES)


@pytest.mark.parametrize(("text", "number"), CASES)
def test_an_adult_asking_again_and_again_to_meet_is_for_the_consultation_line(text: str, number: str) -> None:
    assert "stalking" in find(views(text)).names("stalking")
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), LOOK_ALIKES)
def test_a_schedule_or_a_single_message_is_not(text: str, number: str) -> None:
    assert "stalking" not in find(views(text)).names("stalking")
    assert_decides(text, number, now=DAY)
