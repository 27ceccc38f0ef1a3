"""Round 58 (:mod:`safety.events_paid_not_given_signs`): work paid ahead with the firm gone, a card charged twice
and a delivery short of its bill are the consumer centre (188) - while a question of how to pay and a medicine taken
twice are read as before."""

from __future__ import annotations

from datetime import datetime

import pytest

from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

CASES: list[tuple[str, str, datetime]] = [
    ("屋根の修理で半分前払いしたのに、職人さんが来なくなって会社に電話もつながらない", "188", DAY),
    ("キッチンのリフォーム、手付を入れたら業者と連絡がとれなくなりました", "188", DAY),
    ("といれの こうじで さきに はらったら こなく なりました", "188", DAY),
    ("通販で買った服の代金がカードから二回引き落とされてた", "188", DAY),
    ("ホテルの予約で二重に決済されてしまいました。返金されません", "188", DAY),
    ("プロパンの伝票は20立米なのに、メーターは半分も上がってない", "188", DAY),
    ("ガソリン代、10リットルしか入ってないのに30リットル分請求された", "188", DAY),
    ("リフォームの代金は前払いでもいいですか", "none", DAY),
    ("薬を二回飲んでしまった", "#7119", DAY),
]


def test_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set([(text, number) for text, number, _ in CASES])


@pytest.mark.parametrize(("text", "number", "now"), CASES)
def test_money_paid_for_what_was_not_given_is_188(text: str, number: str, now: datetime) -> None:
    assert_decides(text, number, now=now)
