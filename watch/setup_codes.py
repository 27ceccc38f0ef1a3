"""Tablet setup by a short one-time code (設定コード) instead of a long token typed by hand.

Staff issue an 8-digit code for a resident (shown once on the resident page with a QR code of the setup URL);
the tablet sends it to ``POST /watch/device/setup`` and receives its own device id and 256-bit token (the
device credential, :mod:`watch.devices`). A code works once, for ``WATCH_SETUP_CODE_MINUTES``; issuing a new
one for the resident deletes the unused older ones. Only the code's SHA-256 is stored: a code has only
10^8 values, so guessing is limited at the web edge (per address and in total) and a code lives minutes.
"""

from __future__ import annotations

import hashlib
import secrets
import unicodedata
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from storage.base import utcnow
from watch.device_schemas import DeviceCreated
from watch.devices import create_device
from watch.errors import InvalidInputError, SetupCodeError
from watch.history import log_event
from watch.models import DeviceSetupCode
from watch.residents import get_resident

SETUP_CODE_DIGITS = 8
SETUP_URL_PATH = "/device"
MAX_DRAWS = 20  # a fresh code collides with an active one with probability ~active/10^8: never 20 times


@dataclass(frozen=True)
class IssuedSetupCode:
    """A code just issued (the only time its digits exist outside the tablet)."""

    code: str
    resident_id: int
    expires_at: datetime

    @property
    def grouped(self) -> str:
        """The code as staff read it aloud: ``1234 5678``."""
        half = SETUP_CODE_DIGITS // 2
        return f"{self.code[:half]} {self.code[half:]}"


def hash_code(code: str) -> str:
    """The stored form of a setup code (SHA-256 hex of the 8 digits)."""
    return hashlib.sha256(code.encode("ascii")).hexdigest()


def normalise_code(text: str) -> str:
    """The 8 digits of what was typed (full-width digits, spaces and hyphens allowed); InvalidInputError if not."""
    digits = "".join(ch for ch in unicodedata.normalize("NFKC", text) if ch not in " -\u3000")
    if len(digits) != SETUP_CODE_DIGITS or not digits.isascii() or not digits.isdigit():
        raise InvalidInputError(f"設定コードは{SETUP_CODE_DIGITS}けたの数字です。もう一度入れてください。",
                                detail="setup code is not 8 digits")
    return digits


def setup_url(public_base_url: str, code: str) -> str:
    """The address the QR code holds: the tablet page with the code in the fragment (never sent to a server log)."""
    return f"{public_base_url.rstrip('/')}{SETUP_URL_PATH}#code={code}"


def _active(session: Session, code_hash: str, now: datetime) -> DeviceSetupCode | None:
    return session.scalar(
        select(DeviceSetupCode)
        .where(DeviceSetupCode.code_hash == code_hash, DeviceSetupCode.used_at.is_(None),
               DeviceSetupCode.expires_at > now)
        .order_by(DeviceSetupCode.id)
        .limit(1)
        .with_for_update()
    )


def issue_setup_code(session: Session, *, resident_id: int, by: str, ttl: timedelta, label: str = "",
                     now: datetime | None = None) -> IssuedSetupCode:
    """A new one-time code for the resident (unused older codes of the resident stop working)."""
    at = now or utcnow()
    get_resident(session, resident_id=resident_id)
    session.execute(delete(DeviceSetupCode).where(DeviceSetupCode.resident_id == resident_id,
                                                  DeviceSetupCode.used_at.is_(None)))
    for _ in range(MAX_DRAWS):
        code = f"{secrets.randbelow(10**SETUP_CODE_DIGITS):0{SETUP_CODE_DIGITS}d}"
        if _active(session, hash_code(code), at) is None:
            break
    else:  # pragma: no cover - needs ~10^8 active codes
        raise RuntimeError("no free setup code")
    row = DeviceSetupCode(resident_id=resident_id, code_hash=hash_code(code), label=label.strip()[:100],
                          created_by=by.strip()[:100] or "staff", created_at=at, expires_at=at + ttl)
    session.add(row)
    session.flush()
    log_event(session, resident_id=resident_id, kind="setup_code_issued", actor=row.created_by, at=at)
    return IssuedSetupCode(code=code, resident_id=resident_id, expires_at=row.expires_at)


def redeem_setup_code(session: Session, *, code: str, now: datetime | None = None) -> DeviceCreated:
    """Use a code: a new device for its resident (token returned once). SetupCodeError when the code is
    unknown, used or expired (one message for all three: a guesser learns nothing)."""
    at = now or utcnow()
    row = _active(session, hash_code(normalise_code(code)), at)
    if row is None:
        raise SetupCodeError(detail="unknown, used or expired setup code")
    if not get_resident(session, resident_id=row.resident_id).active:
        raise SetupCodeError("この方の見守りは現在止まっています。市役所にお問い合わせください。",
                             detail=f"resident {row.resident_id} is not active")
    device = create_device(session, resident_id=row.resident_id, label=row.label, now=at)
    row.used_at = at
    row.device_id = device.device_id
    log_event(session, resident_id=row.resident_id, kind="setup_code_used", detail=device.device_id, at=at)
    session.flush()
    return device
