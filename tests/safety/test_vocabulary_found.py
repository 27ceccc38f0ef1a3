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


# Round 57: found, and the search or the announcement called off or thanks given, also after a turn (kana, tohoku,
# casual); still missing, found hurt, a guess or a question stays an alarm.
FOUND_CALLED_OFF = [
    "孫っこの姿見えねぐなったけど、見っかったがらいいわ",
    "むすこが まいごに なって、ほうそう おねがいしたけど、といれの まえで みつかったので とりけして ください",
    "娘がいねぐなったって言ったけど、車の中さいで見つかったっちゃ、おさわがせしました",
]
NOT_CALLED_OFF = [
    ("娘がいねぐなった、まだ見つかんねえ、早く探してけろ", "110"),
    ("むすこが まいごに なって まだ みつかりません", "110"),
    ("迷子の息子は見つかったけど、見つかったとき頭から血が出てて意識がない", "119"),
    ("娘がいなくなって、もう見つかったか、まだか分からない", "110"),
]


def test_called_off_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set([(text, "none") for text in FOUND_CALLED_OFF] + NOT_CALLED_OFF)


@pytest.mark.parametrize(("text", "number"), NOT_CALLED_OFF)
def test_not_called_off_stays_an_alarm(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize("text", FOUND_CALLED_OFF)
def test_found_and_the_search_called_off_is_over(text: str) -> None:
    assert FOUND_TOLD.search(views(text).devoiced)
    assert_decides(text, "none", now=DAY)


@pytest.mark.parametrize("text", ["娘がいなくなって、見つかった人がいたら教えて、本当に大丈夫かな",
                                  "息子がいなくなって、見つかったら連絡くださいと頼みました"])
def test_a_finding_only_hoped_for_is_not_read_as_found(text: str) -> None:
    assert not FOUND_TOLD.search(views(text).devoiced)
