"""After blind18 (:mod:`safety.rule`'s shared fragments), on phrasings not in the set: an answer that does not come
said politely (お返事がありません / ございません), a person who does not so much as twitch (ぴくりともしない), and a
habit word that is only the contrast (いつもの昼寝とは様子が違う) are emergencies; a real habit stays quiet."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.safety.helpers import assert_decides, assert_not_in_phrase_set

DAY = datetime(2026, 7, 15, 14, 0, tzinfo=ZoneInfo("Asia/Tokyo"))

CASES = [
    # no answer, said politely
    ("廊下で祖父がしゃがみこんでおりまして、お呼びしてもお返事がございません", "119"),
    ("母がソファでぐったりして、肩をたたいても返事がありません", "119"),
    # not so much as a twitch
    ("兄が階段の下でぴくりともしないんです", "119"),
    ("じいちゃんが畑で横になったままピクリともしねえ", "119"),
    # the habit word as the contrast
    ("父が昼から寝たまま、揺すっても起きない。いつもの昼寝とは様子が違う", "119"),
    ("祖母がいつもの居眠りとは違って、呼んでも目を開けません", "119"),
    # a real habit or a message stays quiet
    ("うちの父はいつも昼寝をすると夕方まで起きないんです", "none"),
    ("息子にメールしたけど返事がありません", "none"),
]


def test_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(CASES)


@pytest.mark.parametrize(("text", "number"), CASES)
def test_decides(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
