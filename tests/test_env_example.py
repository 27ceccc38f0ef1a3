"""Every setting of every package is listed in .env.example (the guide's rule 2)."""

from __future__ import annotations

import importlib
import subprocess
from pathlib import Path

import pytest
from pydantic_settings import BaseSettings

ENV_EXAMPLE = Path(__file__).resolve().parent.parent / ".env.example"
# Every settings module of the project; each pydantic-settings class defined in it is checked.
SETTINGS_MODULES = (
    "core.settings",
    "core.rasa",
    "gateway.settings",
    "knowledge.settings",
    "staff.settings",
    "storage.settings",
    "watch.settings",
    "chat.settings",
    "reports.settings",
    "bot.actions.settings",
    "voice.settings",
    "safety.settings",
)


def settings_classes() -> list[type[BaseSettings]]:
    classes: list[type[BaseSettings]] = []
    for module_name in SETTINGS_MODULES:
        module = importlib.import_module(module_name)
        for value in vars(module).values():
            if (
                isinstance(value, type)
                and issubclass(value, BaseSettings)
                and value.__module__ == module_name
                and value.model_config.get("env_prefix")
            ):
                classes.append(value)
    return classes


@pytest.mark.parametrize("settings_class", settings_classes(), ids=lambda cls: cls.__name__)
def test_every_setting_is_documented(settings_class: type[BaseSettings]) -> None:
    names = {line.lstrip("# ").split("=", 1)[0] for line in ENV_EXAMPLE.read_text("utf-8").splitlines() if "=" in line}
    prefix = str(settings_class.model_config.get("env_prefix", "")).upper()
    missing = [prefix + field.upper() for field in settings_class.model_fields if prefix + field.upper() not in names]
    assert missing == []


def test_the_file_can_be_sourced_by_the_run_command() -> None:
    """scripts/run.sh does `set -a; . ./.env`: every value must survive the shell unchanged."""
    script = f'set -a; . "{ENV_EXAMPLE}" || exit 3; env -0'
    done = subprocess.run(["bash", "-c", script], capture_output=True, check=False, env={})
    assert done.returncode == 0 and done.stderr == b""
    sourced = dict(item.split("=", 1) for item in done.stdout.decode("utf-8").split("\0") if "=" in item)
    assert sourced["APP_CITY_CONTACT_NAME"] == "大崎市役所 総合窓口"
    assert sourced["CHAT_RATE_LIMIT"] == "60/minute;20/10 seconds"
    assert sourced["APP_DISTRICTS"].startswith('["古川"')
