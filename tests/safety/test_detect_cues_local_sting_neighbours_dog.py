"""Round 57 (:mod:`safety.detect_cues_local_sting` ``STILL_GRAVE``): the kana のいぬ (a stray dog, 野犬) is read only
at a start or after a particle; 隣の犬 / となりのいぬ / 近所の犬 read in kana hold the same letters, and a neighbour's
dog's bite swelling the next day is a question for the advice line, not 119. A stray dog, much blood or a deep wound
keep the bite grave."""

from __future__ import annotations

import pytest

from safety.detect_cues_local_sting import local_sting
from safety.normalize import views
from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

ALARMS = [
    ("やまで のいぬに かまれた あしが あかく はれてる", "119"),
    ("のいぬに うでを かまれた ずきずき いたい", "119"),
    ("隣の犬に噛まれて、腕から血がだらだら流れて止まらない", "119"),
    ("近所の犬に足を噛まれて、肉がぱっくり開いて腫れてる", "119"),
]
ASK = [
    ("となりの いぬに てを かまれた きのうから あかく はれてる", "#7119"),
    ("近所の犬にかまれたところが、次の日になって赤く腫れてズキズキしてきた", "#7119"),
    ("向かいの家の犬に指を噛まれて、夜になったら腫れて熱を持ってきた", "#7119"),
    ("隣んちの犬っこさ噛まれだとこ、赤ぐ腫れできたんだげど", "#7119"),
]


def test_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ALARMS + ASK)


@pytest.mark.parametrize(("text", "number"), ALARMS)
def test_a_stray_dog_or_a_grave_bite_stays_119(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), ASK)
def test_a_neighbours_dogs_bite_swelling_is_advice(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


def test_the_neighbours_dog_in_kana_is_no_stray_dog() -> None:
    assert local_sting(views("となりのいぬにかまれてあかくはれてる").devoiced)
    assert not local_sting(views("やまで のいぬに かまれて あかく はれてる").devoiced)
