"""Pure conversion of Rasa REST-channel messages into ChatMessages (texts, buttons, links, phones)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from gateway.chat_schemas import ChatButton, ChatLink, ChatMessage, ChatPhone

SOURCE_LINK_TITLE = "詳しくはこちら(市のページ)"
EMERGENCY_PHONES = (
    ChatPhone(label="火事・救急 119番", number="119"),
    ChatPhone(label="事件・事故 110番", number="110"),
)
MAX_BUTTONS = 12


def is_web_url(url: object) -> bool:
    """True for an http(s) URL (links to anything else are dropped)."""
    return isinstance(url, str) and url.startswith(("https://", "http://")) and len(url) <= 2048


def dial_number(phone: str) -> str:
    """Digits (and a leading +) of a phone number, for tel: links."""
    kept = "".join(ch for ch in phone if ch.isdigit() or ch == "+")
    return kept.translate(str.maketrans("０１２３４５６７８９", "0123456789"))


def make_phone(label: object, number: object) -> ChatPhone | None:
    """A ChatPhone, or None when ``number`` has no digits."""
    if not isinstance(number, str) or not dial_number(number):
        return None
    return ChatPhone(label=str(label or number), number=dial_number(number))


def _buttons(raw: object) -> list[ChatButton]:
    if not isinstance(raw, list):
        return []
    buttons = []
    for item in raw[:MAX_BUTTONS]:
        if isinstance(item, Mapping) and isinstance(item.get("title"), str) and isinstance(item.get("payload"), str):
            buttons.append(ChatButton(title=item["title"], payload=item["payload"]))
    return buttons


def _apply_custom(message: ChatMessage, custom: Mapping[str, Any]) -> None:
    kind = custom.get("type")
    if kind == "faq_answer":
        message.kind = "faq_answer"
        if is_web_url(custom.get("source_url")):
            message.links.append(ChatLink(title=SOURCE_LINK_TITLE, url=custom["source_url"]))
        phone = make_phone(custom.get("department"), custom.get("phone"))
        if phone:
            message.phones.append(phone)
    elif kind == "hand_over":
        message.kind = "hand_over"
        phone = make_phone(custom.get("contact_name"), custom.get("phone"))
        if phone:
            message.phones.append(phone)
    elif kind == "emergency":
        message.kind = "emergency"
        message.phones.extend(EMERGENCY_PHONES)
    elif kind == "report_filed":
        message.kind = "report_filed"


def _merge_split_text(messages: list[ChatMessage]) -> None:
    """Rasa's REST channel splits a text at blank lines; rejoin the answer the custom payload belongs to."""
    if len(messages) >= 2 and messages[-2].kind == "text" and not messages[-2].buttons and messages[-1].text:
        last = messages.pop()
        messages[-1].text = messages[-1].text + "\n\n" + last.text
        messages[-1].buttons, messages[-1].links, messages[-1].phones = last.buttons, last.links, last.phones


def to_chat_messages(rasa_messages: Iterable[Mapping[str, Any]]) -> list[ChatMessage]:
    """Merge Rasa's separate text and custom messages: a custom payload decorates the text before it."""
    messages: list[ChatMessage] = []
    for raw in rasa_messages:
        text = raw.get("text")
        if isinstance(text, str) and text.strip():
            messages.append(ChatMessage(text=text, buttons=_buttons(raw.get("buttons"))))
        elif raw.get("buttons") and messages:
            messages[-1].buttons.extend(_buttons(raw.get("buttons")))
        custom = raw.get("custom")
        if isinstance(custom, Mapping):
            if not messages or (messages[-1].kind != "text" and not (isinstance(text, str) and text.strip())):
                messages.append(ChatMessage())
            _merge_split_text(messages)
            _apply_custom(messages[-1], custom)
    return [m for m in messages if m.text or m.links or m.phones or m.buttons]
