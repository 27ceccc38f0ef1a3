"""Whether one rule's event is in a message (:func:`safety.detect_hits.rule_hits`): its pattern, its guards, a
negation after it, a word before it, an animal as its subject."""

from __future__ import annotations

import re

import pytest

from safety.detect_hits import rule_hits
from safety.normalize import views
from safety.rule import rule
from tests.safety.helpers import NIGHT, assert_decides, assert_not_in_phrase_set


def test_a_pattern_that_matches_is_a_hit_and_one_that_does_not_is_a_miss() -> None:
    collapsed = rule("collapsed", "medical", r"たおれ(?:て|た)")
    assert rule_hits(collapsed, views("父が倒れています"), {}) == "hit"
    assert rule_hits(collapsed, views("父は元気です"), {}) == "miss"


def test_a_guard_or_a_negation_after_the_match_makes_it_guarded() -> None:
    collapsed = rule("collapsed", "medical", r"たおれ(?:て|た)", unless=r"き|木")
    assert rule_hits(collapsed, views("木が倒れている"), {}) == "guarded"
    negated = rule("smoke", "fire", r"けむり")
    assert rule_hits(negated, views("煙はないです"), {}) == "guarded"


def test_a_guard_searched_once_is_remembered() -> None:
    guarded = rule("collapsed", "medical", r"たおれ", unless=r"ねこ")
    seen: dict[re.Pattern[str], bool] = {}
    assert rule_hits(guarded, views("ねこが倒れた"), seen) == "guarded"
    assert guarded.unless in seen and seen[guarded.unless] is True


def test_an_animal_as_the_subject_is_no_sign_of_a_person() -> None:
    not_breathing = rule("not_breathing", "medical", r"いきしてない", has_negation=True)
    assert rule_hits(not_breathing, views("うちの猫が息してない"), {}) == "guarded"
    assert rule_hits(not_breathing, views("父が息してない"), {}) == "hit"


# Round 39 (blind40, helper A52): a sign denied and then が "but" (けいれんはしていませんが、救急車を呼んだほうが; the
# devoiced view reads ませんか, a question: 5 phrases of 4 other writers, all advice) or denied after a listing たり
# (吐いたりはしてないです) is no sign; a sign told, then a "but", and a sign asked about are; a symptom denied so
# keeps the message's advice (毒きのこか心配: #7119).
DENIED_CASES = [
    ("夜、3歳の娘が熱を出しました。けいれんはしていませんが、救急車を呼んだほうがいいでしょうか", "#8000"),
    ("子どもが頭ぶつけて泣いてるけど吐いたりはしてないです", "#8000"),
    ("むすこが あたま ぶつけて ないてるけど はいたりは してない", "#8000"),
    ("夜中に1歳の子が熱でけいれんしています。止まりませんが、救急車を呼ぶべきでしょうか", "119"),
    ("父が息はしていませんが、脈はあるみたいです", "119"),
    ("けいれんは起きていませんか", "119"),
    ("山で採ったきのこを食べたら妻が腹が痛いと言っています。吐いたりはしていませんが、毒きのこか心配です", "#7119"),
]


def test_denied_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(DENIED_CASES)


@pytest.mark.parametrize(("text", "number"), DENIED_CASES)
def test_a_sign_denied_before_a_but_or_after_a_listing_is_no_sign(text: str, number: str) -> None:
    assert_decides(text, number, now=NIGHT)


# Round 47 (wide49's dormitory smoke alarm: …スパイス炒めでだだけだったんだ、火事でねがったげど): an alarm word denied
# in the past right after it (火事じゃなかった, 火事でねがった) is no alarm; a sign after the denial still is, and a
# verb's Tohoku past negative (息してねがった, 息しでねがった: not breathing) stays an alarm.
NOUN_DENIED_CASES = [
    ("寮の火災報知器鳴ったがら飛んでったら、インドの子だぢがスパイス炒めでだだけだったんだ、"
     "火事でねがったげど、あの音止めるのどうやんだべ", "none"),
    ("火事じゃなかった", "none"),
    ("かじでねがった、よがった", "none"),
    ("火事じゃなかったけど煙がすごくて息が苦しい", "119"),
    ("ばあちゃん息しでねがった", "119"),
]


def test_noun_denied_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(NOUN_DENIED_CASES[1:])


@pytest.mark.parametrize(("text", "number"), NOUN_DENIED_CASES)
def test_an_alarm_word_denied_in_the_past_is_no_alarm(text: str, number: str) -> None:
    assert_decides(text, number, now=NIGHT)
