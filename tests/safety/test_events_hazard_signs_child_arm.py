"""Round 55 (:mod:`safety.events_hazard_signs` ``YOUNG_CHILD_LIMB``): a small child told by its age with one arm
left hanging after a fall (転んでから腕をだらんと) is a hurt arm to ask about (#8000 at night), not a stroke; an
adult's arm hanging with speech trouble, a child's arm hanging and not answering, or after a seizure stay 119."""

from __future__ import annotations

import pytest

from tests.safety.helpers import NIGHT, assert_decides, assert_not_in_phrase_set

ALARMS = [
    ("夫(45歳)が急に右手がだらんとして、しゃべりにくそう", "119"),
    ("82歳の父の右腕がだらんとして、口がもつれてる", "119"),
    ("5歳の息子が急に右手がだらんとして、呼んでも反応しません", "119"),
    ("2歳の子がけいれんのあと、手がだらんとして目が合わない", "119"),
]
ASK = [
    ("夜9時、4歳の娘が公園で滑り台から落ちてから、右腕をだらんと下げたまま泣いてる", "#8000"),
    ("３さいの むすこ が ころんでから ひだりうで だらん として うごかさない よる です", "#8000"),
]


def test_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ALARMS + ASK)


@pytest.mark.parametrize(("text", "number"), ALARMS)
def test_a_stroke_or_a_child_not_answering_stays_119(text: str, number: str) -> None:
    assert_decides(text, number, now=NIGHT)


@pytest.mark.parametrize(("text", "number"), ASK)
def test_a_small_childs_arm_hanging_after_a_fall_is_advice(text: str, number: str) -> None:
    assert_decides(text, number, now=NIGHT)
