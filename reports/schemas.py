"""API models of reports: Base / Create / Public, and what crosses the bot <-> gateway boundary."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import AnyHttpUrl, BaseModel, ConfigDict, Field, SerializerFunctionWrapHandler, model_serializer

from core.text import NonBlankStr, NonBlankText

# The longest description / place a citizen may give. The bot cuts its form answers to these limits
# (bot/actions/report.py uses them), so every report the bot files is accepted here.
MAX_WHAT_CHARS = 500
MAX_LOCATION_CHARS = 500
MAX_SESSION_ID_CHARS = 128
MAX_CONTACT_CHARS = 200
MAX_NOTE_CHARS = 1000
NEWER_OPTIONAL_FIELDS = ("category", "latitude", "longitude", "contact")


class ReportBase(BaseModel):
    """Fields a citizen gives."""

    what: NonBlankText = Field(max_length=MAX_WHAT_CHARS, description="what is wrong")
    where: NonBlankText = Field(max_length=MAX_LOCATION_CHARS, description="address or landmark")
    photo_url: AnyHttpUrl | None = Field(None, description="optional link to a photo (http/https; chat only)")


class ReportCreate(ReportBase):
    """What the bot sends to the internal endpoint (the same model on both ends). Newer fields are optional,
    so an older bot still files reports (category "other", no position)."""

    session_id: str | None = Field(
        None, max_length=MAX_SESSION_ID_CHARS, description="the chat session (stored hashed)"
    )
    category: str = Field("other", max_length=32, description="a code of reports/data/categories.yaml")
    latitude: float | None = Field(None, ge=-90, le=90, description="WGS 84, only with the citizen's consent")
    longitude: float | None = Field(None, ge=-180, le=180, description="WGS 84, only with the citizen's consent")
    contact: NonBlankStr | None = Field(None, max_length=MAX_CONTACT_CHARS, description="optional phone/email")

    @model_serializer(mode="wrap")
    def _omit_unset_newer_fields(self, handler: SerializerFunctionWrapHandler) -> dict[str, Any]:
        """The newer optional fields go on the wire only when set: an older receiver sees the payload it knows."""
        data: dict[str, Any] = handler(self)
        for name in NEWER_OPTIONAL_FIELDS:
            if name not in self.model_fields_set:
                data.pop(name, None)
        return data


class ReportFiled(BaseModel):
    """The reply to a filing: the receipt number (``id`` and ``number`` are the same, e.g. R-2026-000123)
    and the private status link (its token is shown only here, once)."""

    id: str
    number: str
    status_url: str


class ReportPublic(BaseModel):
    """A filed report as staff see it."""

    model_config = ConfigDict(from_attributes=True)

    id: int
    number: str | None
    category: str
    department: str
    district: str | None
    what: str
    where: str
    latitude: float | None
    longitude: float | None
    photo_url: str | None
    channel: str
    status: str
    merged_into_id: int | None
    created_at: datetime


class StatusNote(BaseModel):
    """One public step of a report's history."""

    status: str
    status_label: str
    note: str
    at: datetime


class ReportStatusView(BaseModel):
    """What the citizen's private status link shows (and the chat answers): no private notes, no contact."""

    number: str
    category: str
    category_label: str
    status: str
    status_label: str
    district: str | None
    created_at: datetime
    merged_into: str | None = Field(None, description="the number of the report this one was merged into")
    history: list[StatusNote]


class StatusChange(BaseModel):
    """A staff member's status change (form fields)."""

    status: str = Field(max_length=16)
    public_note: str = Field("", max_length=MAX_NOTE_CHARS)
    private_note: str = Field("", max_length=MAX_NOTE_CHARS)
