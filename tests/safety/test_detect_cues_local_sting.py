"""A sting or a small bite told with its own place answering (:mod:`safety.detect_cues_local_sting`; round 51), on
tellings written for these tests, not phrases of the set: a bee's, a centipede's, a stingray's or a spider's sting and
a dog's or a hamster's nip, swollen, red or throbbing where it was made, are the advice line (#7119; #8000 for a
child at night), not 119. Real alarms told in the same setting stay 119: the breath, the lips or the whole body
answering, much blood, a knife, a snake's or a bear's bite."""

from __future__ import annotations

from datetime import datetime

import pytest

from safety.detect_cues_local_sting import local_sting, mosquito_bite_only
from safety.normalize import views
from tests.safety.helpers import DAY, NIGHT, assert_decides, assert_not_in_phrase_set

ALARMS_IN_THE_SETTING: list[tuple[str, str, datetime]] = [
    ("蜂に刺された父が、手が腫れてきたと思ったら息がぜえぜえしてきた", "119", DAY),
    ("ムカデに刺された娘の唇が腫れて、吐いてます", "119", NIGHT),
    ("犬にかまれて腕から血がだらだら出て止まらない", "119", DAY),
    ("知らない男にナイフで刺されて腕が痛い", "119", DAY),
    ("田んぼでまむしにかまれて、足が腫れてきた", "119", DAY),
    ("はちに さされて からだじゅう ぶつぶつ いきが くるしい", "119", DAY),
]

LOCAL_STINGS: list[tuple[str, str, datetime]] = [
    ("海でエイに足を刺されました。すごく痛くて腫れていますが、歩けます", "#7119", DAY),
    ("物置でクモに指をかまれて、じんじん痛い。息は普通", "#7119", DAY),
    ("夜中に布団でムカデに刺された、足の甲が赤く腫れてずきずきする。息苦しさはない", "#7119", NIGHT),
    ("夕方ハムスターに指かまれた5歳の息子、夜になって指が腫れてきた", "#8000", NIGHT),
    ("近所の犬にふくらはぎ噛まれたっちゃ、血はにじむくらいだげど腫れできた", "#7119", DAY),
    ("さっき はちに うでを さされた いたい はれてる", "#7119", DAY),
]


def test_local_sting_cases_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set([(text, number) for text, number, _ in ALARMS_IN_THE_SETTING + LOCAL_STINGS])


@pytest.mark.parametrize(("text", "number", "now"), ALARMS_IN_THE_SETTING)
def test_a_sting_with_a_grave_sign_stays_119(text: str, number: str, now: datetime) -> None:
    assert_decides(text, number, now=now)


@pytest.mark.parametrize(("text", "number", "now"), LOCAL_STINGS)
def test_a_sting_answered_only_where_it_was_made_is_advice(text: str, number: str, now: datetime) -> None:
    assert_decides(text, number, now=now)


def test_the_cue_reads_the_sting_and_not_a_weapon_or_a_snake() -> None:
    assert local_sting(views("エイに刺されて足が腫れてる").devoiced)
    assert not local_sting(views("包丁を持った男に刺されて腕が痛い").devoiced)
    assert not local_sting(views("へびにかまれて足が腫れてる").devoiced)
    assert not local_sting(views("蚊がいっぱいいる").devoiced)


# Round 52 (helper A103): a mosquito bite that only itches is nothing to ask a nurse about (蚊に刺された跡がかゆい read
# #7119, 蚊に刺されて…平気 read 119: the anaphylaxis rule took かに as a crab and the いき of 平気 as the breath). Real
# alarms and questions in the same setting first: a mosquito bite swelling with the breath going, a child's eyelid
# swollen at night, something unnamed stinging, a crab eaten and the breath going.
MOSQUITO_ALARMS = [
    ("蚊に刺されたところがパンパンに腫れて、息が苦しいって言ってる", "119", DAY),
    ("よる こどもが かに さされて まぶたが ぷっくり はれてる", "#8000", NIGHT),
    ("かわで あしを なにかに さされた はれて あつい", "#7119", DAY),
    ("かにを たべたら くちが かゆくて いきが くるしい", "119", DAY),
]
MOSQUITO_ITCH = [
    ("蚊に刺されてちょっとかゆいくらい、平気です。虫よけスプレーってどこで売ってますか", "none", DAY),
    ("かに いっぱい さされた かゆい ねむれない", "none", NIGHT),
    ("刺されたのは蚊だと思うんだけど、跡がかゆいだけ。かゆみ止め何がいい?", "none", DAY),
    ("蚊っこさ刺さっちぇ、かいくてわがんね", "none", DAY),
]


def test_mosquito_cases_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set([(text, number) for text, number, _ in MOSQUITO_ALARMS + MOSQUITO_ITCH])


@pytest.mark.parametrize(("text", "number", "now"), MOSQUITO_ALARMS + MOSQUITO_ITCH)
def test_a_mosquito_bite_that_only_itches_is_nothing_to_ask(text: str, number: str, now: datetime) -> None:
    assert_decides(text, number, now=now)


def test_the_mosquito_cue_is_not_something_unnamed() -> None:
    assert mosquito_bite_only(views("かに さされて かゆい").devoiced)
    assert not mosquito_bite_only(views("なにかに さされて かゆい").devoiced)
    assert not mosquito_bite_only(views("だれかに さされた").devoiced)
    assert not mosquito_bite_only(views("蚊に刺されて熱が出た").devoiced)
