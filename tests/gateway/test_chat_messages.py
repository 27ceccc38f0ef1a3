"""Rasa REST messages -> ChatMessages (pure)."""

from __future__ import annotations

from gateway.chat_messages import dial_number, is_web_url, to_chat_messages


def test_faq_answer_split_by_rasa_is_rejoined_and_decorated() -> None:
    raw = [
        {"recipient_id": "x", "text": "「住民票」についてご案内します。\n本文"},
        {"recipient_id": "x", "text": "詳しくはこちら: https://www.city.osaki.miyagi.jp/a.html\n市民課(0229-23-5311)"},
        {"recipient_id": "x", "custom": {"type": "faq_answer", "source_url": "https://www.city.osaki.miyagi.jp/a.html",
                                          "department": "市民課", "phone": "0229-23-5311"}},
    ]
    [message] = to_chat_messages(raw)
    assert message.kind == "faq_answer"
    assert message.text.startswith("「住民票」") and "市民課(0229" in message.text
    assert [(link.url) for link in message.links] == ["https://www.city.osaki.miyagi.jp/a.html"]
    assert [(p.label, p.number) for p in message.phones] == [("市民課", "0229235311")]


def test_buttons_and_plain_texts_stay_separate() -> None:
    raw = [
        {"text": "こんにちは。"},
        {"text": "この内容で報告しますか?", "buttons": [{"title": "はい", "payload": "/affirm"},
                                                     {"title": "いいえ", "payload": "/deny"}]},
    ]
    messages = to_chat_messages(raw)
    assert [m.text for m in messages] == ["こんにちは。", "この内容で報告しますか?"]
    assert [b.payload for b in messages[1].buttons] == ["/affirm", "/deny"]


def test_emergency_gets_119_and_110() -> None:
    [message] = to_chat_messages([{"text": "今すぐ119番へ", "custom": {"type": "emergency"}}])
    assert message.kind == "emergency"
    assert [p.number for p in message.phones] == ["119", "110"]


def test_hand_over_phone_and_unsafe_link_dropped() -> None:
    raw = [
        {"text": "担当にご相談ください。"},
        {"custom": {"type": "hand_over", "contact_name": "総合窓口", "phone": "０２２９-２３-５０９１"}},
        {"text": "リンク"},
        {"custom": {"type": "faq_answer", "source_url": "javascript:alert(1)", "phone": ""}},
    ]
    messages = to_chat_messages(raw)
    assert messages[0].kind == "hand_over" and messages[0].phones[0].number == "0229235091"
    assert messages[1].links == [] and messages[1].phones == []


def test_malformed_items_are_ignored() -> None:
    assert to_chat_messages([{"text": "  "}, {"buttons": "nope"}, {"custom": "x"}]) == []
    assert not is_web_url("ftp://x") and is_web_url("https://x")
    assert dial_number("TEL 0229-23-5091") == "0229235091"
