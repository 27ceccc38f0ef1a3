""":mod:`safety.vocabulary`'s child words (``CHILD``, ``CHILD_CONTEXT``), on phrasings not in the set: Tohoku and
colloquial words for a little one (ちっちゃこいの, チビ, 童, ちっちぇ子, ぼんず) name a child, so a child's symptom at
night gets the children's line (#8000); ちびちび, 小さい瘤, 小さい声 and ポン酢 name none (split from
test_vocabulary.py in round 45)."""

from __future__ import annotations

import pytest

from safety.detect import find
from safety.normalize import views
from safety.vocabulary import CHILD_CONTEXT
from tests.safety.helpers import DAY, NIGHT, assert_decides, assert_not_in_phrase_set

# After blind19: the Tohoku ちっちゃこいの (the little one) is a child, so a child's symptom gets the children's line.
LITTLE_ONE_CASES = [
    ("夜の10時だげんと、ちっちゃこいのが熱出して咳こんでる", "#8000"),
    ("ちっちゃこいのが夜中に耳いでえって泣ぎやまねえ", "#8000"),
    ("夜の10時だげんと、ばあちゃんが熱出して咳こんでる", "#7119"),
]


def test_little_one_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(LITTLE_ONE_CASES)


@pytest.mark.parametrize(("text", "number"), LITTLE_ONE_CASES)
def test_little_one_decides(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 20: チビ and the Tohoku 童 are children (the night line, not #7119); ちびちび is no child.
ROUND_20_CHILD = [
    ("うちのチビが夕方から何回も吐いてて、熱は37度5分", "#8000"),
    ("童がよ、夜になってがら咳こんでよ、寝らんねえみてえだ", "#8000"),
]


def test_round_20_child_cases_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ROUND_20_CHILD)


@pytest.mark.parametrize(("text", "number"), ROUND_20_CHILD)
def test_round_20_child_words(text: str, number: str) -> None:
    assert_decides(text, number, now=NIGHT)


def test_round_20_sipping_is_no_child() -> None:
    assert not find(views("お酒をちびちび飲みながら夜を過ごしています")).child


def test_a_small_child_in_tohoku_words_is_a_child() -> None:
    for text in ("ちっちぇ子が熱出した", "ちいせえ子がいるんだ", "小さな子が泣いてる"):
        assert CHILD_CONTEXT.search(views(text).devoiced), text
    assert not CHILD_CONTEXT.search(views("ちいさなことで悩む").devoiced)


def test_a_small_child_at_night_goes_to_the_night_line() -> None:
    cases = [("ちっちぇ子が夜中に吐いて、ぐずってる", "#8000")]
    assert_not_in_phrase_set(cases)
    for text, number in cases:
        assert_decides(text, number, now=NIGHT)


# Round 44 (blind45b: 父が…おでこに小さい瘤できました…救急車 呼んだ方がいいですか): 小さい瘤 and 小さい声 name no
# child (ちいさいこぶ, ちいさいこえ): an adult's bump is #7119 at night, not #8000.
ROUND44_SMALL_NOT_CHILD = [
    ("夫が夜中に階段で頭をぶつけて小さいこぶができました。普通に話せますが病院に行くべきですか", "#7119"),
    ("夜に母がタンスの角でおでこを打ちまして、小さいこぶが出来ております。救急車を呼ぶべきでしょうか", "#7119"),
    ("夜中に3歳の子が転んでおでこに小さいこぶ、救急車呼んだ方がいい？", "#8000"),
]


def test_round44_small_not_child_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ROUND44_SMALL_NOT_CHILD)


@pytest.mark.parametrize(("text", "number"), ROUND44_SMALL_NOT_CHILD)
def test_round44_a_small_bump_names_no_child(text: str, number: str) -> None:
    assert_decides(text, number, now=NIGHT)
    assert not CHILD_CONTEXT.search(views("母が小さい声で話す").devoiced)


# Round 45 (blind46a: 夜中だげど、ぼんずが熱出して寒気するって震えでる, #8000): the Tohoku ぼんず, a little boy, is a
# child word (the night line for children); ポン酢 (ぽんず) is none.
ROUND45_BONZU = [
    ("うぢのぼんず、夕方がら腹いでぇって泣いでんだ、夜だけんと病院さ連れでったほうがいいべか", "#8000"),
    ("ぼんずの熱が39度さ上がったっちゃ、どうすっぺ", "#8000"),
    ("ぼんず ねつ でた よる どうしたら", "#8000"),
]


def test_round45_bonzu_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ROUND45_BONZU)


@pytest.mark.parametrize(("text", "number"), ROUND45_BONZU)
def test_round45_bonzu_is_a_child_at_night(text: str, number: str) -> None:
    assert_decides(text, number, now=NIGHT)


def test_round45_ponzu_is_no_child() -> None:
    assert CHILD_CONTEXT.search(views("ぼんずが熱出した").devoiced) is not None
    assert CHILD_CONTEXT.search(views("ポン酢をこぼしてしまった").devoiced) is None
    assert CHILD_CONTEXT.search(views("ぽんずと醤油、どっちが健康にいいですか").devoiced) is None
