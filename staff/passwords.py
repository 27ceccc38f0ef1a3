"""Password hashing (argon2id) and the password policy (pure)."""

from __future__ import annotations

from functools import cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from staff.settings import MIN_PASSWORD_CHARS

MAX_PASSWORD_CHARS = 256
COMMON_PASSWORDS = frozenset(
    {"password1234", "passwordpassword", "123456789012", "qwertyuiopas", "administrator", "osakicity123"}
)

_hasher = PasswordHasher()


def password_problems(password: str, *, username: str = "", min_chars: int = MIN_PASSWORD_CHARS) -> list[str]:
    """Every rule the password breaks, as Japanese messages (empty list: acceptable)."""
    problems: list[str] = []
    if len(password) < min_chars:
        problems.append(f"パスワードは{min_chars}文字以上にしてください。")
    if len(password) > MAX_PASSWORD_CHARS:
        problems.append(f"パスワードは{MAX_PASSWORD_CHARS}文字以下にしてください。")
    if password and len(set(password)) < 4:
        problems.append("同じ文字の繰り返しが多すぎます。")
    if username and username.casefold() in password.casefold():
        problems.append("ユーザー名を含まないパスワードにしてください。")
    if password.casefold() in COMMON_PASSWORDS:
        problems.append("よく使われるパスワードは使えません。")
    if password != password.strip():
        problems.append("前後に空白を入れないでください。")
    return problems


def hash_password(password: str) -> str:
    """An argon2id hash of the password."""
    return _hasher.hash(password)


def verify_password(password_hash: str, password: str) -> bool:
    """True when the password matches the hash (False for a mismatch or a damaged hash)."""
    try:
        return _hasher.verify(password_hash, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def needs_rehash(password_hash: str) -> bool:
    """True when the hash was made with weaker parameters than today's."""
    try:
        return _hasher.check_needs_rehash(password_hash)
    except InvalidHashError:
        return True


@cache
def dummy_hash() -> str:
    """A hash to verify against when the username is unknown (same timing as a real check)."""
    return _hasher.hash("dummy-password-for-timing")
