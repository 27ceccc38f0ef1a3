"""Round 48 (:mod:`safety.events_body`): thanks for an ambulance called before (救急車を呼んでくださったご近所の方に
お礼を, 呼んでくれた人に) is no request for one; an ambulance asked for now, politely or in dialect, still is (119)."""

from __future__ import annotations

import pytest

from safety.detect import find
from safety.normalize import views
from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

# blind49b's telling, then other tellings of the same kind
FROM_THE_SET = [("先日、救急車を呼んでくださったご近所の方にお礼をしたいのですが、何をお持ちすればよいものでしょうか。",
                 "none")]
THANKS = [
    ("去年、救急車を呼んでくれた通りがかりの人にお礼が言いたい", "none"),
    ("きゅうきゅうしゃを よんでくださった かたに おれいの てがみを かきたい", "none"),
    ("先月、救急車呼んでくれて助かったって、隣のばあちゃんから野菜もらった", "none"),
]
# an ambulance asked for now
ASKED = [
    ("夫が倒れました、救急車を呼んでください", "119"),
    ("ばあちゃん息してねえ、救急車呼んでくれ", "119"),
    ("母が動かないので救急車を呼んでくださいませんか", "119"),
]


def test_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(THANKS + ASKED)


@pytest.mark.parametrize(("text", "number"), FROM_THE_SET + THANKS)
def test_thanks_for_an_ambulance_called_before_is_no_request(text: str, number: str) -> None:
    assert "ambulance_request" not in find(views(text)).names("medical")
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), ASKED)
def test_an_ambulance_asked_for_now_still_is(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
