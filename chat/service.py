"""One chat turn, whichever channel it comes from (the web page, the voice page): the same conversation,
the same Rasa sender, the same degraded answer.

The voice channel uses it like this (``app`` is the FastAPI app, ``websocket.app`` in a socket handler)::

    service = chat_service_of(app)
    session_id = service.new_session_id()            # or the id the text chat already holds
    reply = await service.turn(session_id=session_id, text="住民票はどこで取れますか", channel="voice")
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Protocol

from starlette.concurrency import run_in_threadpool

from chat.bot_client import BotClient
from chat.errors import BotUnavailableError, ChatUnavailableError, InvalidSessionError
from chat.fallback import fallback_messages
from chat.form_pause import active_form, form_choice
from chat.masking import search_text
from chat.messages import to_chat_messages
from chat.payloads import BUTTON_PAYLOADS, FORM_CHOICE_PAYLOADS
from chat.question_log import QuestionLog, TurnFacts, rasa_answer_facts, search_facts
from chat.report_status import (
    find_status_view,
    report_status_message,
    status_unavailable_message,
    without_receipt_numbers,
)
from chat.safety_reply import (
    VOICE_CHANNEL,
    check,
    form_paused_message,
    has_rasa_emergency,
    safety_chat_message,
    safety_first,
)
from chat.schemas import ChatMessage, ChatReply
from chat.sessions import bot_sender_id, is_valid_session_id, new_session_id
from chat.settings import ChatSettings
from chat.user_text import bot_text
from chat.wording import REPHRASE_TEXT
from core.settings import RuntimeSettings
from knowledge.search import SearchResult
from reports.status import find_receipt_number
from safety.models import SafetyDecision
from safety.signals import EMERGENCY_INTENT
from storage.database import Database
from storage.errors import StorageError

log = logging.getLogger(__name__)
FALLBACK_TOP_K = 3


class FaqSearch(Protocol):
    """The knowledge search as the degraded mode needs it (knowledge.web.SearchService fits)."""

    def search(self, query: str, *, k: int, spoken: bool = False) -> SearchResult:
        """Ranked answers or an abstention (``spoken``: a speech recogniser's transcript)."""
        ...


class ChatService:
    """Sessions and turns: a receipt number answered from the reports database, Rasa first for the rest, the
    knowledge search when Rasa is unavailable."""

    def __init__(
        self, *, bot: BotClient, settings: ChatSettings, search: Callable[[], FaqSearch | None],
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        database: Callable[[], Database | None] = lambda: None, runtime: RuntimeSettings | None = None,
        question_log: QuestionLog | None = None,
    ) -> None:
        """``search`` returns the loaded search (or None while it is not loaded); ``clock`` gives the time of a
        message (the safety layer picks the children's night line by it); ``database`` returns the open database
        (reports' receipt numbers are looked up in it; None: not answered here); ``runtime`` gives the city's
        time zone and contact; ``question_log`` keeps every turn for the staff loop (None: nothing is kept)."""
        self.bot = bot
        self.question_log = question_log
        self.settings = settings
        self._search = search
        self._clock = clock
        self._database = database
        self._runtime = runtime or RuntimeSettings()

    def new_session_id(self) -> str:
        """A fresh signed session id (the conversation's key for every channel)."""
        return new_session_id(self.settings.secret_key)

    def is_valid_session(self, session_id: str) -> bool:
        """True for ids this server issued."""
        return is_valid_session_id(self.settings.secret_key, session_id)

    async def turn(self, *, session_id: str, text: str, channel: str) -> ChatReply:
        """One message of a citizen in session ``session_id`` through ``channel`` ("web", "voice", ...).

        ``text`` is what the person said or typed (already validated as non-blank, at most 500 characters);
        only the bot's own button payloads reach Rasa as intent triggers. The safety layer reads it first
        (chat.safety_reply): an emergency is answered first (alone when sure; never sent into a form in
        progress, which is paused), advice and disaster messages come before the answer. A message holding a
        receipt number (「受付番号 R-2026-000123 はどうなりましたか」) is answered from the reports database without
        Rasa (chat.report_status: public status and note only). Raises
        InvalidSessionError (422) for ids the server did not issue and ChatUnavailableError (503) when neither
        Rasa nor the search can answer and the safety layer had nothing to say.
        """
        if not self.is_valid_session(session_id):
            raise InvalidSessionError(detail="session id not issued by this server")
        facts = TurnFacts(logged=text.strip() not in BUTTON_PAYLOADS)
        now = self._clock()
        reply = await self._answer(session_id, text, channel, facts, now)
        if self.question_log is not None:
            facts.degraded = reply.degraded
            question_id = await self.question_log.record(
                session_id=session_id, text=text, channel=channel, messages=reply.messages, facts=facts, now=now)
            if question_id is not None and any(m.kind == "faq_answer" for m in reply.messages):
                reply.question_id = question_id  # the page asks 「役に立ちましたか」 about this answer
        return reply

    async def _answer(self, session_id: str, text: str, channel: str, facts: TurnFacts, now: datetime) -> ChatReply:
        """The turn itself (see :meth:`turn`); what it learns on the way goes into ``facts``."""
        sender = bot_sender_id(session_id)
        if text.strip() in FORM_CHOICE_PAYLOADS:
            facts.logged = False
            return await self._form_choice(session_id, sender, text.strip())
        decision = check(without_receipt_numbers(text), now=now, channel=channel)
        facts.safety_kind = decision.kind if decision.kind != "none" else None
        if decision.interrupts and decision.message is not None:
            first = safety_chat_message(decision.message)
            if await active_form(self.bot, sender) is not None:
                # The text is not sent to Rasa: it never becomes a slot value; the form waits for a choice.
                return ChatReply(session_id=session_id, degraded=False, messages=[first, form_paused_message()])
            if not decision.answer_after:
                return ChatReply(session_id=session_id, degraded=self.bot.is_down, messages=[first])
        status = await self._report_status(text)
        if status is not None:
            messages = safety_first(decision, [status])
            return ChatReply(session_id=session_id, degraded=self.bot.is_down, messages=messages)
        try:
            rasa_messages = await self.bot.send(sender=sender, text=bot_text(text), metadata={"channel": channel})
        except BotUnavailableError as err:
            log.info("chat turn on %s answered from the search: %s", channel, err.detail)
            return await self._degraded(session_id, text, decision, err, facts, spoken=channel == VOICE_CHANNEL)
        rasa_answer_facts(rasa_messages, facts)
        answer = to_chat_messages(rasa_messages)
        if has_rasa_emergency(answer) and not decision.is_emergency:
            decision = await self._with_rasa_intent(sender, text, now=now, channel=channel)
            facts.safety_kind = decision.kind if decision.kind != "none" else None
            if decision.message is None or decision.answer_after:
                answer = await self._instead_of_emergency(answer, text, facts, spoken=channel == VOICE_CHANNEL)
        return ChatReply(session_id=session_id, degraded=False, messages=safety_first(decision, answer))

    async def _report_status(self, text: str) -> ChatMessage | None:
        """The answer to a message holding a receipt number (R-2026-000123, full-width, lower-case r, spaces),
        from the database; None when there is no number or no database (then the turn goes on as usual)."""
        number = find_receipt_number(text)
        database = self._database() if number is not None else None
        if number is None or database is None:
            return None
        runtime = self._runtime
        contact = {"contact_name": runtime.city_contact_name, "contact_phone": runtime.city_contact_phone}
        try:
            view = await run_in_threadpool(find_status_view, database, number=number)
        except StorageError as err:
            log.warning("report status not answered: %s", err.detail)
            return status_unavailable_message(number=number, **contact)
        return report_status_message(view, number=number, tz=runtime.tz, **contact)

    async def _with_rasa_intent(self, sender: str, text: str, *, now: datetime, channel: str) -> SafetyDecision:
        """Rasa answered with its emergency response the safety layer did not find: its intent (and confidence,
        asked from /model/parse only in this rare case) is the second signal. Only the ``emergency`` intent
        counts: ``checkin_help`` (a check-in answer) says nothing about a chat message, and on the labelled set
        it raised false alarms only (docs/safety.md, "As built")."""
        try:
            intent, confidence = await self.bot.parse(sender=sender, text=bot_text(text))
        except BotUnavailableError:
            intent, confidence = EMERGENCY_INTENT, 1.0  # Rasa did answer with its emergency response
        if intent != EMERGENCY_INTENT:
            return check(without_receipt_numbers(text), now=now, channel=channel)
        return check(without_receipt_numbers(text), now=now, channel=channel, intent=intent,
                     intent_confidence=confidence)

    async def _instead_of_emergency(self, answer: list[ChatMessage], text: str, facts: TurnFacts, *,
                                    spoken: bool) -> list[ChatMessage]:
        """Rasa's answer without its emergency message; when nothing is left, the search's answer."""
        kept = [m for m in answer if m.kind != "emergency"]
        if kept:
            return kept
        search = self._search()
        if search is None:
            return [ChatMessage(text=REPHRASE_TEXT)]
        result = await run_in_threadpool(search.search, search_text(text), k=FALLBACK_TOP_K, spoken=spoken)
        search_facts(result, facts)
        return [m for m in fallback_messages(result) if m.kind != "notice"]

    async def _degraded(self, session_id: str, text: str, decision: SafetyDecision,
                        err: BotUnavailableError, facts: TurnFacts, *, spoken: bool) -> ChatReply:
        search = self._search()
        if search is None:
            if decision.message is not None:
                return ChatReply(session_id=session_id, degraded=True, messages=safety_first(decision, []))
            raise ChatUnavailableError(detail="bot unavailable and the search is not loaded") from err
        result = await run_in_threadpool(search.search, search_text(text), k=FALLBACK_TOP_K, spoken=spoken)
        search_facts(result, facts)
        return ChatReply(session_id=session_id, degraded=True,
                         messages=safety_first(decision, fallback_messages(result)))

    async def _form_choice(self, session_id: str, sender: str, payload: str) -> ChatReply:
        try:
            messages = await form_choice(self.bot, sender, payload)
        except BotUnavailableError as err:
            raise ChatUnavailableError(detail=f"form choice not carried out: {err.detail}") from err
        return ChatReply(session_id=session_id, degraded=False, messages=messages)

    async def aclose(self) -> None:
        """Close the bot client's connections."""
        await self.bot.aclose()


class _HasState(Protocol):
    @property
    def state(self) -> object: ...  # read-only, so an app's ``State`` matches


def chat_service_of(app: _HasState) -> ChatService:
    """The app's chat service (``app.state.chat``, set by chat.routes.lifespan); 503 before it starts."""
    service = getattr(app.state, "chat", None)
    if not isinstance(service, ChatService):
        raise ChatUnavailableError(detail="the chat service is not started")
    return service
