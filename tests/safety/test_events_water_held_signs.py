"""Round 50 (:mod:`safety.events_water_held_signs`): a person held fast while the water rises to the chest or the car's
windows is trapped (119); a car's wheel in a channel with its driver out, or water at the windows with nobody held, is
not this rule's event."""

from __future__ import annotations

import pytest

from safety.detect import find
from safety.normalize import views
from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

# wide52's tellings, then other tellings of the same kinds written for this round
FROM_THE_SET = [
    ("ガード下の冠水したとこで車止まってる！中に人いる、水もう窓まで来てる、ドア開かないっぽい", "119"),
    ("大雨で増水した道路脇の水路で、小学生の男の子が暗渠の入口に足を取られて抜けなくなっています。水は胸の高さです。"
     "救急車とレスキューをお願いします。", "119"),
    ("潮干狩り中に母が干潟の泥に両足を取られて抜けなくなりました。潮が満ちてきて水が腰の高さに来ています。"
     "急いで来てください。", "119"),
]
CASES = [
    ("大雨で線路下の道路が冠水して、軽トラが止まってしまった。水がもう窓のところまで来てて、中の父がドアを開けられないって"
     "電話してきた。", "119"),
    ("アンダーパスで車が水没しかけてる！運転席のおじいさん、出られないみたい、水が首のあたりまで来てる", "119"),
    ("えきのしたの みちで くるまが みずに つかって まどまで みず なかの ひと でられない", "119"),
    ("用水路の取水口に娘の足が挟まって抜けない、水が首まで来てる、早く来て", "119"),
    ("田んぼの水路さ、じいちゃんの足はまって抜けねえ、水が腰まで来てんだ、早ぐ", "119"),
]
LOOK_ALIKES = [
    # the car's wheel in a channel, the driver out and well: a road matter (110 in the set), not a rescue
    ("農道で軽トラの前輪が水路に落ちちゃった。運転してた父は外に出てて元気、車は斜めのまま", "trapped"),
    # water at the windows told of a flooded road, nobody held
    ("アンダーパスが冠水して水が車の窓の高さまであります。通行止めになっていますか", "trapped"),
]


def test_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(CASES + LOOK_ALIKES)


@pytest.mark.parametrize(("text", "number"), FROM_THE_SET + CASES)
def test_someone_held_as_the_water_rises_is_trapped(text: str, number: str) -> None:
    assert "trapped" in find(views(text)).names("medical")
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "event"), LOOK_ALIKES)
def test_nobody_held_is_not_trapped(text: str, event: str) -> None:
    assert event not in find(views(text)).names("medical")
