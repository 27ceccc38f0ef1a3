"""Rasa REST messages -> ChatMessages (pure), with the typed custom payloads of chat.payloads."""

from __future__ import annotations

from datetime import UTC, datetime

from chat.messages import dial_number, is_web_url, to_chat_messages
from chat.payloads import EmergencyPayload, FaqAnswerPayload, HandOverPayload, ReportFiledPayload, to_json_message

SOURCE = "https://www.city.osaki.miyagi.jp/a.html"


def _faq(**overrides: object) -> dict[str, object]:
    fields: dict[str, object] = {"entry_id": "e1", "question": "住民票", "source_url": SOURCE, "department": "市民課",
                                 "phone": "0229-23-5311", "confidence": 0.9, **overrides}
    return to_json_message(FaqAnswerPayload.model_validate(fields))


def test_faq_answer_split_by_rasa_is_rejoined_and_decorated() -> None:
    raw: list[dict[str, object]] = [
        {"recipient_id": "x", "text": "「住民票」についてご案内します。\n本文"},
        {"recipient_id": "x", "text": f"詳しくはこちら: {SOURCE}\n市民課(0229-23-5311)"},
        {"recipient_id": "x", "custom": _faq()},
    ]
    [message] = to_chat_messages(raw)
    assert message.kind == "faq_answer"
    assert message.text.startswith("「住民票」") and "市民課(0229" in message.text
    assert [link.url for link in message.links] == [SOURCE]
    assert [(p.label, p.number) for p in message.phones] == [("市民課", "0229235311")]


def test_bot_buttons_keep_their_payloads_other_payloads_become_plain_text() -> None:
    raw: list[dict[str, object]] = [
        {"text": "こんにちは。"},
        {"text": "この内容で報告しますか?", "buttons": [{"title": "はい", "payload": "/affirm"},
                                                     {"title": "いいえ", "payload": "/deny"},
                                                     {"title": "緊急", "payload": "/emergency"}]},
    ]
    messages = to_chat_messages(raw)
    assert [m.text for m in messages] == ["こんにちは。", "この内容で報告しますか?"]
    assert [(b.title, b.payload) for b in messages[1].buttons] == [("はい", "/affirm"), ("いいえ", "/deny"),
                                                                  ("緊急", "緊急")]


def test_emergency_gets_the_payloads_numbers() -> None:
    [message] = to_chat_messages([{"text": "今すぐ119番へ", "custom": to_json_message(EmergencyPayload())}])
    assert message.kind == "emergency"
    assert [(p.label, p.number) for p in message.phones] == [("火事・救急 119番", "119"), ("事件・事故 110番", "110")]


def test_domain_style_emergency_payload_is_read() -> None:
    custom = {"type": "emergency", "numbers": {"fire_ambulance": "119", "police": "110"}}
    [message] = to_chat_messages([{"text": "緊急です", "custom": custom}])
    assert [p.number for p in message.phones] == ["119", "110"]


def test_hand_over_phone_report_filed_and_unsafe_link_dropped() -> None:
    hand_over = HandOverPayload(contact_name="総合窓口", phone="０２２９-２３-５０９１", office_open=True,
                                checked_at=datetime(2026, 12, 1, 9, tzinfo=UTC))
    raw: list[dict[str, object]] = [
        {"text": "担当にご相談ください。"},
        {"custom": to_json_message(hand_over)},
        {"text": "リンク"},
        {"custom": _faq(source_url="javascript:alert(1)", phone="")},
        {"text": "受け付けました。"},
        {"custom": to_json_message(ReportFiledPayload(id="12"))},
    ]
    messages = to_chat_messages(raw)
    assert messages[0].kind == "hand_over" and messages[0].phones[0].number == "0229235091"
    assert messages[1].kind == "faq_answer" and messages[1].links == [] and messages[1].phones == []
    assert messages[2].kind == "report_filed"


def test_report_filed_shows_the_private_status_link_and_drops_unsafe_ones() -> None:
    url = "https://osaki.example.jp/reports/status/R-2026-000123?token=abc_DEF-123"
    filed = ReportFiledPayload(id="R-2026-000123", number="R-2026-000123", status_url=url)
    [message] = to_chat_messages([{"text": "通報を受け付けました。受付番号は「R-2026-000123」です。"},
                                  {"custom": to_json_message(filed)}])
    assert message.kind == "report_filed" and "R-2026-000123" in message.text
    assert [(link.title, link.url) for link in message.links] == [("対応状況を見る(ご本人専用のページ)", url)]
    unsafe = ReportFiledPayload(id="R-2026-000123", status_url="javascript:alert(1)")
    [message] = to_chat_messages([{"text": "受け付けました。"}, {"custom": to_json_message(unsafe)}])
    assert message.kind == "report_filed" and message.links == []


def test_malformed_and_unknown_payloads_are_ignored() -> None:
    assert to_chat_messages([{"text": "  "}, {"buttons": "nope"}, {"custom": "x"}]) == []
    [message] = to_chat_messages([{"text": "本文", "custom": {"type": "faq_answer", "source_url": SOURCE}}])
    assert message.kind == "text" and message.links == []  # incomplete payload: not ours, ignored
    assert not is_web_url("ftp://x") and is_web_url("https://x")
    assert dial_number("TEL 0229-23-5091") == "0229235091"
