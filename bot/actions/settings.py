"""Settings of the action server, read from environment variables (documented defaults)."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass

DEFAULT_GATEWAY_INTERNAL_URL = "http://127.0.0.1:8000"
REPORTS_PATH = "/internal/reports"
DEFAULT_REPORT_TIMEOUT_S = 5.0  # seconds for the whole POST to the gateway
GENERAL_CONTACT_NAME = "大崎市役所 総合窓口"
GENERAL_CONTACT_PHONE = "0229-23-5091"
SEARCH_TOP_K = 3  # answers requested from the knowledge search


@dataclass(frozen=True)
class BotSettings:
    """Where to file reports and whom to name as the general contact."""

    gateway_internal_url: str = DEFAULT_GATEWAY_INTERNAL_URL
    report_timeout_s: float = DEFAULT_REPORT_TIMEOUT_S
    internal_token: str = ""
    general_contact_name: str = GENERAL_CONTACT_NAME
    general_contact_phone: str = GENERAL_CONTACT_PHONE

    @property
    def reports_url(self) -> str:
        """Full URL of the gateway's internal reports endpoint."""
        return self.gateway_internal_url.rstrip("/") + REPORTS_PATH

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> BotSettings:
        """Read GATEWAY_INTERNAL_URL, BOT_REPORT_TIMEOUT_S, GATEWAY_INTERNAL_TOKEN and KNOWLEDGE_GENERAL_CONTACT_*."""
        source = os.environ if env is None else env
        timeout_text = source.get("BOT_REPORT_TIMEOUT_S", "").strip()
        try:
            timeout = float(timeout_text) if timeout_text else DEFAULT_REPORT_TIMEOUT_S
        except ValueError:
            timeout = DEFAULT_REPORT_TIMEOUT_S
        if timeout <= 0:
            timeout = DEFAULT_REPORT_TIMEOUT_S
        return cls(
            gateway_internal_url=source.get("GATEWAY_INTERNAL_URL", "").strip() or DEFAULT_GATEWAY_INTERNAL_URL,
            report_timeout_s=timeout,
            internal_token=source.get("GATEWAY_INTERNAL_TOKEN", "").strip(),
            general_contact_name=source.get("KNOWLEDGE_GENERAL_CONTACT_NAME", "").strip() or GENERAL_CONTACT_NAME,
            general_contact_phone=source.get("KNOWLEDGE_GENERAL_CONTACT_PHONE", "").strip() or GENERAL_CONTACT_PHONE,
        )
