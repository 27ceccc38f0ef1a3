"""Round 40 (:mod:`safety.events_grave_signs`, from helper A58's measurement): a grave sign told beside a mild telling
keeps the alarm. The first case was answered #8000 before (the mild telling closed the head injury, the vomiting told
after it unread); the others already kept 119 and must go on doing so. A mild telling with no grave sign stays the
advice line."""

from __future__ import annotations

from datetime import datetime

import pytest

from safety.detect import find
from safety.events_grave_signs import grave_sign_rules
from safety.normalize import views
from tests.safety.helpers import DAY, NIGHT, assert_decides, assert_not_in_phrase_set

GRAVE_BESIDE_MILD = [
    "子供が転んで頭を打った。すぐ泣き止んで普通に遊んでたけど、さっきから何回も吐いてる",
    "夜中に1歳の子がベッドから落ちた。泣き止んだけど、その後何度も吐いてる",
    "お風呂で1歳の子がおぼれかけた。今は泣き止んだけど、咳が止まらなくて息が速い",
    "孫が犬に顔をかまれて、泣き止んだけど血が止まらない",
    "犬にかまれて、今は機嫌いいけど血がどくどく出てる",
    "子供が階段から落ちた。すぐ泣き止んで笑ってたのに、今けいれんしてる",
    "3歳の子が階段から落ちて頭を打ちました。泣き止みましたが、なんだか眠そうでぼーっとしています",
]
MILD_ONLY = [
    ("子供が転んで頭を打った。すぐ泣き止んで普通に遊んでる", "#7119", DAY),
    ("夜、2歳の子がソファから落ちて頭をぶつけた。すぐ泣いて、その後は普通に遊んでる", "#8000", NIGHT),
]


@pytest.mark.parametrize("text", GRAVE_BESIDE_MILD)
def test_a_grave_sign_beside_a_mild_telling_keeps_the_alarm(text: str) -> None:
    assert_decides(text, "119", now=NIGHT)


@pytest.mark.parametrize(("text", "number", "now"), MILD_ONLY)
def test_a_mild_telling_alone_stays_advice(text: str, number: str, now: datetime) -> None:
    assert_decides(text, number, now=now)


def test_the_cases_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set([(text, "119") for text in GRAVE_BESIDE_MILD] + [(t, n) for t, n, _ in MILD_ONLY])


def marker(text: str) -> bool:
    return "grave_remaining" in find(views(text)).events


@pytest.mark.parametrize("text", ["何度も吐いてる", "吐き続けています", "息が速い", "咳が止まらない", "血が止まらない",
                                  "血がどくどく出てる"])
def test_the_grave_signs_are_read(text: str) -> None:
    assert marker(text)


@pytest.mark.parametrize("text", ["一度吐いた", "吐いてはいない", "息は普通", "咳は止まった", "血は止まった",
                                  "血はにじむ程度"])
def test_mild_or_stopped_signs_are_not_grave(text: str) -> None:
    assert not marker(text)


def test_the_module_has_one_marker_rule() -> None:
    assert [one.name for one in grave_sign_rules()] == ["grave_remaining"]


# Round 49: a cut that bled a lot and now only oozes (最初は血がたくさん出ましたが、今はにじむ程度; wide50b, read 119)
# is a wound to ask about; bleeding that goes on stays 119.
EASED = [
    ("包丁で指切って血がいっぱい出たけど、今はにじんでるくらい。病院行くべき？", "#7119"),
    ("ゆびを きって ちが たくさん でた いまは にじむ だけ", "#7119"),
    ("転んで膝を切りまして、最初は血がだらだら出ておりましたが、今はにじむ程度でございます。縫ったほうがよろしいでしょうか",
     "#7119"),
    ("指切って血ぃいっぺぇ出だげっと、今は止まりかけでる。縫うべか", "#7119"),
    ("包丁で指を切って血がたくさん出てる、止まらない", "119"),
    ("頭を切って血がどくどく出てる、タオルで押さえてもにじんでくる", "119"),
]


def test_eased_cases_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(EASED)


@pytest.mark.parametrize(("text", "number"), EASED)
def test_bleeding_eased_to_an_ooze_is_a_question(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
