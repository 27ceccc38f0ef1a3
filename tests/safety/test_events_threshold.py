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
# Round 43 (helper A65; the coordinator's label decision): 呼ぶ目安 and the line for "not bad enough to call" are the
# same question, #7119 with no one ill; a what-if about a specific event's number stays none.
THRESHOLD_MARK_CASES = [
    ("熱中症で救急車を呼ぶ目安ってあるんですか", "#7119"),
    ("救急車呼ぶ目安ってどのへん？今は誰も具合悪くないけど", "#7119"),
    ("年寄りなもので、救急車をお呼びする目安というものを前もって伺っておきとうございます", "#7119"),
    ("きゅうきゅうしゃ よぶ めやす おしえて", "#7119"),
    ("救急車呼ぶほどでもねえ時の相談の番号、紙さ書いで貼っておぎでえんだ", "#7119"),
    ("えっと 救急車 呼ぶ ほど じゃない 時 の 相談 電話 って 何番 でした っけ", "#7119"),
]
THRESHOLD_NEGATIVES = [
    ("救急車が来るまでどのくらいかかりますか", "none"),
    ("もし火事になったら何番に電話すればいいんでしたっけ", "none"),
    ("救急車を呼んだときの費用の目安を知りたいです", "none"),
]


def test_threshold_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(THRESHOLD_CASES + THRESHOLD_MARK_CASES + THRESHOLD_NEGATIVES)


@pytest.mark.parametrize(("text", "number"), THRESHOLD_CASES + THRESHOLD_MARK_CASES + THRESHOLD_NEGATIVES)
def test_the_threshold_question_asks_for_7119(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


def test_the_threshold_question_is_found_as_ask_ambulance() -> None:
    assert compile_folded(THRESHOLD).search(views("きゅうきゅうしゃは どんなときに よべば いいですか").devoiced)
    assert "ask_ambulance" in find(views("救急車って、どんぐれえの時に呼んでいいもんなんだべ")).events
