"""Bot settings (pydantic-settings, BOT_ prefix plus the variables shared with the gateway and knowledge)."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from bot.actions import settings as bot_settings
from bot.actions.errors import BotSettingsError
from bot.actions.settings import (
    DEFAULT_GATEWAY_INTERNAL_URL,
    DEFAULT_REPORT_TIMEOUT_S,
    EXIT_INVALID_SETTINGS,
    BotSettings,
    env_names,
    load_settings,
)

PROJECT_ROOT = Path(__file__).resolve().parents[3]
SHARED = ("GATEWAY_ENVIRONMENT", "GATEWAY_INTERNAL_URL", "GATEWAY_INTERNAL_TOKEN", "KNOWLEDGE_GENERAL_CONTACT_NAME",
          "KNOWLEDGE_GENERAL_CONTACT_PHONE")
REAL_TOKEN = "0123456789abcdef-real"


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """No bot or shared variable from the caller's environment, and no .env in the working directory."""
    for name in list(os.environ):
        if name.startswith("BOT_") or name in SHARED:
            monkeypatch.delenv(name)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_defaults() -> None:
    settings = load_settings()
    assert settings.environment == "development"
    assert settings.gateway_internal_url == DEFAULT_GATEWAY_INTERNAL_URL
    assert settings.reports_url == "http://127.0.0.1:8000/internal/reports"
    assert settings.report_timeout_s == DEFAULT_REPORT_TIMEOUT_S
    assert settings.internal_token == ""
    assert settings.general_contact_name == "大崎市役所 総合窓口"
    assert settings.general_contact_phone == "0229-23-5091"
    assert settings.preload_knowledge is True
    assert (settings.actions_port, settings.rasa_port) == (5055, 5005)


def test_shared_variables_are_read(monkeypatch: pytest.MonkeyPatch) -> None:
    for name, value in {
        "GATEWAY_INTERNAL_URL": " http://gateway:9000/ ",
        "BOT_REPORT_TIMEOUT_S": "2.5",
        "GATEWAY_INTERNAL_TOKEN": "secret",
        "KNOWLEDGE_GENERAL_CONTACT_NAME": "テスト窓口",
        "KNOWLEDGE_GENERAL_CONTACT_PHONE": "0000-00-0000",
        "BOT_PRELOAD_KNOWLEDGE": "false",
        "BOT_ACTIONS_PORT": "6055",
    }.items():
        monkeypatch.setenv(name, value)
    settings = load_settings()
    assert settings.reports_url == "http://gateway:9000/internal/reports"
    assert settings.report_timeout_s == 2.5
    assert settings.internal_token == "secret"
    assert settings.general_contact_name == "テスト窓口"
    assert settings.general_contact_phone == "0000-00-0000"
    assert settings.preload_knowledge is False
    assert settings.actions_port == 6055


def test_bot_variables_win_over_shared_ones(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GATEWAY_INTERNAL_URL", "http://gateway:9000")
    monkeypatch.setenv("BOT_GATEWAY_INTERNAL_URL", "http://127.0.0.1:8001")
    monkeypatch.setenv("KNOWLEDGE_GENERAL_CONTACT_NAME", "共通窓口")
    monkeypatch.setenv("BOT_GENERAL_CONTACT_NAME", "ボット窓口")
    settings = load_settings()
    assert settings.gateway_internal_url == "http://127.0.0.1:8001"
    assert settings.general_contact_name == "ボット窓口"


def test_empty_variables_mean_the_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GATEWAY_INTERNAL_URL", "")
    monkeypatch.setenv("BOT_REPORT_TIMEOUT_S", "")
    settings = load_settings()
    assert settings.gateway_internal_url == DEFAULT_GATEWAY_INTERNAL_URL
    assert settings.report_timeout_s == DEFAULT_REPORT_TIMEOUT_S


@pytest.mark.parametrize(
    ("name", "value", "expected"),
    [
        ("BOT_REPORT_TIMEOUT_S", "0", "BOT_REPORT_TIMEOUT_S: Input should be greater than 0"),
        ("BOT_REPORT_TIMEOUT_S", "-1", "BOT_REPORT_TIMEOUT_S: Input should be greater than 0"),
        ("BOT_REPORT_TIMEOUT_S", "abc", "BOT_REPORT_TIMEOUT_S: Input should be a valid number"),
        ("GATEWAY_INTERNAL_URL", "ftp://gateway", "GATEWAY_INTERNAL_URL: must be an http:// or https:// URL"),
        ("GATEWAY_INTERNAL_URL", "http://", "GATEWAY_INTERNAL_URL: must be an http:// or https:// URL"),
        ("BOT_PRELOAD_KNOWLEDGE", "maybe", "BOT_PRELOAD_KNOWLEDGE: Input should be a valid boolean"),
        ("BOT_ACTIONS_PORT", "70000", "BOT_ACTIONS_PORT: Input should be less than or equal to 65535"),
        ("GATEWAY_ENVIRONMENT", "prod", "GATEWAY_ENVIRONMENT / BOT_ENVIRONMENT: Input should be"),
        ("KNOWLEDGE_GENERAL_CONTACT_PHONE", "   ", "KNOWLEDGE_GENERAL_CONTACT_PHONE: String should have at least"),
    ],
)
def test_invalid_values_give_a_clear_error(
    monkeypatch: pytest.MonkeyPatch, name: str, value: str, expected: str
) -> None:
    monkeypatch.setenv(name, value)
    with pytest.raises(BotSettingsError) as caught:
        load_settings()
    assert caught.value.code == "bot_settings_invalid"
    assert caught.value.message.startswith("invalid bot settings: ")
    assert expected in caught.value.message


@pytest.mark.parametrize("token", [None, "", "changeme", "secret", "short-token"])
def test_production_refuses_a_missing_or_placeholder_token(monkeypatch: pytest.MonkeyPatch, token: str | None) -> None:
    monkeypatch.setenv("GATEWAY_ENVIRONMENT", "production")
    if token is not None:
        monkeypatch.setenv("GATEWAY_INTERNAL_TOKEN", token)
    with pytest.raises(BotSettingsError, match="GATEWAY_INTERNAL_TOKEN must be set"):
        load_settings()


def test_production_accepts_a_real_token(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GATEWAY_ENVIRONMENT", "production")
    monkeypatch.setenv("GATEWAY_INTERNAL_TOKEN", REAL_TOKEN)
    settings = load_settings()
    assert settings.environment == "production" and settings.internal_token == REAL_TOKEN


def test_the_gateway_environment_wins_over_bot_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GATEWAY_ENVIRONMENT", "production")
    monkeypatch.setenv("BOT_ENVIRONMENT", "development")
    with pytest.raises(BotSettingsError, match="GATEWAY_INTERNAL_TOKEN"):
        load_settings()


def test_development_accepts_no_token() -> None:
    assert load_settings(environment="development").internal_token == ""


def test_the_token_is_not_shown_in_repr() -> None:
    assert REAL_TOKEN not in repr(BotSettings(internal_token=REAL_TOKEN))


def test_dotenv_file_is_read(clean_environment: Path) -> None:
    (clean_environment / ".env").write_text(
        "GATEWAY_INTERNAL_URL=http://10.0.0.5:8000\nBOT_REPORT_TIMEOUT_S=7\nWATCH_ENVIRONMENT=test\n", encoding="utf-8"
    )
    settings = load_settings()
    assert settings.reports_url == "http://10.0.0.5:8000/internal/reports"
    assert settings.report_timeout_s == 7.0


def test_env_example_lists_every_setting() -> None:
    text = (PROJECT_ROOT / ".env.example").read_text(encoding="utf-8")
    bot_section = text[text.index("# --- bot"):]
    bot_section = bot_section[: bot_section.index("\n# --- ", 1)]
    assigned = set(re.findall(r"^#? ?([A-Z][A-Z0-9_]*)=", bot_section, flags=re.MULTILINE))
    assigned |= set(re.findall(r"^([A-Z][A-Z0-9_]*)=", text, flags=re.MULTILINE))  # shared ones, other sections
    for field in BotSettings.model_fields:
        names = env_names(field)
        assert assigned & set(names), f"{field} ({' / '.join(names)}) is missing from .env.example"


def test_env_example_is_valid(clean_environment: Path) -> None:
    (clean_environment / ".env").write_text((PROJECT_ROOT / ".env.example").read_text(encoding="utf-8"),
                                            encoding="utf-8")
    settings = load_settings()
    assert settings.environment == "development" and settings.report_timeout_s == DEFAULT_REPORT_TIMEOUT_S


def test_check_command(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    assert bot_settings.main([]) == 0
    assert "bot settings OK" in capsys.readouterr().out
    monkeypatch.setenv("BOT_ACTIONS_PORT", "6001")
    assert bot_settings.main(["actions_port"]) == 0
    assert capsys.readouterr().out == "6001\n"
    assert bot_settings.main(["internal_token"]) == EXIT_INVALID_SETTINGS  # never printed
    assert "usage" in capsys.readouterr().err
    monkeypatch.setenv("BOT_REPORT_TIMEOUT_S", "0")
    assert bot_settings.main(["actions_port"]) == EXIT_INVALID_SETTINGS
    captured = capsys.readouterr()
    assert captured.out == "" and "BOT_REPORT_TIMEOUT_S: Input should be greater than 0" in captured.err
