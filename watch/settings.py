"""Settings of the watch-over module (environment prefix ``WATCH_``); one city's escalation policy."""

from __future__ import annotations

from typing import Literal, Self

from pydantic import Field, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

PLACEHOLDER_SECRETS = frozenset({"", "changeme", "change-me", "secret", "dev-webhook-secret"})
DEFAULT_GREETING = "おはようございます。今日の体調はいかがですか？"


class WatchSettings(BaseSettings):
    """Escalation policy, notification channels, NLU and worker timing."""

    model_config = SettingsConfigDict(env_prefix="WATCH_", env_file=".env", extra="ignore")

    environment: Literal["development", "production", "test"] = "development"
    timezone: str = Field("Asia/Tokyo", description="the city's time zone (check-in times are local)")
    greeting: str = Field(DEFAULT_GREETING, description="the daily question shown on the device")
    dashboard_url: str = Field("http://127.0.0.1:8000/staff", description="link put into notifications")

    # --- escalation policy (minutes after the check-in was first asked) ---
    reask_minutes: int = Field(30, ge=1, description="no answer by then: ask the device again")
    family_minutes: int = Field(120, ge=1, description="no answer by then: notify the first family contact")
    staff_minutes: int = Field(180, ge=1, description="no answer by then: alert welfare staff (high)")
    ack_minutes: int = Field(30, ge=1, description="an alert nobody acknowledged by then escalates again")
    unwell_streak_days: int = Field(3, ge=2, description="this many unwell answers in a row: priority high")

    # --- classification ---
    rasa_url: str = Field("http://127.0.0.1:5005", description="Rasa server for POST /model/parse")
    rasa_timeout_s: float = Field(3.0, gt=0, description="seconds before falling back to keyword rules")
    min_confidence: float = Field(0.6, ge=0, le=1, description="below this an NLU intent counts as unclear")

    # --- worker ---
    tick_interval_s: float = Field(5.0, gt=0, description="seconds between worker ticks")
    batch_size: int = Field(500, ge=1, description="rows handled per transaction")
    deliver_poll_s: float = Field(1.0, gt=0, description="gateway: seconds between checks for new deliveries")
    hello_timeout_s: float = Field(10.0, gt=0, description="device WebSocket: seconds to send the hello message")

    # --- outbox ---
    outbox_lease_s: float = Field(120.0, gt=0, description="a claimed message is retried after this")
    retry_base_s: float = Field(30.0, gt=0, description="first retry delay; doubles each attempt")
    retry_max_s: float = Field(3600.0, gt=0, description="longest delay between retries (retries never stop)")
    staff_emails: list[str] = Field(default_factory=list, description="welfare staff addresses (JSON list)")

    # --- email (SMTP) ---
    smtp_host: str = ""
    smtp_port: int = Field(25, ge=1, le=65535)
    smtp_from: str = "mimamori@city.osaki.example"
    smtp_user: str = ""
    smtp_password: str = ""
    smtp_starttls: bool = False
    smtp_timeout_s: float = Field(30.0, gt=0)

    # --- signed webhook for the city's messaging system ---
    webhook_url: str = ""
    webhook_secret: str = ""
    webhook_timeout_s: float = Field(10.0, gt=0)

    @model_validator(mode="after")
    def _check(self) -> Self:
        if not self.reask_minutes < self.family_minutes < self.staff_minutes:
            raise ValueError("WATCH_REASK_MINUTES < WATCH_FAMILY_MINUTES < WATCH_STAFF_MINUTES is required")
        if self.outbox_lease_s <= self.smtp_timeout_s + self.webhook_timeout_s:
            raise ValueError("WATCH_OUTBOX_LEASE_S must exceed the SMTP and webhook timeouts (or a slow send doubles)")
        if self.webhook_url and self.environment != "development" and (
            self.webhook_secret in PLACEHOLDER_SECRETS or len(self.webhook_secret) < 32
        ):
            raise ValueError("WATCH_WEBHOOK_SECRET must be a random value of 32+ characters outside development")
        return self
