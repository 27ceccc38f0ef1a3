"""The conversation a voice session talks to: the same turn as the text chat, behind a small Protocol.

:class:`ChatConversation` is the real one: ``chat.service.ChatService.turn`` (same session, Rasa, safety
handling, degraded mode), its reply turned into text for the ear (links become a pointer to the screen,
tap-to-call numbers become a sentence with the number).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from chat.schemas import ChatReply
from chat.service import chat_service_of
from voice.readings import SEE_SCREEN

SHORT_DEGRADED_NOTICE = "ただいま簡易モードでお答えしています。"


@dataclass(frozen=True)
class ConversationReply:
    """The answer as text; ``preface`` is said before the short answer and not counted in its length."""

    text: str
    preface: str = ""


class ConversationPort(Protocol):
    """One turn of the chat conversation."""

    def new_session_id(self) -> str:
        """A session id the conversation accepts."""
        ...

    async def turn(self, *, session_id: str, text: str, channel: str,
                   hypotheses: Sequence[str] = ()) -> ConversationReply:
        """The assistant's answer to ``text``; ``hypotheses``: the recogniser's n best of it (best first), which
        voice.hearing.FixingConversation folds into the one text the chat receives (others ignore them)."""
        ...


def _digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


def spoken_reply(reply: ChatReply) -> ConversationReply:
    """A chat reply as the voice says it."""
    parts: list[str] = []
    has_links = False
    for message in reply.messages:
        if message.kind == "notice":
            continue  # the degraded notice is said once, shortly, as the preface
        if message.text:
            parts.append(message.text.strip())
        said_digits = _digits(" ".join(parts))
        for phone in message.phones:
            if _digits(phone.number) not in said_digits:
                parts.append(f"お問い合わせは{phone.label}、電話{phone.number}です。")
        has_links = has_links or bool(message.links)
    if has_links:
        parts.append(SEE_SCREEN)
    return ConversationReply("\n".join(parts), SHORT_DEGRADED_NOTICE if reply.degraded else "")


class ChatConversation:
    """ConversationPort over the app's chat service (``app.state.chat``; 503 while it is not started)."""

    def __init__(self, app: Any) -> None:
        self.app = app

    def new_session_id(self) -> str:
        """A signed chat session id (the voice and the text chat may share it)."""
        return chat_service_of(self.app).new_session_id()

    async def turn(self, *, session_id: str, text: str, channel: str,
                   hypotheses: Sequence[str] = ()) -> ConversationReply:
        """The chat turn, as the voice says it (the chat gets ``text`` only)."""
        reply = await chat_service_of(self.app).turn(session_id=session_id, text=text, channel=channel)
        return spoken_reply(reply)
