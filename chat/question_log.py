"""The question log: every chat turn's outcome (Rasa up or degraded), the masked question and the citizen's
optional 「役に立ちましたか」; the deletion of rows past the retention period.

The text is masked (chat.masking) before it reaches the database, and kept only for question outcomes
(answered, abstained, handed over, not understood): emergencies, receipt-number turns, greetings and report
forms are counted without their words. The deletion runs in the gateway: chat.routes.lifespan starts
:func:`purge_loop` (every QUESTION_LOG_PURGE_INTERVAL_S; several gateway processes may run it, it is idempotent).
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Protocol

from sqlalchemy import delete, func, select
from sqlalchemy.exc import SQLAlchemyError
from starlette.concurrency import run_in_threadpool

from chat.masking import mask_personal_data
from chat.models import (
    MAX_QUESTION_CHARS,
    OUTCOME_ABSTAINED,
    OUTCOME_ANSWERED,
    OUTCOME_HANDED_OVER,
    OUTCOME_NOT_UNDERSTOOD,
    OUTCOME_OTHER,
    OUTCOME_REPORT_STATUS,
    OUTCOME_SAFETY,
    TEXT_KEPT_OUTCOMES,
    UNANSWERED_OUTCOMES,
    ChatQuestion,
)
from chat.payloads import FaqAnswerPayload, parse_payload
from chat.schemas import ChatMessage
from chat.settings import QuestionLogSettings
from chat.wording import ABSTAIN_LEAD, REPHRASE_TEXT, SEARCH_UNAVAILABLE_LEAD
from knowledge.search import SearchResult
from storage.database import Database

log = logging.getLogger(__name__)
SESSION_HASH_SALT = b"question-log:"
NEAREST_TOP_K = 1
SAFETY_KINDS = ("emergency", "urgent_advice", "disaster")


@dataclass
class TurnFacts:
    """What a chat turn learnt on its way (filled by chat.service): the answer's entry and confidence, the
    search's best guess, the safety layer's kind, whether it was answered from the search."""

    entry_id: str | None = None
    confidence: float | None = None
    nearest_entry_id: str | None = None
    category: str = ""
    safety_kind: str | None = None
    degraded: bool = False
    logged: bool = True  # False for the chat's own button payloads (not questions)


class NearestSearch(Protocol):
    """The knowledge search as the log needs it (knowledge.web.SearchService fits)."""

    def search(self, query: str, *, k: int, spoken: bool = False) -> SearchResult:
        """Ranked answers or an abstention (``spoken``: a speech recogniser's transcript)."""
        ...


def session_hash(session_id: str) -> str:
    """A one-way hash of the chat session id, different from the one Rasa sees (rows cannot be joined to Rasa's
    tracker store)."""
    return hashlib.sha256(SESSION_HASH_SALT + session_id.encode("ascii", "replace")).hexdigest()


def rasa_answer_facts(rasa_messages: Iterable[Mapping[str, Any]], facts: TurnFacts) -> None:
    """The FAQ entry and confidence of Rasa's answer (from its ``faq_answer`` custom payload) into ``facts``."""
    for raw in rasa_messages:
        payload = parse_payload(raw.get("custom")) if raw.get("custom") is not None else None
        if isinstance(payload, FaqAnswerPayload):
            facts.entry_id, facts.confidence = payload.entry_id, payload.confidence


def search_facts(result: SearchResult, facts: TurnFacts) -> None:
    """The search's top entry: the answer when it did not abstain, else the nearest entry; its category."""
    if not result.answers:
        return
    top = result.answers[0]
    facts.category = top.entry.category
    if result.abstained:
        facts.nearest_entry_id = top.entry.id
    else:
        facts.entry_id, facts.confidence = top.entry.id, top.confidence


def classify(messages: Sequence[ChatMessage], facts: TurnFacts) -> str:
    """The outcome of a turn from the messages it answered with (pure)."""
    kinds = [m.kind for m in messages]
    answer = [m for m in messages if m.kind not in SAFETY_KINDS and m.kind != "notice"]
    if "faq_answer" in kinds:
        return OUTCOME_ANSWERED
    if "report_status" in kinds:
        return OUTCOME_REPORT_STATUS
    texts = [m.text for m in answer]
    if any(t.startswith((ABSTAIN_LEAD, SEARCH_UNAVAILABLE_LEAD)) for t in texts):
        return OUTCOME_ABSTAINED
    if "hand_over" in kinds:
        return OUTCOME_ABSTAINED if facts.degraded else OUTCOME_HANDED_OVER
    if any(t.strip() == REPHRASE_TEXT for t in texts):
        return OUTCOME_NOT_UNDERSTOOD
    if not answer and any(k in SAFETY_KINDS for k in kinds):
        return OUTCOME_SAFETY
    return OUTCOME_OTHER


def record_question(
    database: Database, *, session_id: str, text: str, channel: str, outcome: str, facts: TurnFacts,
    now: datetime,
) -> int:
    """Store one turn (the text masked, or left out for outcomes that keep no text); the new row's id."""
    kept = mask_personal_data(text)[:MAX_QUESTION_CHARS] if outcome in TEXT_KEPT_OUTCOMES else ""
    row = ChatQuestion(
        asked_at=now, channel=channel[:16], session_hash=session_hash(session_id), text=kept, outcome=outcome,
        degraded=facts.degraded, entry_id=facts.entry_id if outcome == OUTCOME_ANSWERED else None,
        nearest_entry_id=facts.nearest_entry_id, category=facts.category[:64],
        confidence=facts.confidence if outcome == OUTCOME_ANSWERED else None, safety_kind=facts.safety_kind,
    )
    with database.sessions() as session, session.begin():
        session.add(row)
        session.flush()
        return row.id


def set_feedback(database: Database, *, session_id: str, question_id: int, helpful: bool, now: datetime) -> bool:
    """Record 「役に立ちましたか」 for an answered question of this session (the last answer counts); False when
    the question is unknown, not this session's, not answered, or already deleted."""
    with database.sessions() as session, session.begin():
        row = session.get(ChatQuestion, question_id)
        if row is None or row.session_hash != session_hash(session_id) or row.outcome != OUTCOME_ANSWERED:
            return False
        row.helpful, row.feedback_at = helpful, now
        return True


def purge_expired(database: Database, *, now: datetime, retention_days: int) -> int:
    """Delete questions asked more than ``retention_days`` ago; how many were deleted."""
    cutoff = now - timedelta(days=retention_days)
    with database.sessions() as session, session.begin():
        result = session.execute(delete(ChatQuestion).where(ChatQuestion.asked_at < cutoff))
        return int(getattr(result, "rowcount", 0) or 0)


def count_questions(database: Database) -> int:
    """How many rows the log holds (diagnostics and tests)."""
    with database.sessions() as session:
        return int(session.scalar(select(func.count(ChatQuestion.id))) or 0)


class QuestionLog:
    """Records chat turns for the staff loop; never makes a turn fail (errors are logged)."""

    def __init__(
        self, *, settings: QuestionLogSettings, database: Callable[[], Database | None],
        search: Callable[[], NearestSearch | None], categories: Callable[[], Mapping[str, str]] = dict,
    ) -> None:
        """``database`` and ``search`` return the open database and the loaded search (None: not there);
        ``categories`` maps entry ids to their category (the loaded index's)."""
        self.settings = settings
        self._database = database
        self._search = search
        self._categories = categories

    async def record(
        self, *, session_id: str, text: str, channel: str, messages: Sequence[ChatMessage], facts: TurnFacts,
        now: datetime,
    ) -> int | None:
        """Log one turn; the question's id (for the citizen's feedback), or None when nothing was stored."""
        database = self._database()
        if not self.settings.enabled or not facts.logged or database is None:
            return None
        outcome = classify(messages, facts)
        if outcome in UNANSWERED_OUTCOMES and facts.nearest_entry_id is None:
            await self._nearest(text, facts)
        if facts.entry_id and not facts.category:
            facts.category = self._categories().get(facts.entry_id, "")
        try:
            return await run_in_threadpool(record_question, database, session_id=session_id, text=text,
                                           channel=channel, outcome=outcome, facts=facts, now=now)
        except SQLAlchemyError as err:
            log.warning("question not logged: %s", err)
            return None

    async def _nearest(self, text: str, facts: TurnFacts) -> None:
        """The search's best guess for a question Rasa did not answer (its category counts in the chart)."""
        search = self._search()
        if search is None:
            return
        try:
            result = await run_in_threadpool(search.search, text.strip(), k=NEAREST_TOP_K)
        except Exception as err:  # a guess only: the turn is logged without it
            log.info("no nearest entry for the log: %s", err)
            return
        if result.answers:
            facts.nearest_entry_id = result.answers[0].entry.id
            facts.category = result.answers[0].entry.category


async def purge_loop(settings: QuestionLogSettings, database: Callable[[], Database | None],
                     clock: Callable[[], datetime]) -> None:
    """Delete expired questions now and every ``purge_interval_s`` seconds (cancelled at shutdown)."""
    while True:
        db = database()
        if db is not None:
            try:
                deleted = await run_in_threadpool(purge_expired, db, now=clock(),
                                                  retention_days=settings.retention_days)
                if deleted:
                    log.info("question log: %d questions older than %d days deleted", deleted,
                             settings.retention_days)
            except SQLAlchemyError as err:
                log.warning("question log purge failed: %s", err)
        await asyncio.sleep(settings.purge_interval_s)
