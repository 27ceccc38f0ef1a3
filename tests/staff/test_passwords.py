"""Password policy (pure) and argon2 hashing."""

from __future__ import annotations

import pytest

from staff.passwords import common_passwords, hash_password, needs_rehash, password_problems, verify_password
from staff.settings import MIN_PASSWORD_CHARS


def test_a_long_varied_password_passes() -> None:
    assert password_problems("sakura-hanami-2026", username="tanaka") == []


@pytest.mark.parametrize(
    ("password", "fragment"),
    [
        ("short-pw-1", f"{MIN_PASSWORD_CHARS}文字以上"),
        ("aaaaaaaaaaaaaaaa", "同じ文字"),
        ("my-tanaka-password", "ユーザー名"),
        ("password1234", "よく使われる"),
        (" leading-space-pw", "空白"),
        ("x" * 300 + "abcd", "256文字以下"),
    ],
)
def test_policy_names_each_broken_rule(password: str, fragment: str) -> None:
    problems = password_problems(password, username="Tanaka")
    assert any(fragment in p for p in problems), problems


def test_policy_minimum_is_configurable_but_reported() -> None:
    assert password_problems("abcdefghijklmn", min_chars=16) == ["パスワードは16文字以上にしてください。"]


def test_hash_is_argon2id_and_verifies() -> None:
    hashed = hash_password("sakura-hanami-2026")
    assert hashed.startswith("$argon2id$")
    assert verify_password(hashed, "sakura-hanami-2026")
    assert not verify_password(hashed, "sakura-hanami-2027")
    assert not needs_rehash(hashed)


def test_a_damaged_hash_never_verifies() -> None:
    assert not verify_password("not-a-hash", "anything")
    assert needs_rehash("not-a-hash")


@pytest.mark.parametrize("password", ["iloveyou2010", "qwertyuiop123", "1qaz2wsx3edc", "trustno1trustno1"])
def test_common_and_easily_guessed_passwords_are_refused(password: str) -> None:
    """Finding 9: the list had 6 entries; now zxcvbn's 30,000 common passwords and its guessability score."""
    problems = password_problems(password, username="tanaka")
    assert any("よく使われる" in p or "推測されやすい" in p for p in problems), problems


def test_the_common_list_is_a_real_list() -> None:
    common = common_passwords()
    assert len(common) >= 10_000
    assert {"password", "123456", "qwerty", "dragon"} <= common


def test_local_words_make_a_password_weak() -> None:
    assert any("推測されやすい" in p for p in password_problems("osakicity2026", username="sato"))
