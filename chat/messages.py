"""Pure conversion of Rasa REST-channel messages into ChatMessages (texts, buttons, links, phones).

Custom payloads are read through the typed models of chat.payloads; anything else is ignored. Buttons
survive only with one of the bot's own payloads (chat.payloads.BUTTON_PAYLOADS): the page sends a button's
payload back as the message text, and the server lets exactly those through to Rasa as intent triggers.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from chat.payloads import (
    BUTTON_PAYLOADS,
    BotPayload,
    EmergencyPayload,
    FaqAnswerPayload,
    HandOverPayload,
    ReportFiledPayload,
    parse_payload,
)
from chat.schemas import ChatButton, ChatLink, ChatMessage, ChatPhone
from chat.wording import SOURCE_LINK_TITLE, STATUS_LINK_TITLE

MAX_BUTTONS = 12
MAX_URL_CHARS = 2048
FIRE_AMBULANCE_LABEL = "火事・救急 {number}番"
POLICE_LABEL = "事件・事故 {number}番"


def is_web_url(url: object) -> bool:
    """True for an http(s) URL (links to anything else are dropped)."""
    return isinstance(url, str) and url.startswith(("https://", "http://")) and len(url) <= MAX_URL_CHARS


def dial_number(phone: str) -> str:
    """Digits (and a leading +) of a phone number, for tel: links."""
    kept = "".join(ch for ch in phone if ch.isdigit() or ch == "+")
    return kept.translate(str.maketrans("０１２３４５６７８９", "0123456789"))


def make_phone(label: str | None, number: str | None) -> ChatPhone | None:
    """A ChatPhone, or None when ``number`` has no digits."""
    if not number or not dial_number(number):
        return None
    digits = dial_number(number)
    return ChatPhone(label=label or number, number=digits, tel="tel:" + digits)


def _buttons(raw: object) -> list[ChatButton]:
    if not isinstance(raw, list):
        return []
    buttons = []
    for item in raw[:MAX_BUTTONS]:
        if not isinstance(item, Mapping):
            continue
        title, payload = item.get("title"), item.get("payload")
        if isinstance(title, str) and isinstance(payload, str) and payload in BUTTON_PAYLOADS:
            buttons.append(ChatButton(title=title, payload=payload))
        elif isinstance(title, str) and title.strip():
            buttons.append(ChatButton(title=title, payload=title))  # sent back as ordinary text
    return buttons


def apply_payload(message: ChatMessage, payload: BotPayload) -> None:
    """Decorate ``message`` with what a typed custom payload carries."""
    if isinstance(payload, FaqAnswerPayload):
        message.kind = "faq_answer"
        if is_web_url(payload.source_url) and payload.source_url:
            message.links.append(ChatLink(title=SOURCE_LINK_TITLE, url=payload.source_url))
        phone = make_phone(payload.department, payload.phone)
        if phone:
            message.phones.append(phone)
    elif isinstance(payload, HandOverPayload):
        message.kind = "hand_over"
        phone = make_phone(payload.contact_name, payload.phone)
        if phone:
            message.phones.append(phone)
    elif isinstance(payload, EmergencyPayload):
        message.kind = "emergency"
        numbers = payload.numbers
        for label, number in ((FIRE_AMBULANCE_LABEL, numbers.fire_ambulance), (POLICE_LABEL, numbers.police)):
            phone = make_phone(label.format(number=number), number)
            if phone:
                message.phones.append(phone)
    elif isinstance(payload, ReportFiledPayload):
        message.kind = "report_filed"
        if payload.status_url and is_web_url(payload.status_url):
            message.links.append(ChatLink(title=STATUS_LINK_TITLE, url=payload.status_url))


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
        has_text = isinstance(text, str) and bool(text.strip())
        if isinstance(text, str) and has_text:
            messages.append(ChatMessage(text=text, buttons=_buttons(raw.get("buttons"))))
        elif raw.get("buttons") and messages:
            messages[-1].buttons.extend(_buttons(raw.get("buttons")))
        payload = parse_payload(raw.get("custom")) if raw.get("custom") is not None else None
        if payload is not None:
            if not messages or (messages[-1].kind != "text" and not has_text):
                messages.append(ChatMessage())
            _merge_split_text(messages)
            apply_payload(messages[-1], payload)
    return [m for m in messages if m.text or m.links or m.phones or m.buttons]
