"""Round 58 (:mod:`safety.events_line_markers`): a child's wheeze told with a fever (熱出して、ぜいぜいしてる) is the
night line's question as a child's cough with laboured breathing is (#8000), while a wheeze with a grave sign
(紫の唇, ぐったり, 息ができない) stays 119; and the せき of 親戚 or 出席 is no cough (親戚、今年も来るかな read
しんせきことしも, once 咳込)."""

from __future__ import annotations

import pytest

from tests.safety.helpers import DAY, NIGHT, assert_decides, assert_not_in_phrase_set

GRAVE = [
    ("夜中に息子が熱でぜいぜいして、唇が紫色になってぐったりしてる", "119"),
    ("夜中に子どもがぜいぜいして息ができないって泣いてる", "119"),
]
NIGHT_LINE = [
    ("夜中に3歳の娘が熱を出して、ゼーゼーしています。受診したほうがいいですか", "#8000"),
    ("孫が熱っぽくて、ぜいぜい言ってる。どうしたらいいべ", "#8000"),
]
QUIET = [
    ("しんせき ことしも くるかな", "none"),
    ("法事には親戚が二十人ほど来る予定です", "none"),
]
COUGH = [
    ("おばあちゃんがせきこんでる", "#7119"),
    ("法事に出席したら咳込んでしまって", "#7119"),
]


def test_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(GRAVE + NIGHT_LINE + QUIET + COUGH)


@pytest.mark.parametrize(("text", "number"), GRAVE)
def test_a_wheeze_with_a_grave_sign_stays_119(text: str, number: str) -> None:
    assert_decides(text, number, now=NIGHT)


@pytest.mark.parametrize(("text", "number"), NIGHT_LINE)
def test_a_childs_wheeze_with_a_fever_is_the_night_line(text: str, number: str) -> None:
    assert_decides(text, number, now=NIGHT)


@pytest.mark.parametrize(("text", "number"), QUIET)
def test_relatives_are_no_cough(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), COUGH)
def test_a_cough_is_still_read(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
