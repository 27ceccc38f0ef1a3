"""Round 55 (:mod:`safety.vocabulary_explained` ``TURNED_OUT`` and ``ONLY_ASLEEP``): a scare told and then found
harmless in the night - a car that turned out to be a relative's (…停まっていましたが、…の車だとわかりました), or
someone who does not answer only sound asleep, told now (返事をしませんが、寝ているだけです). Real alarms told in the
same setting come first: no answer with no explanation, a guess, a question, a sign after the turn, a former partner."""

from __future__ import annotations

import pytest

from tests.safety.helpers import DAY, NIGHT, assert_decides, assert_not_in_phrase_set

ALARMS = [
    ("祖父が座椅子で呼んでも返事をしません。ごうごうと大きないびきをかいています", "119"),
    ("おばあちゃんが呼んでも返事せんけど、寝とるだけなんかな", "119"),
    ("主人が呼んでも返事をしませんが、寝ているだけならいいのですが", "119"),
    ("兄が呼んでも返事しないけど、寝てるだけです。いや、息してないかも", "119"),
    ("父がこたつで呼んでも起ぎねえ、寝でるだけだと思ったっけ息してねえ", "119"),
]
QUIET = [
    ("遅番帰りの夫がこたつで呼んでも返事をしませんが、寝ているだけです。", "none"),
    ("じいちゃん呼んでも起ぎねえけど、いびきかいで寝でるだけだっちゃ", "none"),
    ("おとうさん よんでも へんじ しない けど ねてる だけ でした", "none"),
    ("夜中に玄関前に知らない車が止まってたけど、配達の車だとわかった", "none"),
    ("深夜、駐車場に見知らぬ車がずっといましたが、向かいの家のお客さんの車だと分かりました。", "none"),
]
STILL_A_CONSULTATION = [
    ("家の前に知らない車が何日も停まっていましたが、元夫の車だとわかりました。怖いです", "#9110"),
]


def test_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ALARMS + QUIET + STILL_A_CONSULTATION)


@pytest.mark.parametrize(("text", "number"), ALARMS)
def test_no_answer_not_explained_stays_an_alarm(text: str, number: str) -> None:
    assert_decides(text, number, now=NIGHT)


@pytest.mark.parametrize(("text", "number"), QUIET)
def test_a_night_scare_explained_is_quiet(text: str, number: str) -> None:
    assert_decides(text, number, now=NIGHT)


@pytest.mark.parametrize(("text", "number"), STILL_A_CONSULTATION)
def test_a_former_partner_found_there_stays_a_consultation(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
