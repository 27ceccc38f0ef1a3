"""Round 55 (the second ``bleeding_much`` rule of :mod:`safety.events_life`): a nosebleed told as flowing (鼻血出てる)
is not heavy bleeding - in a beating it leaves the police matter the line it leads with (110), alone it is a symptom
to ask about. Heavy bleeding from a cut stays 119."""

from __future__ import annotations

import pytest

from safety.detect import find
from safety.normalize import views
from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

CASES = [
    ("駅前で男が若い人を殴り続けてる!相手は鼻血出てるのにやめない", "110"),
    ("居酒屋の前で酔っ払い同士が殴り合ってて、片方鼻血出てる", "110"),
    ("子どもがぶつけて鼻血出てる、どうすればいい?", "#7119"),
    ("草刈り機で足を切って、血が出てる、すごい量", "119"),
]


def test_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(CASES)


@pytest.mark.parametrize(("text", "number"), CASES)
def test_a_nosebleed_is_not_heavy_bleeding(text: str, number: str) -> None:
    if "鼻血" in text:
        assert "bleeding_much" not in find(views(text)).events
    assert_decides(text, number, now=DAY)
