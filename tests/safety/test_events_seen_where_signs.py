"""Round 58 (:mod:`safety.events_seen_where_signs`): a hurt or an ailment told with a question of where to be seen
is a question for the advice line (#7119; a child's at night #8000), on tellings written for these tests in several
styles, not phrases of the set. The same question with no hurt told, a clinic asked for a jab, a check-up or its
reputation, and an animal's trouble stay quiet."""

from __future__ import annotations

import pytest

from safety.detect import find
from safety.normalize import views
from tests.safety.helpers import DAY, NIGHT, assert_decides, assert_not_in_phrase_set

SEEN_WHERE = [
    ("灯油のポリタンク運んでて腰痛めた。土曜でもどこで診てもらえる？", "#7119", DAY),
    ("草刈りしてたら目に草の切れ端が入って、ずっとごろごろします。どこの病院に行けばいいでしょうか", "#7119", DAY),
    ("牛舎の掃除してから咳が出て止まんねえ、どこで診でもらえっぺ", "#7119", DAY),
    ("はたけで じょそうざいが めに はねて いたい どこで みてもらえますか", "#7119", DAY),
    ("父が転んで手首が腫れてきました。何科にかかればいいですか", "#7119", DAY),
    ("むすこが みみが いたいって ないてる どこで みてもらえる", "#8000", NIGHT),
]
NOT_SEEN_FOR_A_HURT = [
    ("腰の治療で評判のいい整骨院はどこですか", "none", DAY),
    ("大人の予防接種はどこで受けられますか", "none", DAY),
    ("うちの猫が足を痛めたみたいで、どこで診てもらえますか", "none", DAY),
    ("目の病院はどこの病院に行けばいいか、近所の人に聞いて決めました", "none", DAY),
]


def test_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set([(text, number) for text, number, _ in SEEN_WHERE + NOT_SEEN_FOR_A_HURT])


@pytest.mark.parametrize(("text", "number", "moment"), SEEN_WHERE)
def test_a_hurt_with_where_to_be_seen_is_advice(text: str, number: str, moment: object) -> None:
    assert "symptom" in find(views(text)).events
    assert_decides(text, number, now=moment)  # type: ignore[arg-type]


@pytest.mark.parametrize(("text", "number", "moment"), NOT_SEEN_FOR_A_HURT)
def test_no_hurt_a_jab_or_an_animal_stays_quiet(text: str, number: str, moment: object) -> None:
    assert_decides(text, number, now=moment)  # type: ignore[arg-type]
