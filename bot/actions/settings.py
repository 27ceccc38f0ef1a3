"""Settings of the bot (environment prefix ``BOT_``), shared with the gateway and knowledge where noted.

The action server also reads the gateway's ``GATEWAY_INTERNAL_URL`` / ``GATEWAY_INTERNAL_TOKEN`` /
``GATEWAY_ENVIRONMENT`` and the knowledge package's ``KNOWLEDGE_GENERAL_CONTACT_NAME`` / ``_PHONE``, so one
``.env`` serves every process; the bot's own variable (``BOT_INTERNAL_TOKEN`` ...) wins, except for the environment.

    .venv/bin/python -m bot.actions.settings               # check the settings (exit code 2 when invalid)
    .venv/bin/python -m bot.actions.settings actions_port  # check, then print one value (used by actions.sh)
"""

from __future__ import annotations

import sys
from typing import Any, Literal, Self
from urllib.parse import urlsplit

from pydantic import AliasChoices, Field, ValidationError, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from bot.actions.errors import BotSettingsError

ENV_PREFIX = "BOT_"
DEFAULT_GATEWAY_INTERNAL_URL = "http://127.0.0.1:8000"
REPORTS_PATH = "/internal/reports"
DEFAULT_REPORT_TIMEOUT_S = 5.0  # seconds for the whole POST to the gateway
GENERAL_CONTACT_NAME = "大崎市役所 総合窓口"
GENERAL_CONTACT_PHONE = "0229-23-5091"
SEARCH_TOP_K = 3  # answers requested from the knowledge search
# The gateway refuses these internal tokens in production (gateway/settings.py); the bot applies the same rule.
PLACEHOLDER_TOKENS = frozenset({"", "changeme", "change-me", "secret", "dev-secret-change-me"})
MIN_PRODUCTION_TOKEN_CHARS = 16
EXIT_INVALID_SETTINGS = 2  # exit code of the check command on invalid settings


def _shared(field: str, shared: str) -> AliasChoices:
    """Read ``BOT_<FIELD>`` first, then the variable ``shared`` of another package (same .env)."""
    return AliasChoices(ENV_PREFIX + field.upper(), shared)


class BotSettings(BaseSettings):
    """Where to file reports, whom to name as the general contact, and how the action server starts."""

    model_config = SettingsConfigDict(
        env_prefix=ENV_PREFIX, env_file=".env", extra="ignore", env_ignore_empty=True, populate_by_name=True,
        frozen=True,
    )

    environment: Literal["development", "production", "test"] = Field(
        "development", validation_alias=AliasChoices("GATEWAY_ENVIRONMENT", ENV_PREFIX + "ENVIRONMENT"),
        description="the gateway's environment (it wins over BOT_ENVIRONMENT); production requires a real token",
    )
    gateway_internal_url: str = Field(
        DEFAULT_GATEWAY_INTERNAL_URL, validation_alias=_shared("gateway_internal_url", "GATEWAY_INTERNAL_URL"),
        description="base URL of the gateway; reports are POSTed to <url>/internal/reports",
    )
    internal_token: str = Field(
        "", validation_alias=_shared("internal_token", "GATEWAY_INTERNAL_TOKEN"), repr=False,
        description="shared secret sent as X-Internal-Token (empty: no header; required in production)",
    )
    report_timeout_s: float = Field(DEFAULT_REPORT_TIMEOUT_S, gt=0, description="timeout of the report POST")
    general_contact_name: str = Field(
        GENERAL_CONTACT_NAME, min_length=1,
        validation_alias=_shared("general_contact_name", "KNOWLEDGE_GENERAL_CONTACT_NAME"),
    )
    general_contact_phone: str = Field(
        GENERAL_CONTACT_PHONE, min_length=1,
        validation_alias=_shared("general_contact_phone", "KNOWLEDGE_GENERAL_CONTACT_PHONE"),
    )
    preload_knowledge: bool = Field(
        True, description="load the knowledge search when the action server starts (else on the first question)"
    )
    actions_port: int = Field(5055, ge=1, le=65535, description="action server port (bot/actions.sh)")
    rasa_port: int = Field(5005, ge=1, le=65535, description="Rasa server port (bot/run.sh)")

    @field_validator("gateway_internal_url", "internal_token", "general_contact_name", "general_contact_phone",
                     mode="before")
    @classmethod
    def _strip(cls, value: Any) -> Any:
        return value.strip() if isinstance(value, str) else value

    @field_validator("gateway_internal_url")
    @classmethod
    def _http_url(cls, value: str) -> str:
        parts = urlsplit(value)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError(f"must be an http:// or https:// URL, got {value!r}")
        return value

    @model_validator(mode="after")
    def _refuse_placeholder_token(self) -> Self:
        if self.environment == "production" and (
            self.internal_token in PLACEHOLDER_TOKENS or len(self.internal_token) < MIN_PRODUCTION_TOKEN_CHARS
        ):
            raise ValueError(
                f"GATEWAY_INTERNAL_TOKEN must be set ({MIN_PRODUCTION_TOKEN_CHARS}+ characters, the gateway's value)"
                " in production"
            )
        return self

    @property
    def reports_url(self) -> str:
        """Full URL of the gateway's internal reports endpoint."""
        return self.gateway_internal_url.rstrip("/") + REPORTS_PATH


def env_names(field: str) -> list[str]:
    """The environment variables a field is read from (first one wins)."""
    alias = BotSettings.model_fields[field].validation_alias
    if isinstance(alias, AliasChoices):
        return [str(choice) for choice in alias.choices]
    return [ENV_PREFIX + field.upper()]


def describe_errors(error: ValidationError) -> str:
    """One entry per invalid setting, naming its environment variable(s)."""
    fields = {name.lower(): field for field in BotSettings.model_fields for name in (field, *env_names(field))}
    entries = []
    for item in error.errors():
        field = next((fields[str(part).lower()] for part in item["loc"] if str(part).lower() in fields), None)
        message = str(item["msg"]).removeprefix("Value error, ")
        entries.append(message if field is None else f"{' / '.join(env_names(field))}: {message}")
    return "; ".join(entries)


def load_settings(**overrides: Any) -> BotSettings:
    """Read and validate the bot settings; BotSettingsError with a readable message when invalid."""
    try:
        return BotSettings(**overrides)
    except ValidationError as err:
        raise BotSettingsError(f"invalid bot settings: {describe_errors(err)}") from err


def main(argv: list[str] | None = None) -> int:
    """Check the settings; print one value when a field name is given; message and exit code 2 when invalid."""
    args = sys.argv[1:] if argv is None else argv
    try:
        settings = load_settings()
    except BotSettingsError as err:
        print(err.message, file=sys.stderr)
        return EXIT_INVALID_SETTINGS
    if not args:
        print(f"bot settings OK (environment {settings.environment}, reports to {settings.reports_url})")
        return 0
    if len(args) != 1 or args[0] not in BotSettings.model_fields or args[0] == "internal_token":
        print(f"usage: python -m bot.actions.settings [FIELD]; FIELD is one of: "
              f"{', '.join(f for f in BotSettings.model_fields if f != 'internal_token')}", file=sys.stderr)
        return EXIT_INVALID_SETTINGS
    print(getattr(settings, args[0]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
