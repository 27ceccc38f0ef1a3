"""A paid contract or purchase gone wrong, the consumer line (188; :mod:`safety.events_consultation`), on
phrasings not in the set: undoing, refunds, trials, fees, a penalty for leaving, goods not recognised, made to buy
(Tohoku 買わさる); a booking cancelled or a hospital bill is not (split from test_events_consultation.py in
round 47)."""

from __future__ import annotations

import pytest

from safety.detect import find
from safety.normalize import views
from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

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


@pytest.mark.parametrize(("text", "number"), [
    ("ジムを途中で解約したら違約金を五万円と言われた、払うしかないの？", "188"),
    ("スマホの解約金っていくらかかりますか", "188"),
])
def test_blind25_a_penalty_for_leaving_a_contract_is_the_consumer_line(text: str, number: str) -> None:
    assert_not_in_phrase_set([(text, number)])
    assert_decides(text, number, now=DAY)


# After blind30 (helper A30): Tohoku 買わさる (made to buy) is a consumer matter.
MADE_TO_BUY = [("浄水器売りさ来て、高え浄水器買わさっちゃ、どうすっぺ", "188")]


def test_made_to_buy_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(MADE_TO_BUY)


@pytest.mark.parametrize(("text", "number"), MADE_TO_BUY)
def test_made_to_buy_in_tohoku_is_188(text: str, number: str) -> None:
    assert find(views(text)).events.get("consumer") == "consumer"
    assert_decides(text, number, now=DAY)
