"""Settings of the gateway (environment prefix ``GATEWAY_``)."""

from __future__ import annotations

from typing import Literal, Self

from pydantic import Field, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

PLACEHOLDER_SECRETS = frozenset({"", "changeme", "change-me", "secret", "dev-secret-change-me"})
DEV_SECRET_KEY = "dev-secret-change-me"


class GatewaySettings(BaseSettings):
    """Where the gateway listens, how it reaches Rasa, and its limits."""

    model_config = SettingsConfigDict(env_prefix="GATEWAY_", env_file=".env", extra="ignore")

    environment: Literal["development", "production", "test"] = "development"
    host: str = "127.0.0.1"
    port: int = Field(8000, ge=1, le=65535)
    build_index_on_start: bool = Field(True, description="build the index at startup if missing or stale")
    secret_key: str = Field(DEV_SECRET_KEY, description="signs chat session ids and staff cookies")
    internal_token: str = Field("", description="shared secret the action server sends as X-Internal-Token")
    rasa_url: str = Field(
        "http://127.0.0.1:5005",
        description="the Rasa server on loopback; several instances as a comma-separated list (session affinity)",
    )
    rasa_timeout_s: float = Field(5.0, gt=0, description="seconds before a chat turn falls back to search")
    rasa_retry_after_s: float = Field(
        10.0, ge=0, description="after a Rasa failure, seconds to answer from search before trying Rasa again"
    )
    rate_limit_per_minute: int = Field(60, ge=1, description="requests per client per minute on public endpoints")
    rate_limit_burst: int = Field(20, ge=1, description="requests a client may send at once")
    trust_forwarded_for: bool = Field(False, description="use X-Forwarded-For (only behind a trusted proxy)")

    @property
    def rasa_urls(self) -> list[str]:
        """Every configured Rasa instance."""
        return [url.strip() for url in self.rasa_url.split(",") if url.strip()]

    @model_validator(mode="after")
    def _refuse_placeholder_secrets(self) -> Self:
        if not self.rasa_urls or not all(u.startswith(("http://", "https://")) for u in self.rasa_urls):
            raise ValueError("GATEWAY_RASA_URL must be one or more http(s) URLs separated by commas")
        if self.environment == "production":
            if self.secret_key in PLACEHOLDER_SECRETS or len(self.secret_key) < 32:
                raise ValueError("GATEWAY_SECRET_KEY must be a random value of 32+ characters in production")
            if self.internal_token in PLACEHOLDER_SECRETS or len(self.internal_token) < 16:
                raise ValueError("GATEWAY_INTERNAL_TOKEN must be set (16+ characters) in production")
        return self
