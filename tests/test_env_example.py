"""Every setting of every package is listed in .env.example (the guide's rule 1)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic_settings import BaseSettings

from gateway.settings import GatewaySettings
from knowledge.settings import KnowledgeSettings
from staff.settings import StaffSettings
from storage.settings import StorageSettings
from watch.settings import WatchSettings

ENV_EXAMPLE = Path(__file__).resolve().parent.parent / ".env.example"


@pytest.mark.parametrize("settings_class", [GatewaySettings, KnowledgeSettings, StaffSettings, StorageSettings,
                                            WatchSettings])
def test_every_setting_is_documented(settings_class: type[BaseSettings]) -> None:
    names = {line.lstrip("# ").split("=", 1)[0] for line in ENV_EXAMPLE.read_text("utf-8").splitlines() if "=" in line}
    prefix = str(settings_class.model_config.get("env_prefix", "")).upper()
    missing = [prefix + field.upper() for field in settings_class.model_fields if prefix + field.upper() not in names]
    assert missing == []
