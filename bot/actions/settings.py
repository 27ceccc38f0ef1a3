"""Settings of the action server: its own (prefix ``BOT_``) and the shared ones it reads.

The city's contact and time zone come from core.settings.RuntimeSettings (APP_), the internal token it sends
with every report from reports.settings.ReportsSettings (REPORTS_INTERNAL_TOKEN), the token Rasa must
present from core.rasa.RasaSettings (RASA_ACTIONS_TOKEN). One ``.env`` serves every process.

    .venv/bin/python -m bot.actions.settings               # check the settings (exit code 2 when invalid)
    .venv/bin/python -m bot.actions.settings report_timeout_s  # check, then print one BOT_ value
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from typing import TypeVar
from urllib.parse import urlsplit

from pydantic import Field, ValidationError, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from bot.actions.errors import BotSettingsError
from core.rasa import RasaSettings
from core.settings import FeatureSettings, RuntimeSettings
from core.validation import field_of
from reports.settings import ReportsSettings

ENV_PREFIX = "BOT_"
DEFAULT_GATEWAY_INTERNAL_URL = "http://127.0.0.1:8000"
REPORTS_PATH = "/internal/reports"
DEFAULT_REPORT_TIMEOUT_S = 5.0  # seconds for the whole POST to the gateway
SEARCH_TOP_K = 3  # answers requested from the knowledge search
SPOKEN_CHANNEL = "voice"  # the channel the chat sends as message metadata for spoken turns (voice page, speakers)
EXIT_INVALID_SETTINGS = 2  # exit code of the check command on invalid settings
SettingsT = TypeVar("SettingsT", bound=BaseSettings)


class BotSettings(FeatureSettings):
    """Where to file reports and whether the knowledge search loads at start."""

    model_config = SettingsConfigDict(env_prefix=ENV_PREFIX, env_file=".env", extra="ignore", frozen=True)

    gateway_internal_url: str = Field(
        DEFAULT_GATEWAY_INTERNAL_URL, description="base URL of the gateway (reports go to <url>/internal/reports)"
    )
    report_timeout_s: float = Field(DEFAULT_REPORT_TIMEOUT_S, gt=0, description="timeout of the report POST")
    preload_knowledge: bool = Field(
        True, description="load the knowledge search when the action server starts (else on the first question)"
    )

    @field_validator("gateway_internal_url")
    @classmethod
    def _http_url(cls, value: str) -> str:
        value = value.strip()
        parts = urlsplit(value)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError(f"must be an http:// or https:// URL, got {value!r}")
        return value

    @property
    def reports_url(self) -> str:
        """Full URL of the gateway's internal reports endpoint."""
        return self.gateway_internal_url.rstrip("/") + REPORTS_PATH


@dataclass(frozen=True)
class ActionServerConfig:
    """Everything the actions read, validated once per process."""

    bot: BotSettings
    runtime: RuntimeSettings
    reports: ReportsSettings
    rasa: RasaSettings

    @property
    def actions_port(self) -> int:
        """The port of RASA_ACTIONS_URL (where Rasa calls the action server)."""
        parts = urlsplit(self.rasa.actions_url)
        return parts.port or (443 if parts.scheme == "https" else 80)


def _describe(prefix: str, error: ValidationError) -> str:
    entries = []
    for item in error.errors():
        field = field_of(item).upper()
        entries.append(f"{prefix}{field}: {item['msg']}" if field else str(item["msg"]))
    return "; ".join(entries)


def _load(cls: type[SettingsT], prefix: str, problems: list[str]) -> SettingsT | None:
    try:
        return cls()
    except ValidationError as err:
        problems.append(_describe(prefix, err))
        return None


def load_config() -> ActionServerConfig:
    """Read and validate every setting the action server needs; BotSettingsError naming the variables."""
    problems: list[str] = []
    bot = _load(BotSettings, ENV_PREFIX, problems)
    runtime = _load(RuntimeSettings, "APP_", problems)
    reports = _load(ReportsSettings, "REPORTS_", problems)
    rasa = _load(RasaSettings, "RASA_", problems)
    if bot is None or runtime is None or reports is None or rasa is None:
        raise BotSettingsError(detail=f"invalid action-server settings: {'; '.join(problems)}")
    return ActionServerConfig(bot=bot, runtime=runtime, reports=reports, rasa=rasa)


def main(argv: list[str] | None = None) -> int:
    """Check the settings; print one BOT_ value when a field name is given; message and exit code 2 when invalid."""
    args = sys.argv[1:] if argv is None else argv
    try:
        config = load_config()
    except BotSettingsError as err:
        print(err.detail, file=sys.stderr)
        return EXIT_INVALID_SETTINGS
    if not args:
        print(f"action-server settings OK (environment {config.runtime.environment}, "
              f"reports to {config.bot.reports_url})")
        return 0
    if len(args) != 1 or args[0] not in BotSettings.model_fields:
        print(f"usage: python -m bot.actions.settings [FIELD]; FIELD is one of: "
              f"{', '.join(BotSettings.model_fields)}", file=sys.stderr)
        return EXIT_INVALID_SETTINGS
    print(getattr(config.bot, args[0]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
