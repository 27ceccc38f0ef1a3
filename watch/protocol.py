"""The device WebSocket protocol (``/watch/device/{device_id}``) as pydantic models, shared by the server
(``watch/routes.py``) and documented for the tablet page (``watch/static/device.js``) as JSON Schema in
``docs/protocols/device.schema.json`` (regenerate with ``python -m watch.protocol``; a test compares).

Flow: the device sends ``hello`` first (within ``WATCH_HELLO_TIMEOUT_S``; the token is never a query parameter:
URLs end up in logs). The server answers ``welcome`` and pushes ``checkin`` questions; the device sends
``answer`` (a button or free text) and ``ping``; disaster notices come as ``notice`` (repeated until the device
sends ``notice_heard``) and ``notice_ended``. Every refusal is an ``error`` event; when the server closes
the socket it sends the ``error`` first, then the close code below.
"""

from __future__ import annotations

import json
import sys
from datetime import datetime
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, RootModel, TypeAdapter, model_validator
from pydantic.json_schema import models_json_schema

from core.schema_files import write_or_check

MAX_TOKEN_CHARS = 200
MAX_ANSWER_TEXT_CHARS = 500
MAX_LABEL_CHARS = 120
MAX_PHONE_CHARS = 32
SCHEMA_PATH = Path(__file__).resolve().parent.parent / "docs" / "protocols" / "device.schema.json"

# Close codes (4000-4999 are the application's own).
CLOSE_NORMAL = 1000
CLOSE_POLICY = 1008  # too many messages
CLOSE_TOO_LARGE = 1009  # a message over WATCH_DEVICE_MAX_MESSAGE_BYTES
CLOSE_TRY_LATER = 1013  # the watch module is not started, or too many connections from one address
CLOSE_UNAUTHORIZED = 4401  # wrong token, unknown device, or no hello: set the device up again
CLOSE_FORBIDDEN = 4403  # the device was revoked or its resident is no longer enrolled: do not reconnect
CLOSE_HELLO_TIMEOUT = 4408  # no hello in time: reconnect

# Error codes of ``error`` events.
ERROR_UNAUTHORIZED = "unauthorized"
ERROR_REVOKED = "device_revoked"
ERROR_INACTIVE = "resident_inactive"
ERROR_HELLO_TIMEOUT = "hello_timeout"
ERROR_TOO_LARGE = "message_too_large"
ERROR_BAD_MESSAGE = "bad_message"
ERROR_RATE_LIMITED = "rate_limited"
ERROR_NOT_SAVED = "not_saved"
ERROR_TOO_MANY_CONNECTIONS = "too_many_connections"
ERROR_UNAVAILABLE = "unavailable"
ErrorCode = Literal[
    "unauthorized", "device_revoked", "resident_inactive", "hello_timeout", "message_too_large", "bad_message",
    "rate_limited", "not_saved", "too_many_connections", "unavailable", "not_found", "invalid_input",
]


class _Message(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


# --- device -> server -------------------------------------------------------------------------------
class Hello(_Message):
    """The first message: the device's secret token."""

    type: Literal["hello"] = "hello"
    token: str = Field(min_length=1, max_length=MAX_TOKEN_CHARS)


class Answer(_Message):
    """The senior's answer: exactly one of ``button`` and ``text``; ``checkin_id`` of the question shown
    (None: the latest open question of the last 24 hours, or an alert without a question, e.g. at night)."""

    type: Literal["answer"] = "answer"
    checkin_id: int | None = None
    button: Literal["fine", "unwell", "help"] | None = None
    text: str | None = Field(None, max_length=MAX_ANSWER_TEXT_CHARS)

    @model_validator(mode="after")
    def _one_kind(self) -> Answer:
        if (self.button is None) == (self.text is None):
            raise ValueError("an answer has exactly one of button and text")
        return self


class Ping(_Message):
    """Keep-alive; the server answers ``pong``."""

    type: Literal["ping"] = "ping"


class NoticeHeard(_Message):
    """The senior pressed 「聞きました」 under a disaster notice: it is not repeated on this device any more."""

    type: Literal["notice_heard"] = "notice_heard"
    notice_id: int


DeviceMessage = Annotated[Hello | Answer | Ping | NoticeHeard, Field(discriminator="type")]
DEVICE_MESSAGE: TypeAdapter[Hello | Answer | Ping | NoticeHeard] = TypeAdapter(DeviceMessage)


# --- server -> device -------------------------------------------------------------------------------
class PhoneNumber(_Message):
    """A number the tablet shows as a large tap-to-call link (119 is always shown by the tablet itself)."""

    role: Literal["family", "city"]
    label: str = Field(min_length=1, max_length=MAX_LABEL_CHARS)  # e.g. 長男 佐藤 一郎, 大崎市役所 総合窓口
    phone: str = Field(min_length=1, max_length=MAX_PHONE_CHARS)


class Welcome(_Message):
    """The token was accepted; ``name`` of the resident for the greeting, ``timezone`` (IANA) of the city for
    a greeting by the time of day, ``phones``: the first family contact with a phone and the city."""

    type: Literal["welcome"] = "welcome"
    name: str
    timezone: str | None = Field(None, max_length=MAX_LABEL_CHARS)
    phones: list[PhoneNumber] = Field(default_factory=list)


class CheckinQuestion(_Message):
    """A question to show; ``ask`` counts how often it was asked (a repeat has a higher number)."""

    type: Literal["checkin"] = "checkin"
    checkin_id: int
    kind: Literal["daily", "safety"]
    message: str
    ask: int = Field(ge=1)


class Answered(_Message):
    """The answer was saved; ``message`` is the reply to show."""

    type: Literal["answered"] = "answered"
    checkin_id: int | None
    outcome: Literal["fine", "unwell", "help"]
    message: str


class Retry(_Message):
    """The answer was saved but not understood: the question comes again."""

    type: Literal["retry"] = "retry"
    checkin_id: int | None
    outcome: Literal["unclear"] = "unclear"
    message: str


class ErrorEvent(_Message):
    """Something was refused; for an answer: it was NOT saved (send it again unless ``code`` says otherwise)."""

    type: Literal["error"] = "error"
    code: ErrorCode
    message: str
    retry_after_s: int | None = None


class Pong(_Message):
    """Answer to ``ping``."""

    type: Literal["pong"] = "pong"


class Notice(_Message):
    """A disaster or safety notice for the resident's district: a banner, read aloud; ``ask`` counts the pushes
    (a higher number: show and speak it again); ``heard``: acknowledged on this device (show it, quietly, until
    ``expires_at``); ``districts`` empty with ``all_districts``."""

    type: Literal["notice"] = "notice"
    notice_id: int
    level: Literal["emergency", "evacuate", "elderly", "caution", "info"]
    level_label: str
    title: str
    text: str
    all_districts: bool
    districts: list[str]
    expires_at: datetime
    ask: int = Field(ge=1)
    heard: bool = False


class NoticeEnded(_Message):
    """Staff ended the notice (or it expired): remove the banner."""

    type: Literal["notice_ended"] = "notice_ended"
    notice_id: int


ServerMessage = Annotated[Welcome | CheckinQuestion | Answered | Retry | ErrorEvent | Pong | Notice | NoticeEnded,
                          Field(discriminator="type")]
SERVER_MESSAGE: TypeAdapter[
    Welcome | CheckinQuestion | Answered | Retry | ErrorEvent | Pong | Notice | NoticeEnded
] = TypeAdapter(ServerMessage)


class DeviceToServer(RootModel[DeviceMessage]):
    """Any message a device sends."""


class ServerToDevice(RootModel[ServerMessage]):
    """Any message the server sends."""


def json_schema() -> dict[str, Any]:
    """The protocol as one JSON Schema document (both directions under ``$defs``)."""
    _, top = models_json_schema([(DeviceToServer, "validation"), (ServerToDevice, "serialization")],
                                title="Osaki watch-over device WebSocket protocol")
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        **top,
        "description": (__doc__ or "").strip().split("\n\n")[1].replace("\n", " "),
        "anyOf": [{"$ref": "#/$defs/DeviceToServer"}, {"$ref": "#/$defs/ServerToDevice"}],
        "x-close-codes": {
            "1008": "too many messages", "1009": "message too large", "1013": "try again later",
            "4401": "unauthorized: set the device up again", "4403": "revoked or resident not enrolled: stop",
            "4408": "no hello in time: reconnect",
        },
    }


def schema_text() -> str:
    """The committed file's exact text."""
    return json.dumps(json_schema(), ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def main(argv: list[str] | None = None) -> int:
    """Write (or with ``--check`` compare) ``docs/protocols/device.schema.json``."""
    args = sys.argv[1:] if argv is None else argv
    return write_or_check({SCHEMA_PATH: schema_text()}, argv=args, command="watch.protocol")

if __name__ == "__main__":
    sys.exit(main())
