"""The threshold question (:mod:`safety.events_threshold`), on phrasings not in the set."""

from __future__ import annotations

import pytest

from safety.detect import find
from safety.events_threshold import THRESHOLD
from safety.normalize import views
from safety.vocabulary import compile_folded
from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

# Round 42 (kinds41, helper A64): the threshold question - when, or from what level, to call an ambulance, or whom to
# ask when unsure - asks for #7119 even with no one ill and told as a case supposed; 呼ぶ目安 alone stays a what-if.
THRESHOLD_CASES = [
    ("救急車はどのくらいの症状なら呼んでもいいんでしょうか", "#7119"),
    ("きゅうきゅうしゃって どういう ときに よんだら いいの", "#7119"),
    ("救急車ってどこから呼んでいいもんなの？大げさって思われたくない", "#7119"),
    ("救急車呼ぶタイミングってあります？今は誰も具合悪くないです", "#7119"),
    ("救急車を頼むか迷ったら、どこに相談すればよいのでしょうか", "#7119"),
    ("救急車さ、どんぐれえ悪ぐなったら頼んでいいもんだべか", "#7119"),
]
THRESHOLD_NEGATIVES = [
    ("救急車が来るまでどのくらいかかりますか", "none"),
    ("熱中症で救急車を呼ぶ目安ってあるんですか", "none"),
]


def test_threshold_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(THRESHOLD_CASES + THRESHOLD_NEGATIVES)


@pytest.mark.parametrize(("text", "number"), THRESHOLD_CASES + THRESHOLD_NEGATIVES)
def test_the_threshold_question_asks_for_7119(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)



def test_the_threshold_question_is_found_as_ask_ambulance() -> None:
    assert compile_folded(THRESHOLD).search(views("きゅうきゅうしゃは どんなときに よべば いいですか").devoiced)
    assert "ask_ambulance" in find(views("救急車って、どんぐれえの時に呼んでいいもんなんだべ")).events
