"""Settings of the gateway process (environment prefix ``GATEWAY_``): where it listens and the limits the
assembled app applies to every request. Shared settings live in core.settings.RuntimeSettings (APP_)."""

from __future__ import annotations

from pydantic import Field
from pydantic_settings import SettingsConfigDict

from core.settings import FeatureSettings

KIB = 1024
MIB = 1024 * KIB


class GatewaySettings(FeatureSettings):
    """Where the gateway listens, request limits, and the health endpoint."""

    model_config = SettingsConfigDict(env_prefix="GATEWAY_", env_file=".env", extra="ignore")

    host: str = "127.0.0.1"
    port: int = Field(8000, ge=1, le=65535)
    build_index_on_start: bool = Field(True, description="build the index at startup if missing or stale")
    max_body_bytes: int = Field(64 * KIB, ge=KIB, description="largest request body (413 before parsing)")
    upload_max_bytes: int = Field(
        20 * MIB, ge=KIB, description="largest body on upload paths (CSV import, audio, photos)"
    )
    upload_paths: list[str] = Field(
        default_factory=lambda: ["/staff/residents/import", "/api/voice/", "/report", "/api/reports"],
        description="path prefixes that take uploads (JSON list)",
    )
    ws_max_bytes: int = Field(64 * KIB, ge=KIB, description="largest WebSocket message uvicorn accepts")
    public_rate_limit: str = Field(
        "60/minute;20/10 seconds", description="per client on /api/search and /api/health (limits syntax)"
    )
    rate_limit_storage_uri: str = Field(
        "memory://", description="where rate-limit counters live; redis://host:6379 when several gateways run"
    )
    health_cache_s: float = Field(3.0, ge=0, description="seconds one health answer is reused")
    docs_enabled: bool = Field(True, description="serve /docs (always off in production)")
