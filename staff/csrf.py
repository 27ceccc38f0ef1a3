"""CSRF tokens: a synchronizer token per session, and a signed token for the login form (pure functions)."""

from __future__ import annotations

import hashlib
import hmac
import secrets

TOKEN_BYTES = 32
CSRF_HEADER = "X-CSRF-Token"
CSRF_FIELD = "csrf_token"


def new_token() -> str:
    """A fresh random token (URL-safe, 43 characters)."""
    return secrets.token_urlsafe(TOKEN_BYTES)


def tokens_match(expected: str | None, given: str | None) -> bool:
    """Constant-time comparison; a missing or empty token never matches."""
    if not expected or not given:
        return False
    return hmac.compare_digest(expected.encode("utf-8"), given.encode("utf-8"))


def login_form_token(nonce: str, *, secret: str) -> str:
    """The token the login form carries, bound to the nonce in the login cookie by an HMAC."""
    return hmac.new(secret.encode("utf-8"), b"staff-login:" + nonce.encode("utf-8"), hashlib.sha256).hexdigest()


def login_token_valid(nonce: str | None, given: str | None, *, secret: str) -> bool:
    """True when the login form's token belongs to the login cookie's nonce."""
    if not nonce or not given:
        return False
    return tokens_match(login_form_token(nonce, secret=secret), given)


def hash_session_token(token: str) -> str:
    """The stored form of a session id (a database leak does not give usable cookies)."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()
