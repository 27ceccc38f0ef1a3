"""API models of the seniors' devices (tablets): a device as staff see it, and a new device with its token."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict


class DevicePublic(BaseModel):
    """A device without its token."""

    model_config = ConfigDict(from_attributes=True)

    device_id: str
    resident_id: int
    label: str
    created_at: datetime
    last_seen_at: datetime | None
    revoked_at: datetime | None


class DeviceCreated(DevicePublic):
    """A new device and its token, shown exactly once."""

    token: str
