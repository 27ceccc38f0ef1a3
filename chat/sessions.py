"""Server-issued chat session ids: random and signed (itsdangerous), so a client can only use ids the
server gave out. Rasa only ever sees a one-way hash of the id."""

from __future__ import annotations

import hashlib
import secrets

from itsdangerous import BadSignature, Signer

SESSION_RANDOM_BYTES = 18  # 144 bits of randomness
SESSION_SALT = "osaki.chat-session"
MAX_SESSION_ID_CHARS = 100


def _signer(secret_key: str) -> Signer:
    return Signer(secret_key, salt=SESSION_SALT, digest_method=hashlib.sha256)


def new_session_id(secret_key: str) -> str:
    """A fresh random session id with its signature: '<24 url-safe chars>.<signature>'."""
    return _signer(secret_key).sign(secrets.token_urlsafe(SESSION_RANDOM_BYTES)).decode("ascii")


def is_valid_session_id(secret_key: str, session_id: str) -> bool:
    """True when the id was signed with ``secret_key`` (and is not absurdly long)."""
    if not session_id or len(session_id) > MAX_SESSION_ID_CHARS or not session_id.isascii():
        return False
    try:
        _signer(secret_key).unsign(session_id)
    except BadSignature:
        return False
    return True


def bot_sender_id(session_id: str) -> str:
    """The id Rasa sees: a one-way hash, so the tracker store never holds the client's secret id."""
    return hashlib.sha256(b"rasa-sender:" + session_id.encode("ascii")).hexdigest()[:32]
