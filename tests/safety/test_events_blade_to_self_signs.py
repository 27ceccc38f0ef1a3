"""Someone holding a blade to their own neck, throat or wrist and saying they will die
(:mod:`safety.events_blade_to_self_signs`; round 56, wide58b's scolded worker with a box cutter at his neck), on
tellings written for these tests in several styles, not phrases of the set: a kitchen knife, a razor, scissors, told
plain, casual, senior, Tohoku and in kana (110, a "not cut yet" included). A barber's razor, a cold pack at the neck,
a blade only bought or a drama stay off the line."""

from __future__ import annotations

import pytest

from safety.detect import find
from safety.events_blade_to_self_signs import blade_to_self_sign_rules
from safety.normalize import views
from tests.safety.helpers import DAY, NIGHT, assert_decides, assert_not_in_phrase_set

CASES = [
    # 110: a blade held to one's own body, death told
    ("姉が包丁を自分の喉に当てて、死にたいと泣いています。", "110"),
    ("彼氏がカミソリ手首に当てて死ぬとか言ってる、まだ切ってないけどやばい", "110"),
    ("倅がはさみを首さ押し当でで、死んでやるって言ってんだ。", "110"),
    ("むすめが ないふを てくびに あてて しにたいと いっています", "110"),
    ("主人が刃物を自分の胸に向けて、もう終わりにすると申しております。まだ傷はございません", "110"),
    # not these: a barber's razor, a towel or a cold pack, a blade bought, a drama
    ("床屋さんでカミソリを首に当てられて、ひげを剃ってもらうのが好きです", "none"),
    ("カッターを買いに行くついでに、首に当てる保冷剤も探しています", "none"),
    ("ドラマで犯人がナイフを自分の首に当てて死ぬと叫ぶ場面が怖かった", "none"),
]


def test_own_tellings_are_not_phrases_of_the_set() -> None:
    assert_not_in_phrase_set(CASES)


@pytest.mark.parametrize(("text", "number"), CASES)
def test_decides(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


def test_at_night_the_line_stays_the_police() -> None:
    assert_decides("弟が包丁を首に当てて死ぬって叫んでる", "110", now=NIGHT)


def test_the_rule_reads_a_blade_at_the_neck_not_a_cutter_bought() -> None:
    blade, _wrist = blade_to_self_sign_rules()
    held = views("息子がカッターを首に当てています").devoiced
    bought = views("昨日カッター買った、首が痛い").devoiced
    assert blade.pattern.search(held) is not None
    assert blade.pattern.search(bought) is None


# Round 57: a wrist cut told only by its blood, the act told as one's own (casual, plain, kana, tohoku): 119 - and a
# cooking cut, a graze from a fall or a compress on the wrist stay what they were.
WRIST_BLOOD_SELF_DONE = [
    ("彼女が「自分でやった」って、手首のハンカチが赤くなってる", "119"),
    ("友達の手首の包帯から血がにじんで床にぽたぽた落ちてる、自分でやったって言ってる", "119"),
    ("むすめの てくびの たおるが まっかに なってる じぶんで やったって", "119"),
    ("娘っこ、手首さ巻いだ手ぬぐい赤ぐ染まってんだ、自分でやったって泣いでる", "119"),
]
WRIST_NOT_SELF_HARM = [
    ("料理中に包丁で指を切って、血がにじんでる。絆創膏でいい？", "#7119"),
    ("自分で手首の湿布を貼り替えたら、赤くかぶれてた", "none"),
]


def test_wrist_blood_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(WRIST_BLOOD_SELF_DONE + WRIST_NOT_SELF_HARM)


@pytest.mark.parametrize(("text", "number"), WRIST_BLOOD_SELF_DONE + WRIST_NOT_SELF_HARM)
def test_a_wrist_cut_told_by_its_blood_and_done_by_oneself_is_119(text: str, number: str) -> None:
    assert_decides(text, number, now=NIGHT)


def test_a_bleeding_wrist_from_a_fall_is_not_self_harm() -> None:
    assert "self_harm" not in find(views("転んで手首をすりむいた、血がにじんでる、自分で消毒した")).events
