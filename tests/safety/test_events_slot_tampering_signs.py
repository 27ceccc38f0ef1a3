"""A stranger at work now on a card slot or a mailbox (:mod:`safety.events_slot_tampering_signs`; round 49, wide51's
skimmer fitted to an ATM and letters fished out of mailboxes with a wire), on tellings written for these tests in
several styles, not phrases of the set: a man fitting, sticking or tinkering at a cash machine's card slot, or pulling
letters out of mailboxes with a wire or a rod, now (110). The news about the trick, a postman collecting, the bank's
own staff at it, one's own mailbox opened with a wire and a theft found afterwards stay off the emergency line."""

from __future__ import annotations

import pytest

from safety.events_slot_tampering_signs import slot_tampering_sign_rules
from safety.normalize import views
from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

CASES = [
    # 110: a stranger at work on a card slot or a mailbox now
    ("いま銀行のATMで、知らない男の人がカードの入れ口に何かテープで貼り付けています。まだそこにいます", "110"),
    ("ATMに変なおっさんいて、カード入れる口になんか取り付けてんだけど。いまも横でスマホいじってる", "110"),
    ("いま えーてぃーえむの かーどいれぐちに おとこが なにか しかけて います", "110"),
    ("今、うちのアパートの郵便受けから見知らぬ男が郵便物を次々引き出してカバンに詰めてます", "110"),
    ("郵便受けさ男がへばりついで、細え棒差し込んで手紙引っ張り出してんのっしゃ。今もいる", "110"),
    # not these: the news about the trick, the bank's staff, one's own mailbox, a theft found afterwards
    ("ATMにスキミング装置が取り付けられていたとニュースで見ました。手口を知りたいです", "none"),
    ("ATMの点検で係員の男の人が機械をいじっています。いつ使えますか", "none"),
    ("自分のポストの鍵をなくして、針金で開けようとしています。業者を呼ぶべき？", "none"),
    ("昨日、郵便受けから郵便物を抜かれたみたいです。どうしたらいいですか", "none"),
]


def test_own_tellings_are_not_phrases_of_the_set() -> None:
    assert_not_in_phrase_set(CASES)


@pytest.mark.parametrize(("text", "number"), CASES)
def test_decides(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


def test_the_rule_reads_a_stranger_at_work_not_the_postman() -> None:
    (tampering,) = slot_tampering_sign_rules()
    thief = views("いま集合ポストから男が針金で郵便物を抜いています").joined
    postman = views("いま郵便局の配達の男の人がポストから郵便物を取り出しています").joined
    assert tampering.pattern.search(thief) is not None
    assert tampering.needs is not None and tampering.needs.search(thief) is not None
    assert tampering.unless is not None and tampering.unless.search(thief) is None
    assert tampering.pattern.search(postman) is not None  # a man taking letters out of a post box ...
    assert tampering.unless.search(postman) is not None  # ... is the postman at his round
