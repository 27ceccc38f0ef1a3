"""Password policy (pure) and argon2 hashing."""

from __future__ import annotations

import pytest

from staff.passwords import hash_password, needs_rehash, password_problems, verify_password
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
