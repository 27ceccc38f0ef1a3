"""How every process reaches Rasa and the action server (prefix ``RASA_``), shared by the chat, the
watch-over classifier, the bot's endpoints and the launch commands.

Rasa runs with ``--enable-api --auth-token $RASA_TOKEN`` on loopback; clients send ``?token=``. The action
server refuses calls without ``RASA_ACTIONS_TOKEN`` (Rasa sends it from ``bot/endpoints.yml``).
"""

from __future__ import annotations

from typing import Self

from pydantic import Field, model_validator
from pydantic_settings import SettingsConfigDict

from core.settings import FeatureSettings

DEV_RASA_TOKEN = "dev-rasa-token-change-me"
DEV_ACTIONS_TOKEN = "dev-actions-token-change-me"


class RasaSettings(FeatureSettings):
    """Addresses and shared secrets of Rasa and the action server."""

    model_config = SettingsConfigDict(env_prefix="RASA_", env_file=".env", extra="ignore")
    secret_fields = ("token", "actions_token")

    url: str = Field(
        "http://127.0.0.1:5005",
        description="the Rasa server on loopback; several instances as a comma-separated list (session affinity)",
    )
    token: str = Field(DEV_RASA_TOKEN, description="Rasa's --auth-token; the gateway and watch-over send it")
    actions_url: str = Field("http://127.0.0.1:5055/webhook", description="the action server Rasa calls")
    actions_token: str = Field(DEV_ACTIONS_TOKEN, description="shared secret Rasa sends to the action server")

    @property
    def urls(self) -> list[str]:
        """Every configured Rasa instance."""
        return [url.strip().rstrip("/") for url in self.url.split(",") if url.strip()]

    @model_validator(mode="after")
    def _http_urls(self) -> Self:
        if not self.urls or not all(u.startswith(("http://", "https://")) for u in self.urls):
            raise ValueError("RASA_URL must be one or more http(s) URLs separated by commas")
        if not self.actions_url.startswith(("http://", "https://")):
            raise ValueError("RASA_ACTIONS_URL must be an http(s) URL")
        return self
