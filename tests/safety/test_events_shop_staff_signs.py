"""A shop's troubles told from behind the counter (:mod:`safety.events_shop_staff_signs`; round 58), on tellings
written for these tests, not phrases of the set: a blade drawn and pointed at someone is 110; a counterfeit note and
goods taken unpaid again and again are the police consultation line (#9110); work that fails and is not put right is
the consumer line (188). Look-alikes stay quiet."""

from __future__ import annotations

import pytest

from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

BLADE_POINTED = [
    ("レジで揉めた客がナイフを取り出して、店員に向けています", "110"),
    ("くれーむの おとこが かったーを だして てんちょうに むけてる", "110"),
    ("倉庫で男が包丁ば出して、パートさんさ突きつけでる", "110"),
    ("あのー事務所で客がカッター出して係長に向けてるんです早く", "110"),
    # not these
    ("カッターを出して段ボールを開けてください", "none"),
    ("ドラマで犯人がナイフを取り出して刑事に向けるシーンが怖かった", "none"),
]

COUNTERFEIT = [
    ("売上金を数えていたら、透かしの入っていない五千円札が一枚混ざっていました。どこに届ければいいですか", "#9110"),
    ("おつりの なかに にせさつ みたいな おさつが ありました どこに いえば いいですか", "#9110"),
    ("お札の透かしがねえのが一枚あったんだけど、偽札だべか。どこさ持ってげばいいの", "#9110"),
    # not these
    ("偽札の見分け方を教えてください", "none"),
    ("ニュースで偽札が見つかったと言っていた", "none"),
]

HABITUAL_UNPAID = [
    ("うちの八百屋で、同じ男性がいつもお金を払わずに野菜を持って帰ってしまいます。どうしたらいいでしょうか", "#9110"),
    ("まいにち おなじ こどもが おかしの おかねを はらわないで もって かえる", "#9110"),
    # not these
    ("今日は財布を忘れて、お金を払わずに帰ってしまったので、明日払いに行きます", "none"),
]

WORK_NOT_PUT_RIGHT = [
    ("業者に屋根の塗り替えを頼んだら、すぐ雨漏りがして、直してくれないんです", "188"),
    ("ふろばの こうじを してもらったのに みずもれが して きて くれません", "188"),
    ("リフォーム屋さ台所の床張り替えでもらったら傾いでで、施工は問題ねえって言われだ", "188"),
    # not these
    ("雨漏りの修理はどこに頼めばいいですか", "none"),
    ("リフォームの補助金はありますか", "none"),
]


def test_shop_staff_cases_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(BLADE_POINTED + COUNTERFEIT + HABITUAL_UNPAID + WORK_NOT_PUT_RIGHT)


@pytest.mark.parametrize(("text", "number"), BLADE_POINTED)
def test_a_blade_drawn_and_pointed_at_someone(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), COUNTERFEIT)
def test_a_counterfeit_note(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), HABITUAL_UNPAID)
def test_goods_taken_unpaid_again_and_again(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), WORK_NOT_PUT_RIGHT)
def test_work_that_fails_and_is_not_put_right(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
