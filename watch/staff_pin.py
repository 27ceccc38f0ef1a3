"""The staff PIN (職員の暗証番号) that unlocks a tablet's re-setup, so a senior cannot undo the setup by a tap.

The setting holds only an argon2id hash (``WATCH_STAFF_PIN_HASH``, made by ``python -m watch hash-pin``); the
PIN is checked on the server (``POST /watch/device/reset``), with tries limited per client address.
"""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

MIN_PIN_DIGITS = 4
MAX_PIN_DIGITS = 12

_hasher = PasswordHasher()


def pin_problem(pin: str) -> str | None:
    """Why ``pin`` cannot be a staff PIN (Japanese), or None."""
    if not (pin.isascii() and pin.isdigit() and MIN_PIN_DIGITS <= len(pin) <= MAX_PIN_DIGITS):
        return f"暗証番号は{MIN_PIN_DIGITS}から{MAX_PIN_DIGITS}けたの数字にしてください。"
    if len(set(pin)) == 1 or pin in "0123456789012" or pin in "9876543210987":
        return "同じ数字の繰り返しや、続き番号は使えません。"
    return None


def hash_pin(pin: str) -> str:
    """The argon2id hash to put into WATCH_STAFF_PIN_HASH."""
    return _hasher.hash(pin)


def verify_pin(pin: str, pin_hash: str) -> bool:
    """True when ``pin`` matches the stored hash (a malformed hash never matches)."""
    if len(pin) > MAX_PIN_DIGITS:
        return False
    try:
        return _hasher.verify(pin_hash, pin)
    except (VerificationError, InvalidHashError):
        return False
