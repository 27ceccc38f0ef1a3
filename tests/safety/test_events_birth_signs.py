"""A birth coming now (:mod:`safety.events_birth_signs`; round 50, blind51a's senior telling of a daughter-in-law in
labour with the hospital out of reach), on tellings written for these tests in several styles, not phrases of the set:
the baby told as coming at once, or labour named with the hospital out of reach (119). A due date, a birth over, a
calf's birth and a question asked ahead stay off the emergency line."""

from __future__ import annotations

import pytest

from safety.events_birth_signs import birth_sign_rules
from safety.normalize import views
from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

CASES = [
    # 119: coming at once, or labour with the hospital out of reach
    ("妻がもう生まれるって言ってる、どうしよう", "119"),
    ("娘が今にも産まれそうで、車で病院まで間に合いません", "119"),
    ("陣痛が来てるけど病院まで間に合いそうにないです", "119"),
    ("産気づいたけど雪で道が通れず病院に間に合わねえ", "119"),
    ("よめが さんけづいて もう うまれちゃう", "119"),
    # not these: a due date, a birth over, a calf, a question asked ahead
    ("来月孫が生まれるので楽しみです", "none"),
    ("孫がもう生まれたと聞いて嬉しい", "none"),
    ("子牛がもう生まれそうだ、獣医さん呼ぶべ", "none"),
    ("もし陣痛が来て病院まで間に合わなかったらどうすればいいですか", "none"),
]


def test_own_tellings_are_not_phrases_of_the_set() -> None:
    assert_not_in_phrase_set(CASES)


@pytest.mark.parametrize(("text", "number"), CASES)
def test_decides(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


def test_coming_now_is_not_a_due_date() -> None:
    coming_now = birth_sign_rules()[0]
    assert coming_now.pattern.search(views("もう生まれそうです").devoiced) is not None
    assert coming_now.pattern.search(views("もうすぐ生まれる予定です").devoiced) is None


# Round 53 (wide55): 今は水分, read いまはすいぶん, is no 破水 (はすい): drinking again is no labour.
@pytest.mark.parametrize(("text", "number"), [
    ("破水しました、陣痛が5分おきです", "119"),
    ("一度吐いたけど今は水分がとれています。明日病院に行けばいいですか", "#7119"),
])
def test_round53_drinking_again_is_no_labour(text: str, number: str) -> None:
    assert_not_in_phrase_set([(text, number)])
    assert_decides(text, number, now=DAY)
