"""API models of the chat: what a browser sends and receives."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field, field_validator

from knowledge.settings import MAX_QUERY_CHARS

MessageKind = Literal["text", "faq_answer", "hand_over", "emergency", "report_filed", "notice"]


class ChatButton(BaseModel):
    """A quick reply: ``title`` is shown, ``payload`` is sent."""

    title: str
    payload: str


class ChatLink(BaseModel):
    """A link to a source page (http/https only)."""

    title: str
    url: str


class ChatPhone(BaseModel):
    """A tap-to-call number."""

    label: str
    number: str


class ChatMessage(BaseModel):
    """One bot message with its structured extras."""

    kind: MessageKind = "text"
    text: str = ""
    buttons: list[ChatButton] = Field(default_factory=list)
    links: list[ChatLink] = Field(default_factory=list)
    phones: list[ChatPhone] = Field(default_factory=list)


class ChatRequestBase(BaseModel):
    """A citizen's message."""

    text: str = Field(min_length=1, max_length=MAX_QUERY_CHARS, description="the message (1-500 characters)")

    @field_validator("text")
    @classmethod
    def _not_blank(cls, value: str) -> str:
        value = value.strip()
        if not value:
            raise ValueError("メッセージを入力してください (the message is blank)")
        return value


class ChatRequestCreate(ChatRequestBase):
    """A message in a session issued by POST /api/chat/session."""

    session_id: str = Field(min_length=1, max_length=100)


class ChatSessionPublic(BaseModel):
    """A newly issued session."""

    session_id: str


class ChatResponsePublic(BaseModel):
    """The bot's reply; ``degraded`` when it came from the search directly because the bot is unavailable."""

    session_id: str
    degraded: bool
    messages: list[ChatMessage]
