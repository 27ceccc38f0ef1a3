"""API models of the chat: what a browser (or the voice channel) sends and receives."""

from __future__ import annotations

from typing import Literal
from urllib.parse import quote

from pydantic import BaseModel, Field, model_validator

from chat.sessions import MAX_SESSION_ID_CHARS
from core.text import NonBlankStr, NonBlankText
from knowledge.settings import MAX_QUERY_CHARS

# emergency / urgent_advice / disaster: the safety layer's first message (large print, tap-to-call), see safety/.
# report_status: the answer to a receipt number (chat.report_status), from the reports database.
MessageKind = Literal[
    "text", "faq_answer", "hand_over", "emergency", "urgent_advice", "disaster", "report_filed", "report_status",
    "notice",
]


class ChatButton(BaseModel):
    """A quick reply: ``title`` is shown, ``payload`` is sent back as the message text."""

    title: str
    payload: str


class ChatLink(BaseModel):
    """A link to a source page (http/https only)."""

    title: str
    url: str


class ChatPhone(BaseModel):
    """A tap-to-call number: ``number`` as shown, ``tel`` the URI the button dials (``#`` percent-encoded)."""

    label: str
    number: str = Field(description="as shown: digits (maybe a leading +), or a short number such as '#7119'")
    tel: str = Field("", description="the tel: URI to dial, e.g. 'tel:119', 'tel:%237119' (default: from number)")

    @model_validator(mode="after")
    def _default_tel(self) -> ChatPhone:
        if not self.tel:
            digits = "".join(ch for ch in self.number if ch.isdigit() or ch == "+")
            self.tel = "tel:" + quote(digits, safe="+") if digits else ""
        return self


class ChatMessage(BaseModel):
    """One bot message with its structured extras."""

    kind: MessageKind = "text"
    title: str | None = Field(None, description="large-print heading (safety messages)")
    text: str = ""
    speech: str | None = Field(None, description="what a voice channel says first (safety messages)")
    buttons: list[ChatButton] = Field(default_factory=list)
    links: list[ChatLink] = Field(default_factory=list)
    phones: list[ChatPhone] = Field(default_factory=list)


class ChatRequestBase(BaseModel):
    """A citizen's message."""

    text: NonBlankText = Field(max_length=MAX_QUERY_CHARS, description="the message (1-500 characters)")


class ChatRequestCreate(ChatRequestBase):
    """A message in a session issued by POST /api/chat/session."""

    session_id: NonBlankStr = Field(max_length=MAX_SESSION_ID_CHARS)


class ChatSessionPublic(BaseModel):
    """A newly issued session."""

    session_id: str


class ChatReply(BaseModel):
    """The bot's reply to one turn; ``degraded`` when it came from the search because the bot is unavailable."""

    session_id: str
    degraded: bool
    messages: list[ChatMessage]
    question_id: int | None = Field(
        None, description="set when the reply holds an FAQ answer the citizen may rate (POST /api/chat/feedback)"
    )


class FeedbackCreate(BaseModel):
    """The citizen's answer to 「役に立ちましたか」 for one answered question of their session."""

    session_id: NonBlankStr = Field(max_length=MAX_SESSION_ID_CHARS)
    question_id: int = Field(ge=1, le=2**62, description="ChatReply.question_id")
    helpful: bool = Field(description="はい: true, いいえ: false")


class FeedbackPublic(BaseModel):
    """The feedback was recorded."""

    ok: bool = True
