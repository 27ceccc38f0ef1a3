"""Money a business keeps or asks for unfairly (:mod:`safety.events_money_kept_signs`; round 54), on tellings written
for these tests, not phrases of the set: a deposit or an advance not refunded, a fee added after the service and a
bill for what nobody applied for are the consumer line (188); money lent to a friend, a fee asked about beforehand
and a refund told as coming are not."""

from __future__ import annotations

import pytest

from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

DEPOSIT_KEPT = [
    ("退去したのに、最初に払った保証金を業者が返してくれません", "188"),
    ("じむを やめたのに まえばらいの おかねを かえして くれない", "188"),
    ("結婚式場をキャンセルしたら、予約金は一切返金できませんと言われた", "188"),
    ("塾さ払った入会金、やめでも返してもらえねえって、どうすっぺ", "188"),
    # not these
    ("友達に貸したお金を返してくれません", "none"),
    ("保証金は来月返金されますと連絡がありました", "none"),
]

ADDED_AFTER = [
    ("引っ越し業者から、あとから階段料金が追加されて請求がきました", "188"),
    ("びょういんの そうげいを たのんだら あとで てすうりょうを とられた", "188"),
    ("修理さ来てもらったっけ、後から出張料が付いて三万だと", "188"),
    # not these
    ("粗大ごみの手数料はいくらですか", "none"),
]

UNASKED_BILL = [
    ("申し込んでない健康食品の代金を払えという電話が来ました", "188"),
    ("たのんで ない ざっしの せいきゅうしょが まいつき とどく", "188"),
    ("契約してねえのに、水道の点検代の振込用紙が届いだ", "188"),
    # not these
    ("ネットで申し込んだ講座の支払い方法を教えてください", "none"),
]


def test_money_kept_cases_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(DEPOSIT_KEPT + ADDED_AFTER + UNASKED_BILL)


@pytest.mark.parametrize(("text", "number"), DEPOSIT_KEPT)
def test_a_deposit_kept_by_a_business(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), ADDED_AFTER)
def test_a_fee_added_afterwards(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), UNASKED_BILL)
def test_a_bill_for_what_nobody_applied_for(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
