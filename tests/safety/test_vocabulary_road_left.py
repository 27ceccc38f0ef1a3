"""Someone told unhurt does not settle a road still blocked (:mod:`safety.vocabulary_road_left`; round 50, wide51b's
pigs loose on the bypass from an overturned truck, closed as settled by 運転手は無事です), on tellings written for these
tests in several styles, not phrases of the set: 110. A vehicle cleared away with the driver unhurt stays settled."""

from __future__ import annotations

import pytest

from safety.normalize import views
from safety.vocabulary_road_left import settled_beside_the_road
from safety.vocabulary_settled import SETTLED
from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

CASES = [
    ("国道で牛を運んでたトラックが横倒しになって、牛が何頭も車線に出ています。運転手さんは無事です。", "110"),
    ("バイパスで荷台の鶏のケージが崩れて、鶏が道路にいっぱい散らばってる。運転手は無事だって", "110"),
    ("県道さ材木積んだトラック横倒しになって、道ふさいでんだ。運転手は無事だげっと車来っから危ねぇ", "110"),
    ("ばいぱすで とらっくが よこだおしで ぶたが どうろに でてる。うんてんしゅは ぶじ", "110"),
    # cleared away, the driver unhurt: settled
    ("トラックが横転しましたが、すぐにレッカーで片付けられ、運転手も無事でした。", "none"),
]


def test_own_tellings_are_not_phrases_of_the_set() -> None:
    assert_not_in_phrase_set(CASES)


@pytest.mark.parametrize(("text", "number"), CASES)
def test_decides(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


def test_the_unhurt_form_is_taken_out_only_beside_a_road_still_blocked() -> None:
    assert not settled_beside_the_road(views("豚が道路に出てます。運転手は無事です").devoiced, SETTLED)
    assert settled_beside_the_road(views("トラックが横転しましたが運転手も無事でした").devoiced, SETTLED)
