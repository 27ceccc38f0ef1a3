"""After blind28's final score (:mod:`safety.vocabulary`: ``FICTION``, ``CONSULTING``, ``SCAM_NOW``), on phrasings
not in the set: a cry imitated in play is fiction (but 孫っこ is no ごっこ); the worry that sent one to look, and it was
nothing, is no consultation; a collector's arrival counted in minutes is a swindle happening now (110)."""

from __future__ import annotations

import pytest

from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

BLIND28_CASES = [
    # FICTION: a cry imitated in play; a child not back from play stays 110 (孫っこ is no ごっこ)
    ("息子がヒーローの真似して「助けてー」って叫んで遊んでる", "none"),
    ("孫っこが川さ遊びに行ったまま帰ってこねえ、もう暗くなってきた", "110"),
    # CONSULTING: the worry that sent one to look, and it was nothing
    ("娘が返事しないので心配して見に行ったら、イヤホンで音楽を聴いていました", "none"),
    # SCAM_NOW: the collector's arrival counted in minutes
    ("息子の会社の人がお金を受け取りに来るって電話があった、あと5分で来るって", "110"),
]


def test_blind28_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(BLIND28_CASES)


@pytest.mark.parametrize(("text", "number"), BLIND28_CASES)
def test_blind28_play_a_look_and_a_collector_due(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
