"""Something bought or signed for, then wanted undone (:data:`safety.events_dealing_signs.PURCHASED`, 188): the て form
before the undoing (購入して、キャンセルしたい) counts as well as the past; a purchase not made, or a move told with no
undoing, does not. Round 47, B54's typed gap met writing blind48's heard cases."""

from __future__ import annotations

import pytest

from safety.detect import find
from safety.normalize import views
from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

UNDONE_AFTER_TE_FORM = [
    ("電話で案内された布団を高額で購入して、キャンセルしたいのですが", "188"),
    ("訪問販売の人と浄水器を契約して、やっぱり解約したい", "188"),
    ("けいやくして すぐ キャンセル したい", "188"),
    ("家を購入して住所変更の手続きをしたい", "none"),
]


def test_undone_after_te_form_cases_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(UNDONE_AFTER_TE_FORM)


@pytest.mark.parametrize(("text", "number"), UNDONE_AFTER_TE_FORM)
def test_a_purchase_in_the_te_form_then_undone_is_188(text: str, number: str) -> None:
    assert ("purchase_undone" in find(views(text)).events) == (number == "188")
    assert_decides(text, number, now=DAY)


def test_a_contract_not_made_is_no_purchase() -> None:
    assert "purchase_undone" not in find(views("まだ契約してないけどキャンセル料かかる？")).events
