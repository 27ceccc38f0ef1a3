"""WatchSettings on the shared configuration: the secret policy, the runtime it is bound to, the alert link."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from core.settings import RuntimeSettings
from watch.settings import WatchSettings
from watch.staff_pin import hash_pin

REAL_SECRET = "k3Jq9vX2mL8pR4tY7wZ1aB5cD6eF0gH2"
REAL_PIN_HASH = hash_pin("482915")  # production refuses the development PIN (tests/watch/test_staff_pin.py)


def test_production_needs_a_real_webhook_secret_only_with_a_webhook(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("APP_ENVIRONMENT", "production")
    assert WatchSettings(_env_file=None, staff_pin_hash=REAL_PIN_HASH).webhook_url == ""  # no webhook: nothing
    with pytest.raises(ValidationError, match="WATCH_WEBHOOK_SECRET"):
        WatchSettings(_env_file=None, webhook_url="https://hooks.example.jp/x",
                      webhook_secret="dev-webhook-secret", staff_pin_hash=REAL_PIN_HASH)
    ok = WatchSettings(_env_file=None, webhook_url="https://hooks.example.jp/x",
                       webhook_secret=REAL_SECRET, staff_pin_hash=REAL_PIN_HASH)
    assert ok.required_secrets() == ("webhook_secret",)


def test_development_accepts_the_placeholder(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("APP_ENVIRONMENT", "development")
    settings = WatchSettings(_env_file=None, webhook_url="http://127.0.0.1:9/h")
    assert settings.webhook_secret == ""


def test_no_own_environment_timezone_or_rasa_fields() -> None:
    assert not {"environment", "timezone", "rasa_url", "dashboard_url"} & set(WatchSettings.model_fields)


def test_bound_runtime_gives_the_zone_and_the_alert_link() -> None:
    runtime = RuntimeSettings(_env_file=None, timezone="Asia/Tokyo",
                              public_base_url="https://mimamori.city.osaki.example/")
    settings = WatchSettings(_env_file=None).with_runtime(runtime)
    assert settings.runtime is runtime and settings.runtime.tz.key == "Asia/Tokyo"
    assert settings.alert_url(12) == "https://mimamori.city.osaki.example/staff/alerts/12"
    assert settings.model_copy(update={"batch_size": 7}).runtime is runtime  # copies keep it


def test_policy_order_is_checked() -> None:
    with pytest.raises(ValidationError, match="WATCH_REASK_MINUTES"):
        WatchSettings(_env_file=None, reask_minutes=200)
