"""A form in progress (a report) paused by a safety message, then continued or stopped.

The text that raised the emergency is never sent to Rasa, so it cannot become a slot value; the form stays
active in Rasa's tracker. 「通報を続ける」 shows the form's last question again (from the tracker, nothing is sent);
「通報をやめる」 appends the events that end the form (no active loop, no requested slot, the report slots
cleared), which is what the bot's own stop does.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

from chat.bot_client import BotClient
from chat.errors import BotUnavailableError
from chat.messages import to_chat_messages
from chat.payloads import CANCEL_FORM_PAYLOAD
from chat.schemas import ChatMessage
from chat.wording import FORM_RESUMED_TEXT, FORM_STOPPED_TEXT, NO_FORM_TEXT

log = logging.getLogger(__name__)
REPORT_SLOTS = ("report_what", "report_where", "report_photo_url", "report_confirmed")


def active_form_of(tracker: Mapping[str, Any]) -> str | None:
    """The name of the tracker's active form, or None."""
    loop = tracker.get("active_loop")
    name = loop.get("name") if isinstance(loop, Mapping) else None
    return name if isinstance(name, str) and name else None


def last_bot_message(tracker: Mapping[str, Any]) -> dict[str, Any] | None:
    """The last bot utterance of the tracker as a REST-channel message (text, buttons, custom), or None."""
    events = tracker.get("events")
    if not isinstance(events, list):
        return None
    for event in reversed(events):
        if isinstance(event, Mapping) and event.get("event") == "bot" and event.get("text"):
            raw = event.get("data")
            data: Mapping[str, Any] = raw if isinstance(raw, Mapping) else {}
            return {"text": event["text"], "buttons": data.get("buttons"), "custom": data.get("custom")}
    return None


def stop_form_events() -> list[dict[str, Any]]:
    """Events that end the active form and clear the report's slots."""
    slots = [{"event": "slot", "name": name, "value": None} for name in ("requested_slot", *REPORT_SLOTS)]
    return [{"event": "active_loop", "name": None}, *slots]


async def active_form(bot: BotClient, sender: str) -> str | None:
    """The conversation's active form, or None (also when Rasa cannot be asked: then nothing is paused)."""
    try:
        return active_form_of(await bot.tracker(sender=sender))
    except BotUnavailableError as err:
        log.info("form state unknown (%s): nothing to pause", err.detail)
        return None


async def form_choice(bot: BotClient, sender: str, payload: str) -> list[ChatMessage]:
    """Carry out 「通報を続ける」 or 「通報をやめる」; raises BotUnavailableError when Rasa cannot be reached."""
    tracker = await bot.tracker(sender=sender)
    if active_form_of(tracker) is None:
        return [ChatMessage(text=NO_FORM_TEXT)]
    if payload == CANCEL_FORM_PAYLOAD:
        await bot.append_events(sender=sender, events=stop_form_events())
        return [ChatMessage(text=FORM_STOPPED_TEXT)]
    question = last_bot_message(tracker)
    shown = to_chat_messages([question]) if question else []
    return [ChatMessage(kind="notice", text=FORM_RESUMED_TEXT), *shown]
