"""The safety layer in a chat turn (pure): its first message as a ChatMessage, and how it is put before the
answer of Rasa or of the FAQ search.

Every turn calls :func:`safety.assess.assess` before anything else answers (docs/safety.md). An emergency
(``interrupts``) comes first and, when sure, alone; urgent advice and disaster messages come first and the
answer follows. Rasa's own emergency message is replaced by the safety message, never shown next to it.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from chat.payloads import CANCEL_FORM_PAYLOAD, RESUME_FORM_PAYLOAD
from chat.schemas import ChatButton, ChatLink, ChatMessage, ChatPhone, MessageKind
from chat.wording import FORM_PAUSED_TEXT, RESUME_FORM_TITLE, STOP_FORM_TITLE
from safety.assess import assess
from safety.models import Channel, MessagePriority, SafetyDecision, SafetyMessage

PRIORITY_KIND: dict[MessagePriority, MessageKind] = {
    "emergency": "emergency", "advice": "urgent_advice", "info": "disaster",
}
RASA_EMERGENCY_KIND: MessageKind = "emergency"
VOICE_CHANNEL = "voice"


def safety_channel(channel: str) -> Channel:
    """The safety layer's channel for a chat channel name ("web", "voice", ...)."""
    return "voice" if channel == VOICE_CHANNEL else "chat"


def check(text: str, *, now: datetime, channel: str, intent: str | None = None,
          intent_confidence: float | None = None) -> SafetyDecision:
    """The safety decision for one chat message (Rasa's intent, when known, is the second signal)."""
    return assess(text, now=now, channel=safety_channel(channel), intent=intent, intent_confidence=intent_confidence)


def safety_chat_message(message: SafetyMessage) -> ChatMessage:
    """The safety layer's message as the chat shows it: large-print title, short lines, tap-to-call buttons."""
    return ChatMessage(
        kind=PRIORITY_KIND[message.priority],
        title=message.title,
        text=message.text,
        speech=message.speech,
        phones=[ChatPhone(label=p.label, number=p.number, tel=p.tel) for p in message.phones],
        links=[ChatLink(title=link.title, url=link.url) for link in message.links],
    )


def has_rasa_emergency(messages: Iterable[ChatMessage]) -> bool:
    """True when Rasa answered with its emergency response (its intent said emergency or checkin_help)."""
    return any(m.kind == RASA_EMERGENCY_KIND for m in messages)


def without_rasa_emergency(messages: Iterable[ChatMessage]) -> list[ChatMessage]:
    """The answer without Rasa's own emergency message (the safety message takes its place)."""
    return [m for m in messages if m.kind != RASA_EMERGENCY_KIND]


def safety_first(decision: SafetyDecision, answer: list[ChatMessage]) -> list[ChatMessage]:
    """The safety message first, then (when ``answer_after``) the answer without any emergency message of Rasa."""
    if decision.message is None:
        return without_rasa_emergency(answer)
    first = safety_chat_message(decision.message)
    if not decision.answer_after:
        return [first]
    return [first, *without_rasa_emergency(answer)]


def form_paused_message() -> ChatMessage:
    """After an emergency in the middle of a form: the form waits; continue or stop it."""
    return ChatMessage(kind="notice", text=FORM_PAUSED_TEXT, buttons=[
        ChatButton(title=RESUME_FORM_TITLE, payload=RESUME_FORM_PAYLOAD),
        ChatButton(title=STOP_FORM_TITLE, payload=CANCEL_FORM_PAYLOAD),
    ])
