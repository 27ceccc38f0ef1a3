"""Action-server settings read from the environment."""

from __future__ import annotations

from bot.actions.settings import DEFAULT_GATEWAY_INTERNAL_URL, DEFAULT_REPORT_TIMEOUT_S, BotSettings


def test_defaults() -> None:
    settings = BotSettings.from_env({})
    assert settings.gateway_internal_url == DEFAULT_GATEWAY_INTERNAL_URL
    assert settings.reports_url == "http://127.0.0.1:8000/internal/reports"
    assert settings.report_timeout_s == DEFAULT_REPORT_TIMEOUT_S
    assert settings.general_contact_phone == "0229-23-5091"


def test_environment_overrides() -> None:
    settings = BotSettings.from_env({
        "GATEWAY_INTERNAL_URL": "http://gateway:9000/",
        "BOT_REPORT_TIMEOUT_S": "2.5",
        "GATEWAY_INTERNAL_TOKEN": "secret",
        "KNOWLEDGE_GENERAL_CONTACT_NAME": "テスト窓口",
        "KNOWLEDGE_GENERAL_CONTACT_PHONE": "0000-00-0000",
    })
    assert settings.reports_url == "http://gateway:9000/internal/reports"
    assert settings.report_timeout_s == 2.5
    assert settings.internal_token == "secret"
    assert settings.general_contact_name == "テスト窓口"


def test_bad_timeouts_fall_back_to_the_default() -> None:
    assert BotSettings.from_env({"BOT_REPORT_TIMEOUT_S": "abc"}).report_timeout_s == DEFAULT_REPORT_TIMEOUT_S
    assert BotSettings.from_env({"BOT_REPORT_TIMEOUT_S": "-1"}).report_timeout_s == DEFAULT_REPORT_TIMEOUT_S
