"""Something not food only tasted (:mod:`safety.detect_cues_mouth_only`; round 49, wide51's quicklime desiccant from
a gift box), on tellings written for these tests in several styles, not phrases of the set: a desiccant or an
insect repellent bitten or licked, spat out at once or breathing told normal, only the mouth or tongue stinging
(#7119). Bleach with breathing hard, farm chemicals with a clouded mind, a desiccant with the person not answering
keep 119."""

from __future__ import annotations

import pytest

from safety.detect_cues_mouth_only import mouth_only
from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

CASES = [
    # #7119: only tasted, the mouth stinging
    ("母が乾燥剤を飴と間違えて口に入れ、すぐに吐き出しました。舌がひりひりするそうです。", "#7119"),
    ("じいちゃん、海苔の缶の乾燥剤ばかじって、ぺって吐き出したけど、口の中ひりひりするってよ。息は普通だ", "#7119"),
    ("はは が かんそうざい を なめて くちのなか が いたい と いって います。いき は ふつう です", "#7119"),
    ("夫が防虫剤をラムネと間違えてかじってしまい、吐き出しましたが口の中がしみるそうです。", "#7119"),
    # 119: what hurts before it shows, or another sign with it
    ("祖母が漂白剤を間違えて飲んで吐き出したが、口の中がヒリヒリして息が苦しそうです", "119"),
    ("父が農薬を口に入れてすぐ吐き出しました。口の中が痛いと言ったあと、意識がもうろうとしています", "119"),
    ("母が乾燥剤を食べてしまい、口の中が痛いと言って、呼んでも反応がありません", "119"),
]


def test_own_tellings_are_not_phrases_of_the_set() -> None:
    assert_not_in_phrase_set(CASES)


@pytest.mark.parametrize(("text", "number"), CASES)
def test_decides(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


def test_a_stinging_mouth_alone_is_not_only_tasted() -> None:
    assert mouth_only("乾燥剤をかじって吐き出した。口の中がしみる")
    assert mouth_only("口の中が痛いけど息は普通です")
    assert not mouth_only("乾燥剤を食べてしまい、口の中が痛いと言っています")  # neither spat out nor breathing told
    assert not mouth_only("すぐ吐き出したけど、ぐったりしています")  # no stinging mouth told
