"""Settings of citizen reports (prefix ``REPORTS_``)."""

from __future__ import annotations

from pydantic import Field
from pydantic_settings import SettingsConfigDict

from core.settings import FeatureSettings

INTERNAL_TOKEN_HEADER = "X-Internal-Token"
DEV_INTERNAL_TOKEN = "dev-reports-internal-token-change-me"


class ReportsSettings(FeatureSettings):
    """The shared secret between the action server (which files reports) and /internal/reports."""

    model_config = SettingsConfigDict(env_prefix="REPORTS_", env_file=".env", extra="ignore")
    secret_fields = ("internal_token",)

    internal_token: str = Field(
        DEV_INTERNAL_TOKEN, min_length=1,
        description="sent by the action server as X-Internal-Token; always required by /internal/reports",
    )
