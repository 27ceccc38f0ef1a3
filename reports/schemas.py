"""API models of reports: Base / Create / Public."""

from __future__ import annotations

from datetime import datetime

from pydantic import AnyHttpUrl, BaseModel, ConfigDict, Field, field_validator

MAX_WHAT_CHARS = 500
MAX_LOCATION_CHARS = 300


class ReportBase(BaseModel):
    """Fields a citizen gives."""

    what: str = Field(min_length=1, max_length=MAX_WHAT_CHARS, description="what is wrong")
    where: str = Field(min_length=1, max_length=MAX_LOCATION_CHARS, description="address or landmark")
    photo_url: AnyHttpUrl | None = Field(None, description="optional link to a photo (http/https)")

    @field_validator("what", "where")
    @classmethod
    def _strip(cls, value: str) -> str:
        value = value.strip()
        if not value:
            raise ValueError("must not be blank")
        return value


class ReportCreate(ReportBase):
    """What the bot sends to the internal endpoint."""

    session_id: str | None = Field(None, max_length=128, description="the chat session (stored hashed)")


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
