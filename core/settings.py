"""The one runtime configuration every process shares (prefix ``APP_``) and the secret policy.

Each feature keeps its own pydantic-settings class (derived from :class:`FeatureSettings`) with its own
prefix; what every process must agree on (the environment switch, the time zone, the city, the districts,
the trusted proxies) lives here once. ``APP_ENVIRONMENT=production`` alone turns on every production
default: placeholder secrets are refused, cookies are ``Secure``, HSTS is sent.
"""

from __future__ import annotations

import ipaddress
from typing import ClassVar, Literal, Self
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import Field, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

Environment = Literal["development", "test", "production"]

OSAKI_DISTRICTS = ("古川", "松山", "三本木", "鹿島台", "岩出山", "鳴子温泉", "田尻")
MIN_SECRET_CHARS = 32
# Values that are never secret: the development defaults shipped in code and .env.example, and the usual
# stand-ins. Any value starting with "dev-" or "change" counts too (see is_placeholder_secret).
PLACEHOLDER_SECRETS = frozenset({"", "changeme", "change-me", "secret", "password", "placeholder", "example"})
PLACEHOLDER_PREFIXES = ("dev-", "change", "example", "placeholder")


def is_placeholder_secret(value: str) -> bool:
    """True for an empty, shipped-default, stand-in or too-short secret."""
    lowered = value.strip().lower()
    return lowered in PLACEHOLDER_SECRETS or lowered.startswith(PLACEHOLDER_PREFIXES) or len(value) < MIN_SECRET_CHARS


class RuntimeSettings(BaseSettings):
    """What every process of one installation shares."""

    model_config = SettingsConfigDict(env_prefix="APP_", env_file=".env", extra="ignore")

    environment: Environment = Field("development", description="development | test | production")
    timezone: str = Field("Asia/Tokyo", description="the city's time zone (day boundaries, check-in times)")
    city_name: str = Field("大崎市", description="the city's name as citizens read it")
    city_contact_name: str = Field("大崎市役所 総合窓口", description="where people are sent when nobody else fits")
    city_contact_phone: str = Field("0229-23-5091", description="the city's general phone number")
    city_contact_hours: str = Field("平日 8時30分から17時15分", description="opening hours of the general contact")
    districts: list[str] = Field(default_factory=lambda: list(OSAKI_DISTRICTS), description="JSON list")
    trusted_proxies: list[str] = Field(
        default_factory=list,
        description="JSON list of reverse-proxy addresses or networks whose X-Forwarded-For is believed",
    )
    public_base_url: str = Field("http://127.0.0.1:8000", description="the address citizens and staff use")

    @property
    def is_production(self) -> bool:
        """Production defaults on (Secure cookies, HSTS, secrets enforced)."""
        return self.environment == "production"

    @property
    def tz(self) -> ZoneInfo:
        """The city's time zone."""
        return ZoneInfo(self.timezone)

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError) as err:
            raise ValueError(f"unknown time zone {value!r}") from err
        return value

    @field_validator("trusted_proxies")
    @classmethod
    def _networks(cls, values: list[str]) -> list[str]:
        for value in values:
            try:
                ipaddress.ip_network(value, strict=False)
            except ValueError as err:
                raise ValueError(f"APP_TRUSTED_PROXIES: {value!r} is not an address or network") from err
        return values

    @field_validator("districts")
    @classmethod
    def _some_districts(cls, values: list[str]) -> list[str]:
        cleaned = [v.strip() for v in values if v.strip()]
        if not cleaned:
            raise ValueError("APP_DISTRICTS must list at least one district")
        return cleaned

    @field_validator("public_base_url")
    @classmethod
    def _http_url(cls, value: str) -> str:
        if not value.startswith(("http://", "https://")):
            raise ValueError("APP_PUBLIC_BASE_URL must start with http:// or https://")
        return value.rstrip("/")


class FeatureSettings(BaseSettings):
    """Base of every feature's settings class: the secrets it names are checked by the one policy.

    A subclass lists its secret fields in ``secret_fields`` (or overrides :meth:`required_secrets` when a
    secret is needed only with some option, e.g. a webhook secret with a webhook URL). In production each
    must be a random value of 32+ characters; in development and test the shipped defaults work.
    """

    secret_fields: ClassVar[tuple[str, ...]] = ()

    def required_secrets(self) -> tuple[str, ...]:
        """The secret fields that must be real in production (all of ``secret_fields`` by default)."""
        return self.secret_fields

    @model_validator(mode="after")
    def _enforce_secret_policy(self) -> Self:
        if not RuntimeSettings().is_production:
            return self
        prefix = str(self.model_config.get("env_prefix", ""))
        bad = [
            f"{prefix}{name}".upper()
            for name in self.required_secrets()
            if is_placeholder_secret(getattr(self, name))
        ]
        if bad:
            raise ValueError(
                f"APP_ENVIRONMENT=production refuses placeholder secrets: set {', '.join(bad)} to random values "
                f"of {MIN_SECRET_CHARS}+ characters (e.g. python -c 'import secrets; print(secrets.token_urlsafe(32))')"
            )
        return self
