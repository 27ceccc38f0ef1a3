"""Rasa custom actions of the problem report's form (reset, validation, confirmation, filing): thin wrappers; every
decision lives in bot/actions/report.py."""

# rasa-sdk ships no type information (no py.typed), so its base classes are Any to mypy.
# mypy: disallow-subclassing-any=False

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from pydantic import ValidationError
from rasa_sdk import Action, FormValidationAction, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from bot.actions.report import (
    INVALID_CONFIRM_TEXT,
    INVALID_PHOTO_TEXT,
    INVALID_WHAT_TEXT,
    INVALID_WHERE_TEXT,
    NO_PHOTO,
    REPORT_CANCELLED_TEXT,
    ReportReceipt,
    build_report,
    clean_what,
    clean_where,
    format_report_failed,
    format_report_filed,
    format_report_summary,
    parse_confirmation,
    parse_photo_answer,
    report_filed_payload,
)
from bot.actions.reports_client import submit_report
from bot.actions.server_config import general_contact, server_config
from chat.payloads import AFFIRM_PAYLOAD, DENY_PAYLOAD, to_json_message

log = logging.getLogger(__name__)

SLOT_REPORT_WHAT = "report_what"
SLOT_REPORT_WHERE = "report_where"
SLOT_REPORT_PHOTO = "report_photo_url"
SLOT_REPORT_CONFIRMED = "report_confirmed"
REPORT_SLOTS = (SLOT_REPORT_WHAT, SLOT_REPORT_WHERE, SLOT_REPORT_PHOTO, SLOT_REPORT_CONFIRMED)
CONFIRMED_YES = "yes"
CONFIRMED_NO = "no"

CONFIRM_BUTTONS: tuple[dict[str, str], ...] = (
    {"title": "はい", "payload": AFFIRM_PAYLOAD},
    {"title": "いいえ", "payload": DENY_PAYLOAD},
)


def cleaned_text_slot(slot: str, slot_value: Any, *, clean: Callable[[str | None], str | None], invalid_text: str,
                      dispatcher: CollectingDispatcher) -> dict[str, Any]:
    """A free-text slot's validation: None (a reset) passes silently; text the cleaner refuses is asked again."""
    if slot_value is None:
        return {slot: None}
    value = clean(slot_value if isinstance(slot_value, str) else None)
    if value is None:
        dispatcher.utter_message(text=invalid_text)
    return {slot: value}


class ActionResetReport(Action):
    """Clears the report slots so that every report starts from an empty form."""

    def name(self) -> str:
        """Action name used in the domain."""
        return "action_reset_report"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        """Reset the report slots."""
        return [SlotSet(slot, None) for slot in REPORT_SLOTS]


class ValidateReportProblemForm(FormValidationAction):
    """Validates the answers of report_problem_form (None values come from resets and pass silently)."""

    def name(self) -> str:
        """Action name used in the domain."""
        return "validate_report_problem_form"

    def validate_report_what(
        self, slot_value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        """What is wrong: any text of a few characters."""
        return cleaned_text_slot(SLOT_REPORT_WHAT, slot_value, clean=clean_what, invalid_text=INVALID_WHAT_TEXT,
                                 dispatcher=dispatcher)

    def validate_report_where(
        self, slot_value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        """Where: an address or a landmark of a few characters."""
        return cleaned_text_slot(SLOT_REPORT_WHERE, slot_value, clean=clean_where, invalid_text=INVALID_WHERE_TEXT,
                                 dispatcher=dispatcher)

    def validate_report_photo_url(
        self, slot_value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        """A photo URL (http/https) or an explicit 'no photo'."""
        if slot_value is None:
            return {SLOT_REPORT_PHOTO: None}
        answer = parse_photo_answer(str(slot_value or ""))
        if answer.kind == "url":
            return {SLOT_REPORT_PHOTO: answer.url}
        if answer.kind == "none":
            return {SLOT_REPORT_PHOTO: NO_PHOTO}
        dispatcher.utter_message(text=INVALID_PHOTO_TEXT)
        return {SLOT_REPORT_PHOTO: None}

    def validate_report_confirmed(
        self, slot_value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        """Yes/no to the summary; anything else asks again."""
        if slot_value is None:
            return {SLOT_REPORT_CONFIRMED: None}
        intent = (tracker.latest_message.get("intent") or {}).get("name")
        decision = parse_confirmation(intent, str(slot_value or ""))
        if decision is None:
            dispatcher.utter_message(text=INVALID_CONFIRM_TEXT)
            return {SLOT_REPORT_CONFIRMED: None}
        return {SLOT_REPORT_CONFIRMED: CONFIRMED_YES if decision else CONFIRMED_NO}


class ActionAskReportConfirmed(Action):
    """Shows the collected report and asks for confirmation."""

    def name(self) -> str:
        """Action name used in the domain (form 'ask' action of report_confirmed)."""
        return "action_ask_report_confirmed"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        """Send the summary with yes/no buttons."""
        text = format_report_summary(
            tracker.get_slot(SLOT_REPORT_WHAT), tracker.get_slot(SLOT_REPORT_WHERE), tracker.get_slot(SLOT_REPORT_PHOTO)
        )
        dispatcher.utter_message(text=text, buttons=[dict(button) for button in CONFIRM_BUTTONS])
        return []


class ActionFileReport(Action):
    """Files the confirmed report with the gateway (or acknowledges the cancellation)."""

    def name(self) -> str:
        """Action name used in the domain."""
        return "action_file_report"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        """POST the report and tell the report number; apologize with a phone number on failure."""
        reset: list[EventType] = [SlotSet(slot, None) for slot in REPORT_SLOTS]
        if tracker.get_slot(SLOT_REPORT_CONFIRMED) != CONFIRMED_YES:
            dispatcher.utter_message(text=REPORT_CANCELLED_TEXT)
            return reset
        config = server_config()
        receipt: ReportReceipt | None = None
        try:
            report = build_report(
                str(tracker.get_slot(SLOT_REPORT_WHAT) or ""),
                str(tracker.get_slot(SLOT_REPORT_WHERE) or ""),
                tracker.get_slot(SLOT_REPORT_PHOTO),
                tracker.sender_id,
            )
        except ValidationError as err:
            log.warning("report not filed: the collected answers are not a valid report (%s)", err.errors()[:1])
        else:
            receipt = await submit_report(report, url=config.bot.reports_url, token=config.reports.internal_token,
                                          timeout_s=config.bot.report_timeout_s)
        if receipt is None:
            contact = general_contact(config)
            dispatcher.utter_message(text=format_report_failed(contact.name, contact.phone))
        else:
            dispatcher.utter_message(text=format_report_filed(receipt.number, status_url=receipt.status_url))
            dispatcher.utter_message(json_message=to_json_message(report_filed_payload(receipt)))
        return reset
