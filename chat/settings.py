"""Settings of the chat (prefix ``CHAT_``). Rasa's addresses and token are core.rasa.RasaSettings (RASA_)."""

from __future__ import annotations

from limits import parse_many
from pydantic import Field, field_validator
from pydantic_settings import SettingsConfigDict

from core.settings import FeatureSettings

DEV_SECRET_KEY = "dev-chat-secret-change-me"


class ChatSettings(FeatureSettings):
    """Session signing, how long a turn waits for Rasa, and the per-client rate limit of /api/chat."""

    model_config = SettingsConfigDict(env_prefix="CHAT_", env_file=".env", extra="ignore")
    secret_fields = ("secret_key",)

    secret_key: str = Field(DEV_SECRET_KEY, description="signs chat session ids (itsdangerous)")
    rasa_timeout_s: float = Field(5.0, gt=0, description="seconds before a chat turn falls back to the search")
    rasa_retry_after_s: float = Field(
        10.0, ge=0, description="after a Rasa failure, seconds answering from the search before Rasa is tried again"
    )
    rate_limit: str = Field(
        "60/minute;20/10 seconds", description="per client on /api/chat and /api/chat/session (limits syntax)"
    )

    @field_validator("rate_limit")
    @classmethod
    def _parsable(cls, value: str) -> str:
        try:
            items = parse_many(value)
        except ValueError as err:
            raise ValueError(f"CHAT_RATE_LIMIT: {err}") from err
        if not items:
            raise ValueError("CHAT_RATE_LIMIT must name at least one limit, e.g. 60/minute")
        return value
