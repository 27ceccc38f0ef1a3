"""The bot's custom payloads (Rasa ``json_message`` / domain ``custom``) and the quick-reply payloads: one set
of pydantic models shared by the action server (sending) and the chat (reading).

The JSON Schema of the payloads is generated into ``docs/protocols/bot-payloads.schema.json``:

    .venv/bin/python -m chat.payloads            # write it
    .venv/bin/python -m chat.payloads --check    # exit code 1 when the committed file differs
"""

from __future__ import annotations

import json
import sys
from datetime import datetime
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, ValidationError

from core.schema_files import write_or_check

SCHEMA_PATH = Path(__file__).resolve().parent.parent / "docs" / "protocols" / "bot-payloads.schema.json"

# Quick-reply payloads the bot's buttons carry. These (and only these) reach Rasa as direct intent triggers;
# any other text starting with "/" is neutralised by chat.user_text before it is sent.
AFFIRM_PAYLOAD = "/affirm"
DENY_PAYLOAD = "/deny"
BUTTON_PAYLOADS: frozenset[str] = frozenset({AFFIRM_PAYLOAD, DENY_PAYLOAD})
# The chat's own buttons after a safety message paused a form in progress (handled by the chat, never sent to
# Rasa): show the form's last question again, or stop the form.
RESUME_FORM_PAYLOAD = "/resume_form"
CANCEL_FORM_PAYLOAD = "/cancel_form"
FORM_CHOICE_PAYLOADS: frozenset[str] = frozenset({RESUME_FORM_PAYLOAD, CANCEL_FORM_PAYLOAD})


class _Payload(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)


class FaqAnswerPayload(_Payload):
    """Companion of an FAQ answer: the source page and the department's phone."""

    type: Literal["faq_answer"] = "faq_answer"
    entry_id: str = Field(description="id of the FAQ entry that answered")
    question: str = Field(description="the FAQ entry's question")
    source_url: str | None = Field(None, description="the city's page with the full answer (http/https)")
    department: str | None = Field(None, description="the department in charge")
    phone: str | None = Field(None, description="the department's phone number as written")
    confidence: float = Field(ge=0.0, le=1.0, description="calibrated confidence of the answer")


class HandOverPayload(_Payload):
    """Hand-over to a person: whom to call and whether the office is open."""

    type: Literal["hand_over"] = "hand_over"
    contact_name: str
    phone: str
    office_open: bool = Field(description="whether the city hall counters are open at checked_at")
    checked_at: datetime = Field(description="when office_open was decided (aware, Asia/Tokyo)")


class EmergencyNumbers(_Payload):
    """The numbers to call in an emergency."""

    fire_ambulance: str = "119"
    police: str = "110"


class EmergencyPayload(_Payload):
    """Emergency: the page shows 119/110 call buttons at once."""

    type: Literal["emergency"] = "emergency"
    numbers: EmergencyNumbers = Field(default_factory=EmergencyNumbers)


class ReportFiledPayload(_Payload):
    """A citizen report was filed: its receipt number and the citizen's private status link (the gateway's
    ``POST /internal/reports`` answer, reports.schemas.ReportFiled). ``id`` is the number (older senders gave
    only it)."""

    type: Literal["report_filed"] = "report_filed"
    id: str = Field(min_length=1, description="the receipt number, e.g. R-2026-000123")
    number: str | None = Field(None, min_length=1, description="the receipt number (same as id)")
    status_url: str | None = Field(
        None, description="the private status link with its unguessable token (http/https); shown only to the citizen"
    )


BotPayload = Annotated[
    FaqAnswerPayload | HandOverPayload | EmergencyPayload | ReportFiledPayload, Field(discriminator="type")
]
BOT_PAYLOAD_ADAPTER: TypeAdapter[BotPayload] = TypeAdapter(BotPayload)


def to_json_message(payload: BotPayload) -> dict[str, Any]:
    """The dict the action server hands to ``dispatcher.utter_message(json_message=...)`` (unset optional fields
    left out)."""
    return payload.model_dump(mode="json", exclude_none=True)


def parse_payload(raw: object) -> BotPayload | None:
    """The typed payload of a Rasa ``custom`` message, or None when it is not one of ours (ignored)."""
    try:
        return BOT_PAYLOAD_ADAPTER.validate_python(raw)
    except ValidationError:
        return None


def bot_payloads_schema() -> dict[str, Any]:
    """The JSON Schema of every custom payload (one discriminated union)."""
    schema = BOT_PAYLOAD_ADAPTER.json_schema()
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "Osaki assistant: bot custom payloads (Rasa json_message / custom)",
        **schema,
    }


def schema_text() -> str:
    """The schema file's exact content."""
    return json.dumps(bot_payloads_schema(), ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def main(argv: list[str] | None = None) -> int:
    """Write docs/protocols/bot-payloads.schema.json (or a given path); ``--check`` only compares."""
    args = sys.argv[1:] if argv is None else argv
    paths = [arg for arg in args if arg != "--check"]
    target = Path(paths[0]) if paths else SCHEMA_PATH
    return write_or_check({target: schema_text()}, argv=args, command="chat.payloads")

if __name__ == "__main__":
    sys.exit(main())
