"""Rasa custom actions of the city questions (the knowledge search, follow-ups, the hand-over): thin wrappers; every
decision lives in the pure modules beside this one. The problem report's form actions are in report_actions.py."""

# rasa-sdk ships no type information (no py.typed), so its base classes are Any to mypy.
# mypy: disallow-subclassing-any=False

from __future__ import annotations

import asyncio
import logging
from datetime import datetime

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from bot.actions.knowledge_client import KnowledgeClient
from bot.actions.messages import (
    SLOT_LAST_DEPARTMENT,
    SLOT_LAST_ENTRY_ID,
    SLOT_LAST_PHONE,
    SLOT_LAST_QUERY,
    Reply,
    SearchView,
    follow_up_query,
    format_hand_over,
    hand_over_contact,
    hand_over_payload,
    plan_city_answer,
    plan_follow_up,
)
from bot.actions.office_hours import is_office_open
from bot.actions.server_config import general_contact, server_config
from bot.actions.settings import SEARCH_TOP_K, SPOKEN_CHANNEL
from chat.masking import search_text
from knowledge.records import FaqEntry

log = logging.getLogger(__name__)

# The knowledge search, loaded on first use or preloaded by bot.actions.server (nothing heavy at import).
KNOWLEDGE = KnowledgeClient()


def _send(dispatcher: CollectingDispatcher, reply: Reply) -> list[EventType]:
    dispatcher.utter_message(text=reply.text)
    if reply.custom:
        dispatcher.utter_message(json_message=reply.custom)
    return [SlotSet(name, value) for name, value in reply.slots.items()]


def _latest_text(tracker: Tracker) -> str:
    return str(tracker.latest_message.get("text") or "").strip()


def _spoken(tracker: Tracker) -> bool:
    """Whether the latest message came from a voice channel (the chat sends its channel as metadata)."""
    metadata = tracker.latest_message.get("metadata") or {}
    return isinstance(metadata, dict) and metadata.get("channel") == SPOKEN_CHANNEL


async def _search(text: str, *, spoken: bool = False) -> SearchView | None:
    """Search off the event loop; None (logged) when the search fails for any reason."""
    try:
        return await asyncio.to_thread(KNOWLEDGE.search, search_text(text), SEARCH_TOP_K, spoken)
    except Exception:  # index missing, model not loadable, invalid query: answered politely
        log.exception("knowledge search failed for %r", text[:80])
        return None


async def _find_entry(entry_id: str | None) -> FaqEntry | None:
    try:
        return await asyncio.to_thread(KNOWLEDGE.find_entry, entry_id)
    except Exception:
        log.exception("could not look up entry %r", entry_id)
        return None


class ActionAnswerCityInfo(Action):
    """Answers a question about city services from the knowledge search."""

    def name(self) -> str:
        """Action name used in the domain."""
        return "action_answer_city_info"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        """Search the question and show the answer (or an abstention with the general contact)."""
        query = _latest_text(tracker)
        view = await _search(query, spoken=_spoken(tracker)) if query else None
        return _send(dispatcher, plan_city_answer(view, query, general_contact(server_config())))


class ActionAnswerFollowUp(Action):
    """Answers a follow-up question in the context of the last answered topic."""

    def name(self) -> str:
        """Action name used in the domain."""
        return "action_answer_follow_up"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        """Search 'last topic + follow-up'; fall back to the last entry; ask for the topic if none."""
        last_query = tracker.get_slot(SLOT_LAST_QUERY)
        last_entry_id = tracker.get_slot(SLOT_LAST_ENTRY_ID)
        query = follow_up_query(last_query, _latest_text(tracker))
        view = await _search(query, spoken=_spoken(tracker)) if query else None
        last_entry = await _find_entry(last_entry_id) if last_entry_id else None
        reply = plan_follow_up(view, last_query, last_entry, general_contact(server_config()))
        return _send(dispatcher, reply)


class ActionHandOver(Action):
    """Tells whom to call (last answer's department or the general contact) and if the office is open."""

    def name(self) -> str:
        """Action name used in the domain."""
        return "action_hand_over"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        """Send the hand-over message with opening hours and the office's current state."""
        contact = hand_over_contact(
            tracker.get_slot(SLOT_LAST_DEPARTMENT), tracker.get_slot(SLOT_LAST_PHONE),
            general_contact(server_config()),
        )
        now = datetime.now(server_config().runtime.tz)
        dispatcher.utter_message(text=format_hand_over(contact, now))
        dispatcher.utter_message(json_message=hand_over_payload(contact, now, is_office_open(now)))
        return []
