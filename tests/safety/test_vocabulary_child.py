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


# Round 52 (helper A103; wide49b's kana night bite of a five-year-old and wide48's Tohoku bite at the nursery,
# both read #7119): a kana age told alone (ごさい, よんさい) and a nursery (保育所, ほいくしょ) name a child, so a
# child's symptom at night gets the children's line (#8000); ございます, the Tohoku どごさいる / そごさ (where,
# there), ご在宅 and the last figure of 35歳 name none.
KANA_AGE_AND_NURSERY = [
    ("よなか ねつが でた ごさい ずっと ないてる", "#8000"),
    ("よるに ころんで ひざを すりむいた よんさい ちが にじんで いたがる どうしたら", "#8000"),
    ("保育所で転んだって連絡あった腕が、夜になってぷっくり腫れてきたんだけど", "#8000"),
    ("ほいくしょで たべた あと よるに なって なんかいも げりしてる", "#8000"),
    ("夜分に失礼いたします。母が熱を出しておりまして、少し咳もございます", "#7119"),
    ("ばっちゃんどごさいる? 熱出してっから夜間の病院さ連れでぐ", "#7119"),
]


def test_kana_age_and_nursery_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(KANA_AGE_AND_NURSERY)


@pytest.mark.parametrize(("text", "number"), KANA_AGE_AND_NURSERY)
def test_a_kana_age_and_a_nursery_name_a_child(text: str, number: str) -> None:
    assert_decides(text, number, now=NIGHT)


def test_honorifics_and_tohoku_places_are_no_age() -> None:
    for text in ("ございます", "ご在宅です", "どごさいるべ", "そごさいだ", "ご催促の電話", "35歳の父"):
        assert not CHILD_CONTEXT.search(views(text).devoiced), text
    for text in ("ごさいの むすこ", "ごさい です", "ほいくしょの せんせい"):
        assert CHILD_CONTEXT.search(views(text).devoiced), text
