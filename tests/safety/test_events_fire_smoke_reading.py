"""Round 48 (:mod:`safety.events_fire`): the smoke rule's けむ before すご reads only smoke told as great (煙すごい);
だけ before 息子 (冬の間だけ息子の家に, read だけむすこ) is no smoke; smoke told great stays a fire (119)."""

from __future__ import annotations

import pytest

from safety.detect import find
from safety.normalize import views
from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

# blind49b's telling, then other tellings of the same kind
FROM_THE_SET = [("冬の間だけ息子の家に身を寄せたいのですが、住民票は移さなくても差し支えございませんか。", "none")]
NOT_SMOKE = [
    ("今日だけ息子に車で送ってもらいます", "none"),
    ("週末だけ息子夫婦が泊まりに来ます", "none"),
]
SMOKE = [
    ("台所から煙すごい、前が見えない", "119"),
    ("隣の家から煙がすごく出てる", "119"),
]


def test_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(NOT_SMOKE + SMOKE)


@pytest.mark.parametrize(("text", "number"), FROM_THE_SET + NOT_SMOKE)
def test_dake_before_musuko_is_no_smoke(text: str, number: str) -> None:
    assert "smoke" not in find(views(text)).names("fire")
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), SMOKE)
def test_smoke_told_great_is_a_fire(text: str, number: str) -> None:
    assert "smoke" in find(views(text)).names("fire")
    assert_decides(text, number, now=DAY)
