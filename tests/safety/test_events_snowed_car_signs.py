"""Round 54 (:mod:`safety.events_snowed_car_signs`), on tellings of my own: a car's exhaust blocked by snow with the
engine running and someone inside is carbon monoxide (119, ``gas``); a precaution, a pipe cleared first or a car
only stuck in snow is no alarm."""

from __future__ import annotations

import pytest

from safety.detect import find
from safety.normalize import views
from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

EXHAUST_BLOCKED = [
    ("車さ雪積もってマフラーふさがってんのに、父ちゃんエンジンかけで中で寝でる", "119"),
    ("雪で車のマフラーが埋まってる、エンジンかけっぱなしで子どもが中で寝てる", "119"),
    ("大雪で車が埋まって動けない、中に3人いる、エンジンかけたまま、マフラーも雪で埋まってる", "119"),
    ("ふぶきで くるまの まふらーが ゆきに うもれて えんじん かけた まま つまが のって います", "119"),
]
NOT_CO = [
    ("マフラーが雪でふさがらないように除雪しましょう", "none"),
    ("雪が積もってたからマフラーの雪をどけてからエンジンをかけた", "none"),
    ("車が雪にはまって動けなくなった", "none"),
    ("雪で車が埋まって動けない、JAF呼んだほうがいい？", "none"),
]


def test_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(EXHAUST_BLOCKED + NOT_CO)


@pytest.mark.parametrize(("text", "number"), EXHAUST_BLOCKED)
def test_an_exhaust_blocked_by_snow_with_people_inside_is_119(text: str, number: str) -> None:
    assert "gas" in find(views(text)).names("fire")
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), NOT_CO)
def test_a_precaution_a_cleared_pipe_or_a_stuck_car_is_quiet(text: str, number: str) -> None:
    assert "gas" not in find(views(text)).events
    assert_decides(text, number, now=DAY)
