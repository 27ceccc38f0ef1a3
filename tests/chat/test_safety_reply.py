"""chat.safety_reply: the safety message as a ChatMessage and its place before the answer (pure)."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from chat.payloads import CANCEL_FORM_PAYLOAD, RESUME_FORM_PAYLOAD
from chat.safety_reply import check, form_paused_message, safety_channel, safety_chat_message, safety_first
from chat.schemas import ChatMessage

AFTERNOON = datetime(2026, 7, 15, 14, 0, tzinfo=ZoneInfo("Asia/Tokyo"))
NIGHT = datetime(2026, 7, 15, 22, 0, tzinfo=ZoneInfo("Asia/Tokyo"))
ANSWER = [ChatMessage(kind="faq_answer", text="住民票は市民課で。"),
          ChatMessage(kind="emergency", text="緊急の場合は、今すぐ電話してください。")]


def test_fire_is_a_large_print_emergency_card_with_tap_to_call_and_nothing_after() -> None:
    decision = check("台所から火が出た", now=AFTERNOON, channel="web")
    [first] = safety_first(decision, ANSWER)
    assert first.kind == "emergency" and first.title and "119" in first.title
    assert [(p.number, p.tel) for p in first.phones][:2] == [("119", "tel:119"), ("110", "tel:110")]
    assert first.speech


def test_police_emergency_puts_110_first() -> None:
    first = safety_first(check("家に知らない人がいる", now=AFTERNOON, channel="web"), [])[0]
    assert first.phones[0].tel == "tel:110"


def test_unsure_emergency_comes_first_then_the_answer_without_rasas_own_emergency_message() -> None:
    messages = safety_first(check("じいちゃんの様子がおかしい", now=AFTERNOON, channel="web"), ANSWER)
    assert [m.kind for m in messages] == ["emergency", "faq_answer"]


def test_child_at_night_gets_8000_advice_with_encoded_hash_before_the_answer() -> None:
    messages = safety_first(check("子どもが夜中に熱を出して、救急車を呼ぶべきか迷っています", now=NIGHT, channel="web"),
                            ANSWER[:1])
    assert [m.kind for m in messages] == ["urgent_advice", "faq_answer"]
    assert messages[0].phones[0].number == "#8000" and messages[0].phones[0].tel == "tel:%238000"


def test_disaster_links_the_city_pages() -> None:
    first = safety_first(check("避難所はどこですか", now=AFTERNOON, channel="web"), [])[0]
    assert first.kind == "disaster" and all(link.url.startswith("http") for link in first.links) and first.links


def test_no_decision_leaves_the_answer_but_never_rasas_emergency_message() -> None:
    decision = check("救急の日のイベントはいつですか", now=AFTERNOON, channel="web", intent="emergency",
                     intent_confidence=0.95)
    assert safety_first(decision, ANSWER) == ANSWER[:1]


def test_rasa_intent_is_the_second_signal() -> None:
    assert check("こまってます", now=AFTERNOON, channel="web").kind == "none"
    assert check("こまってます", now=AFTERNOON, channel="web", intent="emergency", intent_confidence=0.9).is_emergency


def test_voice_messages_keep_their_speech() -> None:
    assert safety_channel("voice") == "voice" and safety_channel("web") == "chat"
    decision = check("たすけて", now=AFTERNOON, channel="voice")
    assert decision.message is not None and safety_chat_message(decision.message).speech == decision.message.speech


def test_form_pause_offers_to_continue_or_stop() -> None:
    message = form_paused_message()
    assert [(b.title, b.payload) for b in message.buttons] == [("通報を続ける", RESUME_FORM_PAYLOAD),
                                                                ("通報をやめる", CANCEL_FORM_PAYLOAD)]
