"""A resident's devices (tablets, speakers): registration, the token check, revocation, validity of open sockets.

A device token is 256 random bits shown once; only its SHA-256 is stored. A device works while it is not
revoked and its resident is enrolled (active): :func:`authenticate_device` checks both at the hello and
:func:`invalid_devices` re-checks the devices of open sockets (each delivery poll, and before saving an answer),
so a revocation or a deactivation in any process closes the socket within a poll interval.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from storage.base import utcnow
from watch.device_schemas import DeviceCreated, DevicePublic
from watch.errors import AuthError, DeviceRefusedError, NotFoundError
from watch.history import log_event
from watch.models import Device, Resident
from watch.residents import get_resident

TOKEN_BYTES = 32  # 256 random bits: a plain SHA-256 of the token is enough (no password stretching needed)
MAX_IN_LIST = 500  # device ids per IN (...) query
REFUSED_REVOKED = "device_revoked"
REFUSED_INACTIVE = "resident_inactive"


def hash_token(token: str) -> str:
    """The stored form of a device token (SHA-256 hex)."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def create_device(session: Session, *, resident_id: int, label: str = "", now: datetime | None = None) -> DeviceCreated:
    """Register a device; the returned token is shown once and only its hash is stored."""
    get_resident(session, resident_id=resident_id)
    token = secrets.token_urlsafe(TOKEN_BYTES)
    device = Device(device_id=f"d-{secrets.token_hex(6)}", resident_id=resident_id, token_hash=hash_token(token),
                    label=label, created_at=now or utcnow())
    session.add(device)
    session.flush()
    log_event(session, resident_id=resident_id, kind="device_added", detail=device.device_id, at=device.created_at)
    return DeviceCreated(token=token, **DevicePublic.model_validate(device).model_dump())


def list_devices(session: Session, *, resident_id: int) -> list[DevicePublic]:
    """The resident's devices (no tokens)."""
    rows = session.scalars(select(Device).where(Device.resident_id == resident_id).order_by(Device.id))
    return [DevicePublic.model_validate(row) for row in rows]


def revoke_device(session: Session, *, device_id: str, by: str, now: datetime | None = None) -> DevicePublic:
    """Disable a device for good: its token is refused and its open sockets close within a poll interval.

    Revoking twice keeps the first time (and logs nothing new); an unknown id raises NotFoundError.
    """
    device = session.scalar(select(Device).where(Device.device_id == device_id).with_for_update())
    if device is None:
        raise NotFoundError(detail=f"device {device_id} does not exist")
    if device.revoked_at is None:
        device.revoked_at = now or utcnow()
        log_event(session, resident_id=device.resident_id, kind="device_revoked", detail=device_id,
                  actor=by.strip()[:100] or "staff", at=device.revoked_at)
        session.flush()
    return DevicePublic.model_validate(device)


@dataclass(frozen=True)
class AuthenticatedDevice:
    """A device whose token matched, with its resident's id and name."""

    device_id: str
    resident_id: int
    resident_name: str


def authenticate_device(session: Session, *, device_id: str, token: str,
                        now: datetime | None = None) -> AuthenticatedDevice:
    """The device when ``token`` is its own (AuthError otherwise), it is not revoked and its resident is active
    (DeviceRefusedError with ``reason`` device_revoked / resident_inactive)."""
    row = session.execute(
        select(Device, Resident.name, Resident.active)
        .join(Resident, Resident.id == Device.resident_id)
        .where(Device.device_id == device_id)
    ).first()
    expected = row[0].token_hash if row is not None else hash_token("")
    if not hmac.compare_digest(expected, hash_token(token)) or row is None:
        raise AuthError(detail="unknown device or wrong token")
    device, name, active = row
    if device.revoked_at is not None:
        raise DeviceRefusedError(reason=REFUSED_REVOKED, detail=f"device {device_id} was revoked")
    if not active:
        raise DeviceRefusedError(reason=REFUSED_INACTIVE, detail=f"resident {device.resident_id} is not active")
    device.last_seen_at = now or utcnow()
    return AuthenticatedDevice(device.device_id, device.resident_id, str(name))


def invalid_devices(session: Session, *, device_ids: Collection[str]) -> dict[str, str]:
    """Which of ``device_ids`` may no longer be used, and why: device_revoked (also for a deleted device) or
    resident_inactive. Valid devices are left out."""
    wanted = sorted(set(device_ids))
    refused = dict.fromkeys(wanted, REFUSED_REVOKED)  # not found below: deleted
    for start in range(0, len(wanted), MAX_IN_LIST):
        rows = session.execute(
            select(Device.device_id, Device.revoked_at, Resident.active)
            .join(Resident, Resident.id == Device.resident_id)
            .where(Device.device_id.in_(wanted[start:start + MAX_IN_LIST]))
        )
        for device_id, revoked_at, active in rows:
            if revoked_at is None and active:
                del refused[device_id]
            elif revoked_at is None:
                refused[device_id] = REFUSED_INACTIVE
    return refused
