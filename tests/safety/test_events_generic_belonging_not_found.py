"""Round 58 (:mod:`safety.events_generic`, :mod:`safety.events_police`): a belonging not found (母の眼鏡が、昼から
見当たらない; 入れ歯, 補聴器, 杖) is no person missing; a person not found is, even one wearing glasses or told with
a medicine taken."""

from __future__ import annotations

import pytest

from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

CASES = [
    ("祖父の入れ歯が朝から見当たりません", "none"),
    ("母の補聴器が見当たらない、どこに置いたんだろう", "none"),
    ("ばあちゃんの杖が、散歩から帰ってから見つからねえ", "none"),
    ("眼鏡をかけた父が、スーパーで見当たりません", "110"),
    ("薬を飲んだ母が見当たりません", "110"),
]


def test_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(CASES)


@pytest.mark.parametrize(("text", "number"), CASES)
def test_a_belonging_not_found_is_no_missing_person(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
