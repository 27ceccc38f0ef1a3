"""Round 47 (:mod:`safety.events_sting_reaction`): an insect's sting, then the whole body answering (vomiting, the
lips or eyelids swelling, hives over the body, dizziness) is anaphylaxis, 119; a swelling where it stung stays #7119."""

from __future__ import annotations

import pytest

from safety.detect import find
from safety.normalize import views
from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

# blind48b's telling, then other tellings of the same kind
FROM_THE_SET = [("彼氏がムカデに刺されたあと、急に吐いて唇まで腫れてきた", "119")]
CASES = [
    ("ハチに刺された夫が、顔がぱんぱんに腫れて吐いています", "119"),
    ("畑でアブに刺されでがら、まぶたまで腫れてきて、気持ぢ悪いって吐いでる", "119"),
    ("あのう、すみません、うちの主人が先ほど薪を運んでおりましたら、足長蜂に腕を刺されまして、しばらくしてから"
     "体中に赤いぶつぶつが出てまいりまして、なんだかふらふらすると申しております", "119"),
    ("むかでに さされて からだじゅう じんましん でてる", "119"),
]
# the swelling where it stung, a question about what to do
STAYS_LOCAL = [
    ("ムカデに刺されたところが腫れて痛い", "#7119"),
    ("蜂に刺された指が赤く腫れてきた、冷やせばいいですか", "#7119"),
    ("ハチに刺されたらどうしたらいいか、吐き気が出たら救急車ですか", "none"),
]


def test_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(CASES + STAYS_LOCAL)


@pytest.mark.parametrize(("text", "number"), FROM_THE_SET + CASES)
def test_a_sting_then_the_whole_body_is_119(text: str, number: str) -> None:
    assert "anaphylaxis" in find(views(text)).names("medical")
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), STAYS_LOCAL)
def test_a_swelling_where_it_stung_is_not(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# round 52 (blind53a/b): an injection, then the face or the throat swelling, is anaphylaxis (119); an arm sore where
# it went in is a question. A sting with the breath told fine (BREATH_TOLD_FINE, safety.events_mishap_signs) is the
# sting's own matter; the breath short after it is still 119.
ROUND52_INJECTION_AND_BREATH = [
    ("ワクチン打ってから、のどがつまる感じで顔まで腫れてきた", "119"),
    ("ちゅうしゃ うったら かおが ぱんぱんに はれて きた", "119"),
    ("注射を打ったあと、腕が少し腫れて痛いです", "#7119"),
    ("畑でハチにさされた、手がはれて痛いけど息は苦しくない", "#7119"),
    ("畑でハチにさされて、息が苦しくなってきた", "119"),
]


def test_round52_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ROUND52_INJECTION_AND_BREATH)


@pytest.mark.parametrize(("text", "number"), ROUND52_INJECTION_AND_BREATH)
def test_round52_injection_and_breath(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
