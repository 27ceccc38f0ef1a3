""":mod:`safety.vocabulary_found` (round 52, blind53b), on phrasings not in the set: a missing person told found with
no turn before it - the person spoken of and then found, or taken in and met safe - is a scare told as over. Still
missing, found hurt, or found with a sign after it is still an alarm."""

from __future__ import annotations

import pytest

from safety.normalize import views
from safety.vocabulary_found import FOUND_TOLD
from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

FOUND = [
    "はぐれた息子は、迷子センターで見つかりました。お世話になりました",
    "いなくなった父も、夕方には見つかりました。ほっとしました",
    "まいごに なった むすめは けいさつで ほごされて ぶじに あえました",
    "迷子になってた孫、無事に会えたっちゃ",
]
STILL_AN_ALARM = [
    ("迷子の娘はまだ見つかりません", "110"),
    ("いなくなった祖母は、用水路で倒れているのが見つかりました", "119"),
    ("はぐれた息子は見つかったけど、頭から血を流して泣いてる", "119"),
    ("行方不明の父は見つかりましたが、冷たくなって息をしていません", "119"),
]


def test_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set([(text, "none") for text in FOUND] + STILL_AN_ALARM)


@pytest.mark.parametrize("text", FOUND)
def test_found_told_plainly(text: str) -> None:
    assert FOUND_TOLD.search(views(text).devoiced) is not None
    assert_decides(text, "none", now=DAY)


@pytest.mark.parametrize(("text", "number"), STILL_AN_ALARM)
def test_still_missing_or_found_hurt_stays_an_alarm(text: str, number: str) -> None:
    assert FOUND_TOLD.search(views(text).devoiced) is None
    assert_decides(text, number, now=DAY)
