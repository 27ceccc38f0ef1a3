"""Tables of the question log (the staff loop, 「FAQの改善」): every chat question with its outcome, and the
FAQs staff asked a department to write.

Texts are masked before they are stored (chat.masking); rows older than QUESTION_LOG_RETENTION_DAYS are deleted
(chat.question_log.purge_expired, run by the chat's lifespan task). FAQ requests keep only masked examples.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Boolean, Float, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from storage.base import Base, UtcDateTime, utcnow

# What became of a question (chat.question_log.classify).
OUTCOME_ANSWERED = "answered"  # an FAQ answer
OUTCOME_ABSTAINED = "abstained"  # the search was not sure (or unavailable): the city's contact instead
OUTCOME_HANDED_OVER = "handed_over"  # the bot handed over to a person
OUTCOME_NOT_UNDERSTOOD = "not_understood"  # the bot asked to rephrase
OUTCOME_SAFETY = "safety"  # only the safety layer's message (an emergency): the text is not kept
OUTCOME_REPORT_STATUS = "report_status"  # a receipt number's status: the text is not kept
OUTCOME_OTHER = "other"  # greetings, report forms, anything else: the text is not kept
OUTCOMES = (OUTCOME_ANSWERED, OUTCOME_ABSTAINED, OUTCOME_HANDED_OVER, OUTCOME_NOT_UNDERSTOOD, OUTCOME_SAFETY,
            OUTCOME_REPORT_STATUS, OUTCOME_OTHER)
UNANSWERED_OUTCOMES = (OUTCOME_ABSTAINED, OUTCOME_HANDED_OVER, OUTCOME_NOT_UNDERSTOOD)
TEXT_KEPT_OUTCOMES = (OUTCOME_ANSWERED, *UNANSWERED_OUTCOMES)

RESOLUTION_ATTACHED = "attached"  # became an alternative question of an entry
RESOLUTION_NEW_FAQ = "new_faq"  # a department was asked to write a new FAQ
RESOLUTIONS = (RESOLUTION_ATTACHED, RESOLUTION_NEW_FAQ)

MAX_QUESTION_CHARS = 500
ENTRY_ID_CHARS = 100


class FaqRequest(Base):
    """A new FAQ a department is asked to write, from a group of questions the corpus did not answer."""

    __tablename__ = "faq_requests"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utcnow, index=True)
    actor_username: Mapped[str] = mapped_column(String(64))
    department: Mapped[str] = mapped_column(String(100), index=True)
    question: Mapped[str] = mapped_column(Text)  # the group's representative question (masked)
    examples: Mapped[list[str]] = mapped_column(JSON, default=list)  # other wordings (masked)
    asked_count: Mapped[int] = mapped_column(Integer, default=1)
    note: Mapped[str] = mapped_column(Text, default="")


class ChatQuestion(Base):
    """One chat turn of a citizen: the masked text (question outcomes only), what answered it, the feedback."""

    __tablename__ = "chat_questions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    asked_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utcnow, index=True)
    channel: Mapped[str] = mapped_column(String(16))
    session_hash: Mapped[str] = mapped_column(String(64), index=True)  # only to accept this session's feedback
    text: Mapped[str] = mapped_column(Text, default="")  # masked; empty when the outcome keeps no text
    outcome: Mapped[str] = mapped_column(String(16), index=True)
    degraded: Mapped[bool] = mapped_column(Boolean, default=False)
    entry_id: Mapped[str | None] = mapped_column(String(ENTRY_ID_CHARS), nullable=True)  # the answer
    nearest_entry_id: Mapped[str | None] = mapped_column(String(ENTRY_ID_CHARS), nullable=True)  # best guess
    category: Mapped[str] = mapped_column(String(64), default="")
    confidence: Mapped[float | None] = mapped_column(Float, nullable=True)
    safety_kind: Mapped[str | None] = mapped_column(String(32), nullable=True)
    helpful: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    feedback_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), nullable=True)
    resolution: Mapped[str | None] = mapped_column(String(16), nullable=True, index=True)
    resolved_entry_id: Mapped[str | None] = mapped_column(String(ENTRY_ID_CHARS), nullable=True)
    request_id: Mapped[int | None] = mapped_column(
        ForeignKey("faq_requests.id", ondelete="SET NULL"), nullable=True, index=True
    )
