"""Round 58 (:mod:`safety.vocabulary_topic`): a visitor (見学の男性, 見学のお客さん, 見学者) as the subject of an
event is no topic; a visit asked about stays one."""

from __future__ import annotations

import pytest

from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

CASES = [
    ("工場見学の男の子が、ベルトコンベアに指を挟まれて血が止まりません", "119"),
    ("見学者が展示室で倒れて息をしていません", "119"),
    ("資料館ですが、洪水の避難指示が出ました。見学の方が二十人いらっしゃいます。どこに避難すれば", "disaster"),
    ("工場見学の予約はどうすればいいですか", "none"),
]


def test_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(CASES)


@pytest.mark.parametrize(("text", "number"), CASES)
def test_a_visitor_is_the_subject_not_the_topic(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
