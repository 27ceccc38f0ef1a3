"""API models of the satellite registry: Create / Update / Public (pydantic)."""

from __future__ import annotations

from datetime import datetime
from urllib.parse import urlsplit

from pydantic import BaseModel, ConfigDict, Field, field_validator

from core.text import NonBlankStr

URI_SCHEMES = ("tcp",)


def check_uri(value: str) -> str:
    """``tcp://host:port`` (the address wyoming-satellite listens on) or ValueError."""
    value = value.strip()
    parts = urlsplit(value)
    try:
        port = parts.port
    except ValueError as err:
        raise ValueError("the port must be a number 1-65535") from err
    if parts.scheme not in URI_SCHEMES or not parts.hostname or port is None or parts.path not in ("", "/"):
        raise ValueError("must be tcp://host:port")
    return f"tcp://{parts.netloc}"


class SatelliteCreate(BaseModel):
    """A new speaker: its address, the resident it serves (optional) and its district (default: the resident's)."""

    model_config = ConfigDict(str_strip_whitespace=True)

    uri: str = Field(max_length=300)
    resident_id: int | None = Field(None, ge=1)
    district: str | None = Field(None, max_length=100)
    label: str = Field("", max_length=100)

    _uri = field_validator("uri")(check_uri)


class SatelliteUpdate(BaseModel):
    """A change from the dashboard (every field optional)."""

    model_config = ConfigDict(str_strip_whitespace=True)

    uri: str | None = Field(None, max_length=300)
    resident_id: int | None = Field(None, ge=1)
    clear_resident: bool = False
    district: NonBlankStr | None = Field(None, max_length=100)
    label: str | None = Field(None, max_length=100)
    enabled: bool | None = None

    @field_validator("uri")
    @classmethod
    def _uri(cls, value: str | None) -> str | None:
        return None if value is None else check_uri(value)


class SatellitePublic(BaseModel):
    """A speaker as staff see it (``online`` already combined with a valid claim)."""

    model_config = ConfigDict(from_attributes=True)

    id: int
    uri: str
    resident_id: int | None
    resident_name: str | None = None
    district: str
    label: str
    enabled: bool
    online: bool
    last_heard_at: datetime | None
    claimed_by: str | None
    claim_expires_at: datetime | None
