"""Password hashing (argon2id) and the password policy (pure)."""

from __future__ import annotations

from functools import cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from staff.settings import MIN_PASSWORD_CHARS

MAX_PASSWORD_CHARS = 256
# Names of this installation that make poor passwords on their own (zxcvbn lowers the score of passwords
# built from them).
LOCAL_WORDS = ("osaki", "osakicity", "oosaki", "furukawa", "miyagi", "staff", "admin", "mimamori")
ZXCVBN_MAX_CHARS = 72  # zxcvbn refuses longer input; 72 characters are far past any guessable password
MIN_ZXCVBN_SCORE = 3  # 0..4: 3 means "safely unguessable" (~10^8 guesses) against an online/slow-hash attack


@cache
def common_passwords() -> frozenset[str]:
    """The 30,000 most common passwords of zxcvbn's frequency list (lower case), loaded on first use."""
    from zxcvbn.frequency_lists import FREQUENCY_LISTS

    return frozenset(word.casefold() for word in FREQUENCY_LISTS["passwords"])


def guessability_score(password: str, *, username: str = "") -> int:
    """zxcvbn's score 0 (guessed at once) .. 4 (very hard), with the username and local words as hints."""
    from zxcvbn import zxcvbn

    hints = [*LOCAL_WORDS, username] if username else list(LOCAL_WORDS)
    return int(zxcvbn(password[:ZXCVBN_MAX_CHARS], user_inputs=hints)["score"])

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
    if password.casefold() in common_passwords():
        problems.append("よく使われるパスワードは使えません。")
    elif len(password) >= min_chars and guessability_score(password, username=username) < MIN_ZXCVBN_SCORE:
        problems.append("推測されやすいパスワードです。単語を組み合わせるなどして、長く複雑にしてください。")
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
