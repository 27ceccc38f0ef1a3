"""The staff PIN of the tablet re-setup (pure): hashing, checking, the PIN rules, the production refusal of the
development PIN."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from watch.settings import DEV_STAFF_PIN_HASH, WatchSettings
from watch.staff_pin import hash_pin, pin_problem, verify_pin


def test_a_hashed_pin_verifies_only_itself() -> None:
    stored = hash_pin("482915")
    assert stored.startswith("$argon2id$") and "482915" not in stored
    assert verify_pin("482915", stored)
    assert not verify_pin("482916", stored)
    assert not verify_pin("", stored)
    assert not verify_pin("482915", "not-a-hash")
    assert not verify_pin("9" * 100, stored)  # a huge input never reaches argon2


def test_the_development_pin_is_0000() -> None:
    assert verify_pin("0000", DEV_STAFF_PIN_HASH)


@pytest.mark.parametrize(("pin", "problem"), [
    ("123", "4から12けた"), ("12a45", "4から12けた"), ("1111", "繰り返し"), ("1234", "続き番号"), ("9876", "続き番号"),
    ("１２３４５", "4から12けた"),
])
def test_weak_or_malformed_pins_are_refused(pin: str, problem: str) -> None:
    found = pin_problem(pin)
    assert found is not None and problem in found


def test_a_good_pin_has_no_problem() -> None:
    assert pin_problem("482915") is None


def test_production_refuses_the_development_pin_and_a_non_hash(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("APP_ENVIRONMENT", "production")
    with pytest.raises(ValidationError, match="WATCH_STAFF_PIN_HASH"):
        WatchSettings(_env_file=None)
    real = hash_pin("482915")
    assert WatchSettings(_env_file=None, staff_pin_hash=real).staff_pin_hash == real
    monkeypatch.setenv("APP_ENVIRONMENT", "development")
    with pytest.raises(ValidationError, match="argon2"):
        WatchSettings(_env_file=None, staff_pin_hash="0000")
