"""The one runtime configuration and the secret policy."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from core.rasa import RasaSettings
from core.settings import RuntimeSettings, is_placeholder_secret

REAL_SECRET = "k3J9-qPz_7vLm2Rt8sWx4YbN6cDe1FgH"


def test_placeholders_are_recognised() -> None:
    for value in ("", "changeme", "dev-rasa-token-change-me", "short", "example-secret-value-000000000000000"):
        assert is_placeholder_secret(value)
    assert not is_placeholder_secret(REAL_SECRET)


def test_development_accepts_the_shipped_defaults(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("APP_ENVIRONMENT", raising=False)
    assert RasaSettings().token.startswith("dev-")


def test_production_refuses_every_placeholder_secret(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("APP_ENVIRONMENT", "production")
    with pytest.raises(ValidationError, match="RASA_TOKEN, RASA_ACTIONS_TOKEN"):
        RasaSettings()
    assert RasaSettings(token=REAL_SECRET, actions_token=REAL_SECRET[::-1]).token == REAL_SECRET


def test_bad_runtime_values_are_refused() -> None:
    with pytest.raises(ValidationError, match="time zone"):
        RuntimeSettings(timezone="Mars/Olympus")
    with pytest.raises(ValidationError, match="APP_TRUSTED_PROXIES"):
        RuntimeSettings(trusted_proxies=["not-an-address"])
    with pytest.raises(ValidationError, match="APP_DISTRICTS"):
        RuntimeSettings(districts=[" "])


def test_production_switch_is_one_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("APP_ENVIRONMENT", "production")
    assert RuntimeSettings().is_production
