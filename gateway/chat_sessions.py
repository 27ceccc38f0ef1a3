"""Server-issued chat session ids: random, signed, so a client can only use ids the server gave out."""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets

SESSION_RANDOM_BYTES = 18  # 144 bits of randomness
SESSION_ID_PATTERN = re.compile(r"^[A-Za-z0-9_-]{24}\.[A-Za-z0-9_-]{16}$")
SIGNATURE_CHARS = 16


def _signature(secret_key: str, random_part: str) -> str:
    digest = hmac.new(secret_key.encode("utf-8"), b"chat-session:" + random_part.encode("ascii"), hashlib.sha256)
    return digest.hexdigest()[:SIGNATURE_CHARS]


def new_session_id(secret_key: str) -> str:
    """A fresh random session id with its signature: '<24 url-safe chars>.<16 hex>'."""
    random_part = secrets.token_urlsafe(SESSION_RANDOM_BYTES)
    return f"{random_part}.{_signature(secret_key, random_part)}"


def is_valid_session_id(secret_key: str, session_id: str) -> bool:
    """True when the id has the right shape and was signed with ``secret_key``."""
    if not SESSION_ID_PATTERN.fullmatch(session_id):
        return False
    random_part, signature = session_id.split(".", 1)
    return hmac.compare_digest(signature, _signature(secret_key, random_part))


def bot_sender_id(session_id: str) -> str:
    """The id Rasa sees: a one-way hash, so the tracker store never holds the client's secret id."""
    return hashlib.sha256(b"rasa-sender:" + session_id.encode("ascii")).hexdigest()[:32]
