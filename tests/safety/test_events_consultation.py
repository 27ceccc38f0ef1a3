"""The police consultation and consumer lines and disasters (:mod:`safety.events_consultation`), on phrasings not in
the set."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from safety.events_advice import advice_rules
from safety.events_consultation import consultation_rules
from tests.safety.helpers import assert_decides, assert_not_in_phrase_set

DAY = datetime(2026, 7, 15, 14, 0, tzinfo=ZoneInfo("Asia/Tokyo"))

CASES = [
    # threatened again and again, in kana (おどしてくる)
    ("となりの おじさんが いうこと きかないと ひどいめに あわせるって おどしてくる", "#9110"),
]


def test_the_cases_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(CASES)


@pytest.mark.parametrize(("text", "number"), CASES)
def test_word_boundaries_of_the_consultation_rules(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


def test_the_consultation_rules_close_the_advice_rules() -> None:
    consultation = consultation_rules()
    assert advice_rules()[-len(consultation):] == consultation
    assert {r.group for r in consultation} == {"scam", "stalking", "consumer", "police", "disaster"}


# Round 20: a paid contract or purchase gone wrong is the consumer line (every such phrase of the set is 188: undoing
# asked about 14 of 14, refunds 4 of 4, trials 7 of 7, fees 2 of 2, unpaid bills 3 of 3, goods not recognised 27 of 27).
CONTRACTS = [
    ("英会話スクールに半年分前払いしたのに、教室が閉店して返金してもらえない", "188"),
    ("エステのローン組んだら店が倒産したんだけど、まだ払い続けるの？", "188"),
    ("ジムをやめたら違約金を五万円払えと言われた", "188"),
    ("初回無料の青汁を申し込んだら、翌月から毎月請求が来る", "188"),
    ("未納の利用料があるってメールが来た、払わないといけないの？", "188"),
    ("身に覚えのない化粧品が届いて困っています", "188"),
    ("訪問販売で浄水器のローンを組まされました。取り消せますか", "188"),
    # not: a booking cancelled, a death after a hospital bill, a mortgage worry
    ("公民館の予約を取り消せますか", "none"),
    ("入院費を払ったあと、祖父が亡くなりました。手続きを教えてください", "none"),
]


def test_round_20_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(CONTRACTS)


@pytest.mark.parametrize(("text", "number"), CONTRACTS)
def test_round_20_a_contract_gone_wrong_is_the_consumer_line(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
