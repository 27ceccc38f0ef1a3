"""blind21 (:mod:`safety.detect_cues`, :mod:`safety.detect`), on phrasings not in the set: an animal as the subject of
a medical sign (a cat fallen, a calf not breathing, a cow stuck in a ditch) is no patient; a collapse long since,
with nothing alarming told after it, stays past even when "now" follows (今は). The same words said of a person, or
a new collapse after the long-since one, still alarm."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.safety.helpers import assert_decides, assert_not_in_phrase_set

DAY = datetime(2026, 7, 15, 14, 0, tzinfo=ZoneInfo("Asia/Tokyo"))

ANIMAL_CASES = [
    ("うちの猫がベランダから落ちたけど、けろっとしてる", "none"),
    ("いぬが いけに おちて おぼれそうになったけど じぶんで あがってきた", "none"),
    ("朝、豚舎を見たら子豚が一頭ぐったりして息をしていなかった", "none"),
    ("べこが田んぼの用水路さ落ちて上がれねえ、どごさ電話すればいいべ", "none"),
    ("ハムスターがケージの中で動かない、息をしていないみたい", "none"),
    # a person's emergency told with the same words still alarms
    ("猫を見に行ったら父がベランダから落ちて動かない", "119"),
    ("犬が池に落ちて、助けに入った弟が溺れてる", "119"),
    ("牛舎で牛の世話をしていた祖父がぐったりして息をしていない", "119"),
    ("犬の散歩中に母が倒れて息をしていない", "119"),
    # the writer hurt, an animal named first (the animal-subject guards stop at 私/自分)
    ("猫がいきなり飛びついてきて、自分が階段から落ちて頭から血が出てる", "119"),
]

LONG_SINCE_CASES = [
    ("父が脳出血で倒れてから二年たちまして、今は家で訓練を続けております。介護の相談窓口は", "none"),
    ("母が心筋梗塞で倒れてから半年になって、今は週に一度の通院です", "none"),
    # long since, then a new collapse now
    ("祖母が脳梗塞で倒れてから三年になるけど、今また倒れて息をしていない", "119"),
]


def test_the_cases_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ANIMAL_CASES + LONG_SINCE_CASES)


@pytest.mark.parametrize(("text", "number"), ANIMAL_CASES)
def test_an_animal_is_no_patient(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), LONG_SINCE_CASES)
def test_a_collapse_long_since_stays_past(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
