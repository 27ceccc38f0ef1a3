"""Round 38 (helper A48; :data:`safety.decide.WEIGHED_SIGNS`): a sign the writer weighs - asking whether to call
an ambulance or go to hospital (救急車呼ぶべきか迷って, 病院行った方がいい?) - beside a symptom told
(足首腫れてる, 熱38度), every life event a fall, a bite or the ambulance itself named: the advice line, not 119.
Without a symptom, with a grave sign (a collapse, a stroke, a burn, unconsciousness, breathing hard, a stab, a bone
showing, a bleeding), a weak sign, a plea or a crime the alarm stays.

The real advice texts are held-out false alarms of the phrase set (bench_safety_overrule, each 119 before); the real
emergencies are phrases of the set asking whether to call; the new phrasings are not in the set."""

from __future__ import annotations

import pytest

from safety.data_file import default_safety_data
from safety.decide import WEIGHED_SIGNS, decide
from safety.evaluate import predicted_number
from safety.findings import Findings
from safety.rule import Group
from safety.signals import Signals
from tests.safety.helpers import DAY, NIGHT, assert_decides, assert_not_in_phrase_set, phrase_set_texts

REAL_ADVICE = [  # blind37b, blind37b, blind39b
    ("えーと 仕事中 に 脚立 から 落ちて 足首 腫れてる んです けど 救急車 呼ぶ べき か 迷って ます", "#7119"),
    ("田んぼでマムシさ噛まれだみでえで、ちっと腫れできた、救急車呼んだ方がいいべか", "#7119"),
    ("すみません こども 3さい よる ねつ 38ど びょういん いく? きゅうきゅうしゃ?", "#8000"),
]
REAL_ALARMS = [
    "バイト先の厨房で先輩が熱い油かぶって腕の皮がめくれてる、救急車呼んだほうがいいよね",  # blind31a
    "かがあ、急に口曲がって、しゃべっこどおがしぐなったんだ、救急車呼ぶべが？",  # blind14a
    "あのー救急車って呼んでいいのかな 夫が急に倒れて すごいいびきかいて 起きないんだけど",  # blind12
    "自分で救急車呼べない、体動かない",  # dev4
]
NEW_ADVICE = [
    "階段から落ちて膝が腫れて痛いです。救急車を呼ぶべきか迷っています。",
    "ヘビに噛まれて足が腫れてきた、救急車呼んだほうがいい？",
]
NEW_ALARMS = [
    "ハチに刺されて息が苦しい、じんましんも出てきた、救急車呼ぶべき？",
    "階段から落ちて頭を打って意識がない、救急車呼んだほうがいい？",
    "包丁で刺された、血が出てる、病院行った方がいい？",
    "ナイフで刺された、痛い、病院行った方がいい？",
    "屋根から落ちて腰が痛くて動けない、救急車呼んだほうがいい？",
    "転んで足が変な方向に曲がってる、痛い、救急車呼ぶべき？",
]


@pytest.mark.parametrize(("text", "number"), REAL_ADVICE)
def test_real_sign_weighed_is_advice(text: str, number: str) -> None:
    assert text in phrase_set_texts()
    assert_decides(text, number, now=NIGHT if number == "#8000" else DAY)


@pytest.mark.parametrize("text", REAL_ALARMS)
def test_real_emergency_asking_whether_to_call_stays(text: str) -> None:
    assert text in phrase_set_texts()
    assert_decides(text, "119", now=DAY)


@pytest.mark.parametrize("text", NEW_ADVICE)
def test_new_sign_weighed_is_advice(text: str) -> None:
    assert_decides(text, "#7119", now=DAY)


@pytest.mark.parametrize("text", NEW_ALARMS)
def test_new_grave_sign_with_a_question_stays(text: str) -> None:
    assert_decides(text, "119", now=DAY)


def test_new_phrasings_are_not_in_the_set() -> None:
    assert_not_in_phrase_set([(text, "#7119") for text in NEW_ADVICE] + [(text, "119") for text in NEW_ALARMS])


def decided(**events: Group) -> str:
    found = Findings(events=dict(events), topic=False, now=False, child=False, question=True)
    return predicted_number(decide(found, local_now=DAY, channel="chat", signals=Signals(),
                                   data=default_safety_data()))


def test_weighed_by_asking_with_a_symptom() -> None:
    assert decided(fell_from_height="medical", ask_ambulance="ask", symptom="symptom") == "#7119"
    assert decided(venomous_bite="medical", ask_ambulance="ask", symptom="symptom") == "#7119"


@pytest.mark.parametrize("extra", [{}, {"symptom": "symptom", "weak_danger": "weak"},
                                   {"symptom": "symptom", "collapsed": "medical"},
                                   {"symptom": "symptom", "call_for_help": "help"},
                                   {"symptom": "symptom", "violence": "police"}])
def test_alarm_kept_without_symptom_or_with_a_grave_sign(extra: dict[str, Group]) -> None:
    assert decided(fell_from_height="medical", ask_ambulance="ask", **extra) in {"119", "110"}


def test_grave_signs_are_not_weighed() -> None:
    for grave in ("breathing_hard", "stabbed", "limb_deformed", "bleeding", "cannot_get_up", "collapsed"):
        assert grave not in WEIGHED_SIGNS
        medical: Group = "medical"
        assert decided(**{grave: medical}, ask_ambulance="ask", symptom="symptom") == "119"
