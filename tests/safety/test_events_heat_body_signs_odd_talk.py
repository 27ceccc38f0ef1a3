"""Round 56 (:mod:`safety.events_heat_body_signs`): a body hot to the touch with the talk itself gone odd (話が変,
しゃべり方がおかしい) is heatstroke (119), as talk that no longer gets through was; a topic that changes (話が変わる)
or a seller's odd story beside a fever is not (a hot body alone stays #7119)."""

from __future__ import annotations

import pytest

from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

ALARMS = [
    ("炎天下のバス停で待ってた友達、体がすごく熱くて話が変なんだけど", "119"),
    ("畑から戻った主人の体が燃えるように熱うございまして、話し方がおかしいのです", "119"),
    ("ばあちゃん体あっつくて しゃべり方へん", "119"),
    ("じいちゃんの からだが あつくて はなしが へん", "119"),
]
# a hot body alone is a symptom to ask about (#7119), not heatstroke
QUIET = [
    ("体が熱くて眠れないけど、話が変わるので別の相談です", "#7119"),
    ("体が熱いので冷房をつけたら、業者の話が変だった", "#7119"),
]


def test_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ALARMS + QUIET)


@pytest.mark.parametrize(("text", "number"), ALARMS)
def test_a_hot_body_with_odd_talk_is_heatstroke(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), QUIET)
def test_a_topic_changing_or_a_sellers_story_stays_advice(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
