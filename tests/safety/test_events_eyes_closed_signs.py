"""Someone lying with the eyes closed after a fall or a blow (:mod:`safety.events_eyes_closed_signs`; round 49,
wide51's uncle fallen through the attic boards), on tellings written for these tests in several styles, not phrases
of the set: a fall from a stepladder, a roof or the stairs and the eyes told closed now (119). Eyes closed to rest, one
eye kept shut over grit, a child asleep with a sleeper's breath stay off the emergency line."""

from __future__ import annotations

import pytest

from safety.events_eyes_closed_signs import eyes_closed_sign_rules
from safety.normalize import views
from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

CASES = [
    # 119: a fall or a blow, the eyes closed now
    ("脚立から落ちた父が、床に倒れたまま目を閉じています。", "119"),
    ("ははが かいだんから ころげおちて めを とじた まま です", "119"),
    ("階段から落ちた夫、目つぶったままなんだけど。どうしよう", "119"),
    ("物置の棚が倒れてきて下敷きになった祖母を引き出しましたが、目を閉じたきりです", "119"),
    # not these: resting, one eye shut over grit, asleep
    ("転んで膝を打ったので、今はソファで目を閉じて休んでいます。", "#7119"),
    ("息子が片目を閉じたまま痛がっています。転んだときに砂が入ったみたいです", "#7119"),
    ("自転車で転んだ孫が、帰ってきてから布団ですやすや目を閉じて寝ています", "none"),
]


def test_own_tellings_are_not_phrases_of_the_set() -> None:
    assert_not_in_phrase_set(CASES)


@pytest.mark.parametrize(("text", "number"), CASES)
def test_decides(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


def test_the_rule_reads_eyes_closed_after_a_fall_not_one_eye() -> None:
    (eyes_closed,) = eyes_closed_sign_rules()
    fallen = views("天井から落ちてきた叔父が仰向けのまま目を閉じています").joined
    one_eye = views("転んでから片目を閉じたままです").joined
    assert eyes_closed.pattern.search(fallen) is not None
    assert eyes_closed.needs is not None and eyes_closed.needs.search(fallen) is not None
    assert eyes_closed.pattern.search(one_eye) is None
