""":mod:`safety.detect_cues_bump_ache`: a minor bump told as over, an ache that came later and a doctor asked about is
the advice line (#7119), while a bump now, a driver who fled, or vomiting after it keeps its alarm (round 57)."""

from __future__ import annotations

import pytest

from safety.assess import assess
from safety.detect_cues_bump_ache import ACHE_AFTER_A_BUMP
from safety.normalize import views
from tests.safety.helpers import DAY, assert_not_in_phrase_set

# plain, casual, senior, tohoku, kana, indirect
ACHE_AFTER_A_BUMP_TELLINGS = [
    "おととい駐車場でバックしてきた車に軽く当てられて、今日になって腰が痛いです。病院に行ったほうがいいですか",
    "昨日車同士で軽くぶつかってさ、今朝から背中がずきずきする。受診したほうがいいのかな",
    "夫が一昨日、軽い追突事故に遭いまして、翌日から首が痛いと申します。どちらで診ていただけますか",
    "きんな軽トラさ後ろがらぶつけらっちゃ、今朝がら首いでぐて回んねえ、何科さ行げばいいべ",
    "きのう くるまに うしろから ぶつけられて きょう くびが いたいです びょういん いったほうが いいですか",
    "先週追突されてから母の首がだんだん痛くなってきたようで、整形外科で見てもらうべきか迷っています",
]
STILL_FOR_THE_POLICE = [
    "今、後ろから追突されました。首が痛いです",
    "たった今追突されて首が痛いです、病院に行ったほうがいいですか",
    "後ろからぶつけられて首がだんだん痛くなってきた、相手の車は逃げていった、病院に行くべき？",
]
STILL_AN_ALARM = [
    "昨日追突されて、今朝から頭が痛くて何度も吐いてます。病院行くべき？",
    "車で追突されて、頭を打って何度も吐いています",
    "昨日ぶつけられてから、今日は頭が痛くて意識がもうろうとしてる。病院に行くべき？",
]
FLED = "昨日ぶつけられて今朝から首が痛いけど、相手は当て逃げ。病院行くべき？"
ACHE_ALONE = "昨日から腰が痛くて、今日になってずきずきします。何科に行けばいいですか"


def test_the_tellings_are_not_in_the_phrase_set() -> None:
    texts = [*ACHE_AFTER_A_BUMP_TELLINGS, *STILL_FOR_THE_POLICE, *STILL_AN_ALARM, FLED, ACHE_ALONE]
    assert_not_in_phrase_set((text, "") for text in texts)


@pytest.mark.parametrize("text", ACHE_AFTER_A_BUMP_TELLINGS)
def test_an_ache_after_a_past_bump_asked_about_is_advice(text: str) -> None:
    assert ACHE_AFTER_A_BUMP.search(views(text).devoiced)
    decision = assess(text, now=DAY, channel="chat")
    assert decision.number == "#7119"


@pytest.mark.parametrize("text", STILL_FOR_THE_POLICE)
def test_a_bump_now_or_a_driver_who_fled_stays_for_the_police(text: str) -> None:
    assert not ACHE_AFTER_A_BUMP.search(views(text).devoiced)
    decision = assess(text, now=DAY, channel="chat")
    assert decision.number == "110"


@pytest.mark.parametrize("text", STILL_AN_ALARM)
def test_a_bump_with_vomiting_or_a_clouded_mind_stays_an_alarm(text: str) -> None:
    decision = assess(text, now=DAY, channel="chat")
    assert decision.is_emergency


def test_a_driver_who_fled_is_no_ache_after_a_bump() -> None:
    """A hit-and-run told with the ache is left to the other readings (the cue does not drop the accident)."""
    assert not ACHE_AFTER_A_BUMP.search(views(FLED).devoiced)


def test_an_ache_with_no_bump_told_stays_the_advice_line() -> None:
    decision = assess(ACHE_ALONE, now=DAY, channel="chat")
    assert decision.number == "#7119"
