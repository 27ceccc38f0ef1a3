""":mod:`safety.events_swindler_story_signs`: a call claiming a child or a parent hurt, found false on a check
(園に確かめたら元気でした) - the swindler's story, the police consultation line (#9110), not a symptom to advise on;
a hurt told by a real check, or a symptom after a swindler's call, stays advice. Round 48 (wide50).

Tellings written for this test (plain, casual, senior, kana, tohoku, indirect) and look-alikes that stay advice."""

from __future__ import annotations

import pytest

from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

CASES = [
    ("小学校の教頭と名乗る男から、息子が骨折したので手術代を払ってと電話。学校に電話したら息子は普通に授業"
     "を受けてた。詐欺ですよね", "#9110"),
    ("施設の職員を名乗る人から、母が転んで頭を打ったので費用を送ってほしいと電話がありました。施設に確認し"
     "たら母は何ともないそうです", "#9110"),
    ("ようちえんの せんせいって ひとから こどもが けがした おかね ふりこんで って でんわ。 ようちえんに き"
     "いたら げんき だった。 さぎ ですか", "#9110"),
    ("塾の先生だって電話で娘がやけどしたから病院代振り込めって。娘に連絡したら無事だった、これ通報案件？", "#9110"),
    ("保育園に確認したら、娘は転んで膝をけがしたそうです。腫れていますが病院に行くべきでしょうか", "#7119"),
    ("オレオレ詐欺の電話のあと、母が動悸がすると言っています。病院に行くべきでしょうか", "#7119"),
]


def test_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(CASES)


@pytest.mark.parametrize(("text", "number"), CASES)
def test_decides_by_day(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
