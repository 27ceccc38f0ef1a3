"""After blind29's final score (:mod:`safety.vocabulary_settled`), on phrasings not in the set: someone called out to
and found harmless (``LOOKED``), a faint told over in the casual past with a question of where to get something
(``OVER_STATE``, ``OVER_NOT_AFTER``), the one followed safe at home now (``NOT_YET``); a person who does not answer
and a follower still at the door stay alarms."""

from __future__ import annotations

import pytest

from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

CASES = [
    # called out to, and it was someone harmless
    ("公園のベンチで動かない人に声をかけたら、昼寝中の近所のおじさんでした。", "none"),
    ("声をかけたら返事がなくて、息もしていないみたいです。", "119"),
    # told over (治ってた), a question of where to get something after it (学校でもらえる is no contrast)
    ("弟が部活で足つったけど、すぐ治ってた。スポーツドリンクって学校でもらえる？", "none"),
    # the one followed safe at home now: the consultation line; still at the door: 110
    ("同じ車が毎日息子の通学路に停まっていて、息子が通ると動き出すそうです。今日は無事に家にいます。", "#9110"),
    ("同じ車が毎日息子の通学路に停まっていて、今も家の前にいます。", "110"),
]


def test_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(CASES)


@pytest.mark.parametrize(("text", "number"), CASES)
def test_called_out_told_over_and_safe_at_home(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
