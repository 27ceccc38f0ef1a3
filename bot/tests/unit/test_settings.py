"""Action-server settings: BOT_ (its own), APP_ (city contact, environment), REPORTS_ (the internal token it
sends), RASA_ (the token Rasa must present); the check command."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from bot.actions import settings as bot_settings
from bot.actions.errors import BotSettingsError
from bot.actions.settings import (
    DEFAULT_GATEWAY_INTERNAL_URL,
    DEFAULT_REPORT_TIMEOUT_S,
    EXIT_INVALID_SETTINGS,
    load_config,
)
from core.errors import AppError
from core.rasa import DEV_ACTIONS_TOKEN
from reports.settings import DEV_INTERNAL_TOKEN

PROJECT_ROOT = Path(__file__).resolve().parents[3]
PREFIXES = ("BOT_", "APP_", "REPORTS_", "RASA_")
REAL_SECRET = "r3al-secret-value-0123456789-abcdefghij"


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """No variable of ours from the caller's environment, and no .env in the working directory."""
    for name in list(os.environ):
        if name.startswith(PREFIXES):
            monkeypatch.delenv(name)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_defaults() -> None:
    config = load_config()
    assert config.bot.gateway_internal_url == DEFAULT_GATEWAY_INTERNAL_URL
    assert config.bot.reports_url == "http://127.0.0.1:8000/internal/reports"
    assert config.bot.report_timeout_s == DEFAULT_REPORT_TIMEOUT_S
    assert config.reports.internal_token == DEV_INTERNAL_TOKEN
    assert config.rasa.actions_token == DEV_ACTIONS_TOKEN
    runtime = config.runtime
    assert (runtime.city_contact_name, runtime.city_contact_phone) == ("大崎市役所 総合窓口", "0229-23-5091")
    assert config.bot.preload_knowledge is True
    assert config.actions_port == 5055  # from RASA_ACTIONS_URL


def test_shared_variables_are_read(monkeypatch: pytest.MonkeyPatch) -> None:
    for name, value in {
        "BOT_GATEWAY_INTERNAL_URL": " http://gateway:9000/ ",
        "BOT_REPORT_TIMEOUT_S": "2.5",
        "REPORTS_INTERNAL_TOKEN": "secret-token",
        "APP_CITY_CONTACT_NAME": "テスト窓口",
        "APP_CITY_CONTACT_PHONE": "0000-00-0000",
        "BOT_PRELOAD_KNOWLEDGE": "false",
        "RASA_ACTIONS_URL": "http://127.0.0.1:6055/webhook",
    }.items():
        monkeypatch.setenv(name, value)
    config = load_config()
    assert config.bot.reports_url == "http://gateway:9000/internal/reports"
    assert config.bot.report_timeout_s == 2.5 and config.bot.preload_knowledge is False
    assert config.reports.internal_token == "secret-token"
    assert config.runtime.city_contact_name == "テスト窓口" and config.runtime.city_contact_phone == "0000-00-0000"
    assert config.actions_port == 6055


@pytest.mark.parametrize(
    ("name", "value", "expected"),
    [
        ("BOT_REPORT_TIMEOUT_S", "0", "BOT_REPORT_TIMEOUT_S: Input should be greater than 0"),
        ("BOT_REPORT_TIMEOUT_S", "abc", "BOT_REPORT_TIMEOUT_S: Input should be a valid number"),
        ("BOT_GATEWAY_INTERNAL_URL", "ftp://gateway", "BOT_GATEWAY_INTERNAL_URL: Value error, must be an http"),
        ("BOT_PRELOAD_KNOWLEDGE", "maybe", "BOT_PRELOAD_KNOWLEDGE: Input should be a valid boolean"),
        ("RASA_ACTIONS_URL", "localhost:5055", "RASA_ACTIONS_URL must be an http(s) URL"),
        ("APP_ENVIRONMENT", "prod", "APP_ENVIRONMENT: Input should be"),
    ],
)
def test_invalid_values_give_a_clear_error(
    monkeypatch: pytest.MonkeyPatch, name: str, value: str, expected: str
) -> None:
    monkeypatch.setenv(name, value)
    with pytest.raises(BotSettingsError) as caught:
        load_config()
    assert isinstance(caught.value, AppError) and caught.value.code == "bot_settings_invalid"
    assert expected in caught.value.detail


def test_production_refuses_placeholder_secrets(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("APP_ENVIRONMENT", "production")
    with pytest.raises(BotSettingsError) as caught:
        load_config()
    assert "REPORTS_INTERNAL_TOKEN" in caught.value.detail and "RASA_ACTIONS_TOKEN" in caught.value.detail
    for name in ("REPORTS_INTERNAL_TOKEN", "RASA_TOKEN", "RASA_ACTIONS_TOKEN"):
        monkeypatch.setenv(name, REAL_SECRET)
    assert load_config().reports.internal_token == REAL_SECRET


def test_dotenv_file_is_read(clean_environment: Path) -> None:
    (clean_environment / ".env").write_text(
        "BOT_GATEWAY_INTERNAL_URL=http://10.0.0.5:8000\nBOT_REPORT_TIMEOUT_S=7\nWATCH_SOMETHING=x\n", encoding="utf-8"
    )
    config = load_config()
    assert config.bot.reports_url == "http://10.0.0.5:8000/internal/reports" and config.bot.report_timeout_s == 7.0


def test_env_example_is_valid(clean_environment: Path) -> None:
    (clean_environment / ".env").write_text((PROJECT_ROOT / ".env.example").read_text(encoding="utf-8"),
                                            encoding="utf-8")
    assert load_config().bot.report_timeout_s == DEFAULT_REPORT_TIMEOUT_S


def test_check_command(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    assert bot_settings.main([]) == 0
    assert "settings OK" in capsys.readouterr().out
    monkeypatch.setenv("BOT_REPORT_TIMEOUT_S", "3")
    assert bot_settings.main(["report_timeout_s"]) == 0
    assert capsys.readouterr().out == "3.0\n"
    assert bot_settings.main(["internal_token"]) == EXIT_INVALID_SETTINGS  # not a BOT_ field: never printed
    assert "usage" in capsys.readouterr().err
    monkeypatch.setenv("BOT_REPORT_TIMEOUT_S", "0")
    assert bot_settings.main(["report_timeout_s"]) == EXIT_INVALID_SETTINGS
    captured = capsys.readouterr()
    assert captured.out == "" and "BOT_REPORT_TIMEOUT_S: Input should be greater than 0" in captured.err
