""":mod:`safety.detect_cues_will_not_move`: "will not move" said as a person's will (払うまで動かないと, 家から動かない
って, 絶対動かない) drops the immobility events; a body that does not move, told in the same settings, still alarms.
Round 51 (wide53b).

Tellings written for this test (plain, casual, senior, tohoku, kana) and look-alikes."""

from __future__ import annotations

import pytest

from safety.detect_cues_will_not_move import WILL_NOT_MOVE
from safety.normalize import views
from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

CASES = [
    # real alarms told in the same settings first: an evacuation, a visit, a quoted report
    ("避難所で父が倒れて、呼んでも動かない", "119"),
    ("避難しようとしたら母が急に倒れて、揺すっても全然動かないです", "119"),
    ("足が動かないと主人が申しております、ろれつも回りません", "119"),
    ("おじいちゃんがこたつから動かないと思ったら、息してない", "119"),
    # a will not to move: a man at the door until he is paid (his demand stays 110) ...
    ("知らない男が玄関で金を出せと騒いで、金を払うまで動かないって居座ってる", "110"),
    # ... a resident who will not leave home in an evacuation (the disaster page)
    ("避難指示が出たのに、うちのじいちゃんが家から動かねえって言うんだ、避難所どこ", "disaster"),
    ("ひなんしじ でたけど おばあちゃんが ぜったい うごかないって いってる どうしたら", "disaster"),
    ("大雨で避難勧告が出ておりますが、母がてこでも動かないと申しまして。避難所はどこでしょう", "disaster"),
]


def test_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(CASES)


@pytest.mark.parametrize(("text", "number"), CASES)
def test_decides(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize("text", ["払うまで動かないと言って居座る", "この家から動かねえって", "ぜったいうごかない",
                                  "意地でも動かないつもりらしい"])
def test_reads_a_will(text: str) -> None:
    assert WILL_NOT_MOVE.search(views(text).devoiced)


@pytest.mark.parametrize("text", ["朝から動かないと連絡があった", "足が動かないと申します", "昨日から動かない",
                                  "救急車が来るまで動かないでください"])
def test_reads_no_will_in_a_body_that_does_not_move(text: str) -> None:
    assert not WILL_NOT_MOVE.search(views(text).devoiced)
