"""Settings of the staff dashboard (environment prefix ``STAFF_``).

The environment switch, time zone, districts and trusted proxies are shared by every process: they live in
``core.settings.RuntimeSettings`` (prefix ``APP_``). ``APP_ENVIRONMENT=production`` alone refuses the
development secret below and makes the dashboard's cookies ``Secure``.
"""

from __future__ import annotations

from pydantic import Field
from pydantic_settings import SettingsConfigDict

from core.settings import FeatureSettings

DEV_SECRET_KEY = "dev-staff-secret-change-me"
MIN_PASSWORD_CHARS = 12


class StaffSettings(FeatureSettings):
    """Sessions, login throttling, the password policy and live updates of the staff dashboard."""

    model_config = SettingsConfigDict(env_prefix="STAFF_", env_file=".env", extra="ignore")
    secret_fields = ("secret_key",)

    secret_key: str = Field(DEV_SECRET_KEY, description="signs the staff session and login cookies")
    session_ttl_s: int = Field(8 * 3600, ge=60, description="seconds a login lasts at most")
    session_idle_s: int = Field(3600, ge=60, description="seconds without a request before a session ends")
    login_free_failures: int = Field(
        5, ge=1, description="wrong passwords for one account from one address before each try must wait"
    )
    login_max_delay_s: int = Field(
        900, ge=1, description="the longest wait between tries (the wait doubles per failure: 1, 2, 4... seconds)"
    )
    login_rate: str = Field(
        "20/minute;200/hour", description="login attempts one address may make (any account), limits syntax"
    )
    rate_limit_storage_uri: str = Field(
        "memory://", description="where the login rate limit counts (e.g. redis://host:6379 with several processes)"
    )
    password_min_chars: int = Field(MIN_PASSWORD_CHARS, ge=MIN_PASSWORD_CHARS, description="password policy")
    live_poll_s: float = Field(2.0, gt=0, description="seconds between checks for changes on live pages")
    live_stream_max_s: float = Field(300.0, gt=0, description="seconds one live stream lasts (the browser reconnects)")
