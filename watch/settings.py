"""Settings of the watch-over module (environment prefix ``WATCH_``); one city's escalation policy.

What every process shares (environment, time zone, the public address used in links) comes from
``core.settings.RuntimeSettings``; the Rasa address and token from ``core.rasa.RasaSettings``. The runtime a
``WatchSettings`` works under is bound where the process starts (``with_runtime`` in the CLI, the worker and
the gateway lifespan); unbound, ``RuntimeSettings()`` is read on first use.
"""

from __future__ import annotations

from typing import Literal, Self

from pydantic import Field, PrivateAttr, model_validator
from pydantic_settings import SettingsConfigDict

from core.settings import FeatureSettings, RuntimeSettings

DEFAULT_GREETING = "おはようございます。今日の体調はいかがですか？"
# argon2id hash of the development staff PIN "0000" (production refuses it: python -m watch hash-pin)
DEV_STAFF_PIN_HASH = "$argon2id$v=19$m=65536,t=3,p=4$Bg4ThDeffICkjKjalqyMdA$ce3K9XshORxGLo1KMxSchk7lJzWpNd8h6EWjAE2IkDw"


class WatchSettings(FeatureSettings):
    """Escalation policy, notification channels, NLU and worker timing."""

    model_config = SettingsConfigDict(env_prefix="WATCH_", env_file=".env", extra="ignore")
    secret_fields = ("webhook_secret",)

    greeting: str = Field(DEFAULT_GREETING, description="the daily question shown on the device")

    # --- escalation policy (minutes after the check-in was first asked) ---
    reask_minutes: int = Field(30, ge=1, description="no answer by then: ask the device again")
    family_minutes: int = Field(120, ge=1, description="no answer by then: notify the first family contact")
    staff_minutes: int = Field(180, ge=1, description="no answer by then: alert welfare staff (high)")
    ack_minutes: int = Field(
        30, ge=1, description="first staff reminder of a case whose alerts nobody acknowledged (one per person)"
    )
    ack_backoff: float = Field(
        2.0, ge=1.0, le=10.0, description="each further reminder of the case waits this many times longer"
    )
    ack_max_minutes: int = Field(120, ge=1, description="the longest wait between two staff reminders of a case")
    unwell_streak_days: int = Field(3, ge=2, description="this many unwell answers in a row: priority high")
    default_profile: Literal["same_day", "gentle"] = Field(
        "same_day", description="escalation profile of residents without one: same_day or gentle (missed days)"
    )
    escalate_undelivered: bool = Field(
        False, description="also run the silence ladder for questions no device received (off: 未配信, phone list)"
    )
    step_gap_minutes: int = Field(
        5, ge=0, description="at least this many minutes between two no-answer steps of one case (catch-up)"
    )

    # --- classification (Rasa's address and token: RASA_URL, RASA_TOKEN) ---
    rasa_timeout_s: float = Field(3.0, gt=0, description="seconds before falling back to keyword rules")
    min_confidence: float = Field(0.6, ge=0, le=1, description="below this an NLU intent counts as unclear")

    # --- worker ---
    tick_interval_s: float = Field(5.0, gt=0, description="seconds between worker ticks")
    batch_size: int = Field(500, ge=1, description="rows handled per transaction")
    deliver_poll_s: float = Field(1.0, gt=0, description="gateway: seconds between checks for new deliveries")
    device_recheck_s: float = Field(
        5.0, gt=0, description="gateway: seconds between re-checks of open device sockets (revoked, inactive)"
    )
    hello_timeout_s: float = Field(10.0, gt=0, description="device WebSocket: seconds to send the hello message")
    device_max_message_bytes: int = Field(
        4096, ge=256, le=1_048_576, description="device WebSocket: larger messages close the socket (1009)"
    )
    device_answer_rate: str = Field(
        "6/minute;30/hour", description="device WebSocket: answers allowed per device (limits syntax)"
    )
    device_message_rate: str = Field(
        "60/minute", description="device WebSocket: messages of any kind per connection before it is closed"
    )
    device_max_connections_per_address: int = Field(
        20, ge=1, description="device WebSocket: open sockets per client address (IPv6: per /64) in one process"
    )

    # --- tablet setup (設定コード) and the staff PIN of the re-setup ---
    setup_code_minutes: int = Field(15, ge=1, le=24 * 60, description="a tablet setup code works this long, once")
    setup_code_rate: str = Field(
        "10/minute;30/hour", description="setup code tries per client address (limits syntax)"
    )
    setup_code_global_rate: str = Field(
        "300/hour", description="setup code tries from all addresses together (bounds distributed guessing)"
    )
    staff_pin_hash: str = Field(
        DEV_STAFF_PIN_HASH, description="argon2 hash of the staff PIN that unlocks a tablet's re-setup "
        "(python -m watch hash-pin; the development value is the PIN 0000, refused in production)"
    )
    staff_pin_rate: str = Field("5/minute;20/hour", description="staff PIN tries per client address")

    # --- disaster notices (防災のお知らせ) ---
    notice_poll_s: float = Field(1.0, gt=0, description="gateway: seconds between checks for notices for tablets")
    notice_tablet_repeat_s: float = Field(
        300.0, gt=0, description="a tablet shows and speaks a notice again after this many seconds until 聞きました"
    )
    notice_speaker_repeats: int = Field(3, ge=1, le=20, description="times a notice is played on each speaker")
    notice_speaker_interval_s: float = Field(300.0, gt=0, description="seconds between two plays on a speaker")
    notice_speaker_parallel: int = Field(50, ge=1, description="speakers announced to at the same time")
    notice_max_hours: int = Field(168, ge=1, description="a notice's expiry may be at most this many hours ahead")
    notice_rate_limit: str = Field("60/minute", description="GET /api/notices: requests per client (limits syntax)")

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

    _runtime: RuntimeSettings | None = PrivateAttr(None)

    def required_secrets(self) -> tuple[str, ...]:
        """The webhook secret matters only when a webhook is configured."""
        return self.secret_fields if self.webhook_url else ()

    def with_runtime(self, runtime: RuntimeSettings) -> Self:
        """A copy that works under ``runtime`` (time zone, public address)."""
        bound = self.model_copy()
        bound._runtime = runtime
        return bound

    @property
    def runtime(self) -> RuntimeSettings:
        """The shared runtime configuration (bound, or read from APP_* on first use)."""
        if self._runtime is None:
            self._runtime = RuntimeSettings()
        return self._runtime

    def alert_url(self, alert_id: int) -> str:
        """The dashboard page of an alert (put into notifications)."""
        return f"{self.runtime.public_base_url}/staff/alerts/{alert_id}"

    def resident_url(self, resident_id: int) -> str:
        """The dashboard page of a resident (put into staff notifications)."""
        return f"{self.runtime.public_base_url}/staff/residents/{resident_id}"

    @model_validator(mode="after")
    def _check(self) -> Self:
        if not self.reask_minutes < self.family_minutes < self.staff_minutes:
            raise ValueError("WATCH_REASK_MINUTES < WATCH_FAMILY_MINUTES < WATCH_STAFF_MINUTES is required")
        if self.ack_max_minutes < self.ack_minutes:
            raise ValueError("WATCH_ACK_MAX_MINUTES must be at least WATCH_ACK_MINUTES")
        if not self.staff_pin_hash.startswith("$argon2"):
            raise ValueError("WATCH_STAFF_PIN_HASH must be an argon2 hash (python -m watch hash-pin)")
        if self.staff_pin_hash == DEV_STAFF_PIN_HASH and RuntimeSettings().is_production:
            raise ValueError("APP_ENVIRONMENT=production refuses the development staff PIN: set WATCH_STAFF_PIN_HASH "
                             "(python -m watch hash-pin)")
        if self.outbox_lease_s <= self.smtp_timeout_s + self.webhook_timeout_s:
            raise ValueError("WATCH_OUTBOX_LEASE_S must exceed the SMTP and webhook timeouts (or a slow send doubles)")
        return self
