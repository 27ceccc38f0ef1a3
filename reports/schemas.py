"""API models of reports: Base / Create / Public."""

from __future__ import annotations

from datetime import datetime

from pydantic import AnyHttpUrl, BaseModel, ConfigDict, Field

from core.text import NonBlankText

# The longest description / place a citizen may give. The bot cuts its form answers to these limits
# (bot/actions/report.py uses them), so every report the bot files is accepted here.
MAX_WHAT_CHARS = 500
MAX_LOCATION_CHARS = 500
MAX_SESSION_ID_CHARS = 128


class ReportBase(BaseModel):
    """Fields a citizen gives."""

    what: NonBlankText = Field(max_length=MAX_WHAT_CHARS, description="what is wrong")
    where: NonBlankText = Field(max_length=MAX_LOCATION_CHARS, description="address or landmark")
    photo_url: AnyHttpUrl | None = Field(None, description="optional link to a photo (http/https)")


class ReportCreate(ReportBase):
    """What the bot sends to the internal endpoint (the same model on both ends)."""

    session_id: str | None = Field(
        None, max_length=MAX_SESSION_ID_CHARS, description="the chat session (stored hashed)"
    )


class ReportPublic(BaseModel):
    """A filed report as staff see it."""

    model_config = ConfigDict(from_attributes=True)

    id: int
    what: str
    where: str
    photo_url: str | None
    channel: str
    status: str
    created_at: datetime


class ReportFiled(BaseModel):
    """The reply to a filing: the report number."""

    id: str
