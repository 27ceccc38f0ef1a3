"""Settings of the staff dashboard (environment prefix ``STAFF_``)."""

from __future__ import annotations

from typing import Literal, Self

from pydantic import Field, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

PLACEHOLDER_SECRETS = frozenset({"", "changeme", "change-me", "secret", "dev-secret-change-me", "dev-staff-secret"})
DEV_SECRET_KEY = "dev-staff-secret"
MIN_SECRET_CHARS = 32
MIN_PASSWORD_CHARS = 12
OSAKI_DISTRICTS = ("古川", "松山", "三本木", "鹿島台", "岩出山", "鳴子温泉", "田尻")


class StaffSettings(BaseSettings):
    """Sessions, lockout, rate limits and live updates of the staff dashboard."""

    model_config = SettingsConfigDict(env_prefix="STAFF_", env_file=".env", extra="ignore")

    environment: Literal["development", "production", "test"] = "development"
    secret_key: str = Field(DEV_SECRET_KEY, description="signs the staff session and login cookies")
    session_ttl_s: int = Field(8 * 3600, ge=60, description="seconds a login lasts at most")
    session_idle_s: int = Field(3600, ge=60, description="seconds without a request before a session ends")
    max_failed_logins: int = Field(5, ge=1, description="failed passwords in a row before an account locks")
    lockout_s: int = Field(15 * 60, ge=1, description="seconds an account stays locked")
    login_attempts_per_ip: int = Field(20, ge=1, description="login attempts one address may make per window")
    login_window_s: int = Field(60, ge=1, description="seconds of the per-address login window")
    password_min_chars: int = Field(MIN_PASSWORD_CHARS, ge=MIN_PASSWORD_CHARS, description="password policy")
    live_poll_s: float = Field(2.0, gt=0, description="seconds between checks for changes on live pages")
    live_stream_max_s: float = Field(300.0, gt=0, description="seconds one live stream lasts (the browser reconnects)")
    timezone: str = Field("Asia/Tokyo", description="the day boundary of the board")
    districts: list[str] = Field(
        default_factory=lambda: list(OSAKI_DISTRICTS), description="districts offered in forms (JSON list)"
    )
    trust_forwarded_for: bool = Field(False, description="use X-Forwarded-For (only behind a trusted proxy)")

    @property
    def cookie_secure(self) -> bool:
        """Cookies carry the Secure flag everywhere except development and test (plain HTTP)."""
        return self.environment == "production"

    @model_validator(mode="after")
    def _refuse_placeholder_secrets(self) -> Self:
        if self.environment != "development" and (
            self.secret_key in PLACEHOLDER_SECRETS or len(self.secret_key) < MIN_SECRET_CHARS
        ):
            raise ValueError(f"STAFF_SECRET_KEY must be a random value of {MIN_SECRET_CHARS}+ characters")
        if not self.secret_key:
            self.secret_key = DEV_SECRET_KEY  # development only (checked above)
        return self
