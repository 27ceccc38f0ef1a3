"""The decision: kinds, numbers, night/day for children, Rasa's intent as a second signal, check-ins."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from safety.assess import assess, assess_checkin_answer
from safety.models import SafetyDecision

TOKYO = ZoneInfo("Asia/Tokyo")
DAY = datetime(2026, 7, 15, 14, 0, tzinfo=TOKYO)
NIGHT = datetime(2026, 7, 15, 22, 30, tzinfo=TOKYO)


def chat(text: str, now: datetime = DAY, **kwargs: object) -> SafetyDecision:
    return assess(text, now=now, channel="chat", **kwargs)  # type: ignore[arg-type]


def test_fire_is_119_and_interrupts() -> None:
    decision = chat("台所から火が出た")
    assert decision.kind == "emergency_fire_ambulance" and decision.number == "119"
    assert decision.certainty == "sure" and decision.interrupts and not decision.answer_after
    assert decision.message is not None and decision.message.phones[0].number == "119"


def test_intruder_is_110_with_110_first() -> None:
    decision = chat("知らない男が家の中に入ってきました")
    assert decision.kind == "emergency_police" and decision.number == "110"
    assert decision.message is not None
    assert [phone.number for phone in decision.message.phones] == ["110", "119"]


def test_life_threat_wins_over_crime() -> None:
    assert chat("包丁で刺されて血が止まらない").number == "119"


def test_child_fever_asking_for_an_ambulance_at_night_goes_to_8000() -> None:
    decision = chat("夜中に子どもが熱を出しました。救急車を呼んだほうがいいですか", now=NIGHT)
    assert decision.kind == "urgent_advice" and decision.advice == "child_night" and decision.number == "#8000"
    assert not decision.is_emergency


def test_child_fever_in_the_daytime_gets_the_daytime_advice() -> None:
    decision = chat("子供が熱を出しました", now=DAY)
    assert decision.advice == "child_day" and decision.number == "#7119"
    assert decision.message is not None and "かかりつけ" in decision.message.title


def test_night_window_edges_follow_the_data_file() -> None:
    assert chat("子供が熱を出しました", now=datetime(2026, 7, 15, 19, 0, tzinfo=TOKYO)).advice == "child_night"
    assert chat("子供が熱を出しました", now=datetime(2026, 7, 16, 7, 59, tzinfo=TOKYO)).advice == "child_night"
    assert chat("子供が熱を出しました", now=datetime(2026, 7, 16, 8, 0, tzinfo=TOKYO)).advice == "child_day"


def test_utc_times_are_converted_to_the_city_time_zone() -> None:
    night_in_tokyo = datetime(2026, 7, 15, 13, 30, tzinfo=UTC)  # 22:30 JST
    assert chat("子供が熱を出しました", now=night_in_tokyo).advice == "child_night"


def test_adult_symptoms_go_to_7119() -> None:
    decision = chat("熱が38度あります。病院に行ったほうがいいでしょうか")
    assert decision.advice == "adult_medical" and decision.number == "#7119" and decision.answer_after


def test_scam_is_9110_but_110_when_happening_now() -> None:
    assert chat("還付金があると市役所を名乗る電話がありました").number == "#9110"
    assert chat("今ATMの前で電話の指示どおりに振り込もうとしています").number == "110"


def test_consumer_trouble_is_188() -> None:
    assert chat("訪問販売で高い布団を買わされました").number == "188"


def test_disaster_links_the_district_shelters() -> None:
    decision = assess("避難所はどこですか", now=DAY, channel="chat", district="古川")
    assert decision.kind == "disaster" and decision.message is not None
    assert any("古川" in line for line in decision.message.lines)
    assert len(decision.message.links) == 2


def test_weak_signs_are_unsure_emergencies() -> None:
    decision = chat("じいちゃんの様子がおかしい")
    assert decision.is_emergency and decision.certainty == "unsure" and decision.answer_after


def test_topics_are_none_even_with_an_emergency_intent() -> None:
    decision = chat("救急の日のイベントはいつですか", intent="emergency", intent_confidence=0.95)
    assert decision.kind == "none"


def test_emergency_intent_without_an_event_is_unsure() -> None:
    decision = chat("こまってます", intent="emergency", intent_confidence=0.9)
    assert decision.is_emergency and decision.certainty == "unsure"
    assert chat("こまってます", intent="emergency", intent_confidence=0.3).kind == "none"


def test_other_intents_never_lower_an_event() -> None:
    assert chat("台所から火が出た", intent="ask_city_info", intent_confidence=0.99).number == "119"


def test_plain_questions_are_none() -> None:
    decision = chat("住民票の写しがほしい")
    assert decision.kind == "none" and decision.message is None and decision.answer_after


def test_voice_gets_a_spoken_first_message() -> None:
    decision = assess("火事です", now=DAY, channel="voice")
    assert decision.message is not None and "ひゃくじゅうきゅう" in decision.message.speech


@pytest.mark.parametrize("text", ["まあまあ", "なんともねえ", "いずいけど平気", "元気です", "大丈夫"])
def test_vague_checkin_answers_are_not_raised(text: str) -> None:
    assert assess_checkin_answer(text, now=DAY).checkin_floor is None


def test_checkin_emergency_raises_help_and_says_staff_are_told() -> None:
    decision = assess_checkin_answer("転んで起き上がれません", now=DAY)
    assert decision.checkin_floor == "help" and decision.message is not None
    assert any("見守り" in line for line in decision.message.lines)


def test_checkin_symptom_is_at_least_unwell() -> None:
    assert assess_checkin_answer("熱があります", now=DAY).checkin_floor == "unwell"


def test_checkin_help_intent_alone_does_not_raise() -> None:
    decision = assess_checkin_answer("まあまあ", now=DAY, intent="checkin_help", intent_confidence=0.9)
    assert decision.checkin_floor is None


@pytest.mark.parametrize(
    "text",
    ["助けてほしい", "たすけて欲しい", "たすけでほしい", "助けてけろ", "手を貸してほしい", "誰か助けてほしいです",
     "助けてもらえませんか", "助けを呼んでください", "たすけにきて"],
)
def test_a_plea_for_help_is_at_least_an_unsure_emergency(text: str) -> None:
    decision = chat(text)
    assert decision.is_emergency and decision.number == "119" and decision.interrupts, text
    assert assess_checkin_answer(text, now=DAY).checkin_floor == "help"


@pytest.mark.parametrize("text", ["手続きを助けてほしい", "申請を手伝ってほしい",
                                  "引っ越しの手続きを手伝ってほしいです", "パソコンの設定を手伝ってほしい",
                                  "困っている人を助けたいのでボランティアをしたい"])
def test_help_asked_for_a_task_is_not_an_emergency(text: str) -> None:
    assert not chat(text).is_emergency
    assert assess_checkin_answer(text, now=DAY).checkin_floor is None


@pytest.mark.parametrize("text", ["苦しくないです", "痛くない", "熱はない", "息はできる", "吐き気はないです",
                                  "苦しぐねえ"])
def test_a_denied_symptom_is_recorded_as_fine(text: str) -> None:
    assert chat(text).kind == "none"
    assert assess_checkin_answer(text, now=DAY).checkin_floor is None


@pytest.mark.parametrize("text", ["今日は晴れています", "家事をしています", "家事が大変で疲れました", "火曜日です",
                                  "過失はありません", "交通機関で行きます"])
def test_an_everyday_homophone_is_not_a_symptom_or_a_fire(text: str) -> None:
    assert chat(text).kind == "none"
    assert assess_checkin_answer(text, now=DAY).checkin_floor is None


@pytest.mark.parametrize("answer", ["はい、大丈夫です", "はい大丈夫", "はいだいじょぶ"])
def test_a_plain_yes_before_daijoubu_is_not_vomiting(answer: str) -> None:
    # はい + 大丈夫 once read as はいた (吐いた): a common check-in answer must not open an unwell alert.
    morning = datetime(2026, 7, 15, 9, 0, tzinfo=UTC)
    assert assess_checkin_answer(answer, now=morning).checkin_floor is None
    assert assess_checkin_answer("さっき吐いたんです", now=morning).checkin_floor == "unwell"
