"""Cash on its way to a swindler's receiver, seen by someone serving the carrier
(:mod:`safety.events_cash_courier_signs`; round 49, wide51's taxi driver), on tellings written for these tests in
several styles, not phrases of the set: a taxi driver or a counter clerk with the carrier before them now, a large
sum to be handed over, someone steering it by phone (110). A plan of one's own, a question about carrying cash, the
day's fares, a drama and a counter question stay quiet; the same scene told afterwards is for the consultation
line."""

from __future__ import annotations

import pytest

from safety.events_cash_courier_signs import cash_courier_sign_rules
from safety.normalize import views
from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

CASES = [
    # 110: the carrier before the witness now, a large sum to hand over, someone steering it
    ("タクシー運転手だげっと、今乗せだばあちゃん、三百万の札束持って、孫の会社の人さ駅で渡すんだと。"
     "ずっと電話で話してんのっしゃ", "110"),
    ("たくしーの うんてんしゅです。のせた おじいさんが げんきんを 200まんえん もって えきで べんごしに わたすと いって"
     " でんわを きりません", "110"),
    ("信用金庫の窓口です。お客様が電話しながら500万円を引き出して、外で待つ息子の同僚に渡すと言っています", "110"),
    ("いまタクシーに乗せてるおばあちゃん、現金400万を駅で弁護士に渡すって。携帯ずっと耳に当ててて様子が変", "110"),
    # not these: one's own plan, a question about carrying cash, the day's fares, a drama, a counter question
    ("タクシーで現金を運んで取引先に渡すのは危ないですか？大金を持ち歩く時の注意を知りたい", "none"),
    ("タクシーの運転手をしています。お客様から受け取った運賃の現金を営業所に届けるのを忘れました", "none"),
    ("ドラマでタクシー運転手が受け子を見抜いて大金を渡すのを止める場面があった", "none"),
    ("窓口で100万円を振り込みたいのですが、電話で予約は必要ですか", "none"),
    # told afterwards: the consultation line
    ("先週、タクシーで現金を弁護士に渡しに行くおばあさんを乗せた。後で詐欺だったと聞いた", "#9110"),
]


def test_own_tellings_are_not_phrases_of_the_set() -> None:
    assert_not_in_phrase_set(CASES)


@pytest.mark.parametrize(("text", "number"), CASES)
def test_decides(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


def test_the_rule_reads_the_courier_not_the_fare() -> None:
    courier, _at_the_door = cash_courier_sign_rules()
    told = views("タクシーに乗せたお客さんが大金を駅で人に渡すと言って電話を切らない").joined
    fare = views("タクシーに乗せたお客さんから運賃の現金を受け取って営業所に届けた").joined
    assert courier.pattern.search(told) is not None
    assert courier.needs is not None and courier.needs.search(told) is not None
    assert courier.pattern.search(fare) is not None  # cash brought in a taxi ...
    assert courier.needs.search(fare) is None  # ... with no one steering it


# round 51 (wide53b): cash in an envelope handed over at a door with the receiver still there: 110.
ROUND51_HANDED_OVER_RECEIVER_STILL_HERE = [
    ('玄関でじいちゃんが知らない男に現金の封筒を渡してる、男はまだ玄関にいる', '110'),
    ('配達先で、おばあさんがお金の入った封筒をスーツの人に渡しています。相手はまだ家の前です', '110'),
    ('町内会費を封筒に入れて集金の人に渡しました', 'none'),
]


def test_round51_handed_over_receiver_still_here_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ROUND51_HANDED_OVER_RECEIVER_STILL_HERE)


@pytest.mark.parametrize(("text", "number"), ROUND51_HANDED_OVER_RECEIVER_STILL_HERE)
def test_round51_handed_over_receiver_still_here(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
