"""Round 57 (:mod:`safety.events_line_markers` ``bleeding_stopped``): the bleeding told stopped in the polite form
(血は止まりましたが, 出血はもう止まりまして) is the same marker as 血は止まった - a bite or a cut with it and a question
is advice; still bleeding told politely (止まりません) and a graver sign beside it keep 119."""

from __future__ import annotations

import pytest

from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

ALARMS = [
    ("近所の犬に足をかまれまして、血が止まりません", "119"),
    ("祖父が牛に蹴られました。血は止まりましたが、足が全然動かせません", "119"),
    ("母が犬に噛まれました。出血は止まりましたが、呼んでも返事がありません", "119"),
    ("いぬに かまれて ちが とまりません", "119"),
]
ASK = [
    ("散歩中に知らない家の犬に指をかまれました。出血は止まりましたが、受診した方がよいでしょうか", "#7119"),
    ("飼い犬に腕を噛まれまして、血はもう止まりましたが、病院へ行くべきでしょうか", "#7119"),
    ("草刈り鎌で指を切りました。血は止まりましたが、縫ったほうがいいでしょうか", "#7119"),
]


def test_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ALARMS + ASK)


@pytest.mark.parametrize(("text", "number"), ALARMS)
def test_bleeding_still_told_or_a_graver_sign_stays_119(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), ASK)
def test_bleeding_stopped_told_politely_with_a_question_is_advice(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
