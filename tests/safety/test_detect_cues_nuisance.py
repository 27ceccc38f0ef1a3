"""A recurring nuisance told as a consultation (:mod:`safety.detect_cues_nuisance`; round 49: the n-gram read such
consultations #7119 or #9110, wide50b): a dog barking every night, an engine idling, a compost's smell, asked where to
take it, is no alarm and no advice line; a person not seen, fallen or in a quarrel keeps the classifiers open."""

from __future__ import annotations

import pytest

from safety.detect import find
from safety.normalize import views
from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

NUISANCES = [
    ("向かいの家の車が毎晩遅くまでエンジンかけっぱなしで、うるさくて眠れません。どこに相談すればよいでしょうか",
     "none"),
    ("うらの はたけの たいひの におい まいにち くさい どこに いえば いい", "none"),
    ("毎朝、隣のトラックのアイドリングがうるさくて目が覚めてしまうんです。苦情はどちらに申し上げればよろしいでしょう",
     "none"),
    ("隣の犬、毎晩吠えてうるさくて寝れねえ。どごさ相談すればいいべ", "none"),
    ("近所のニワトリが毎朝4時から鳴き声すごい 誰に言えばいいの", "none"),
    # a person in trouble told with it: a rule's event counts
    ("隣のワンちゃんが夜中からずっと吠えてて、朝見に行ったら、窓越しに奥さんが台所の床に倒れてる", "119"),
]

# The nuisance told with a person not seen or a quarrel: the closure does not fire (the classifiers stay open).
NOT_CLOSED = [
    "隣の犬が毎晩吠えてて、飼い主のおばあさんを最近見かけない。どこに相談すれば",
    "毎晩隣から怒鳴り声と物が壊れる音がして、子どもの泣き声もする。どこに相談すればいい",
]


def test_nuisance_cases_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(NUISANCES + [(text, "") for text in NOT_CLOSED])


@pytest.mark.parametrize(("text", "number"), NUISANCES)
def test_a_recurring_nuisance_asked_about_is_no_alarm(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize("text", NOT_CLOSED)
def test_a_person_in_trouble_keeps_the_classifiers_open(text: str) -> None:
    assert "nuisance_consulted" not in find(views(text)).closures


def test_the_nuisance_closure_is_named() -> None:
    assert "nuisance_consulted" in find(views("近所の犬が毎晩吠えてうるさい。どこに相談すれば")).closures
