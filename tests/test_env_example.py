"""Every setting of every package is listed in .env.example (the guide's rule 2)."""

from __future__ import annotations

import importlib
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
