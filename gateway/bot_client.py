"""The Rasa server as seen by the gateway: REST-channel turns with a timeout, and a simple circuit breaker."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Any

import httpx

from gateway.errors import BotUnavailableError
from gateway.settings import GatewaySettings

log = logging.getLogger(__name__)
REST_WEBHOOK_PATH = "/webhooks/rest/webhook"
HEALTH_TIMEOUT_S = 1.0
MAX_CONNECTIONS = 64


class BotClient:
    """Sends turns to Rasa; after a failure, stays 'down' for ``rasa_retry_after_s`` and then tries again."""

    def __init__(
        self,
        settings: GatewaySettings,
        *,
        transport: httpx.AsyncBaseTransport | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        """Create the HTTP client (no connection is made yet)."""
        self.base_url = settings.rasa_url.rstrip("/")
        self.retry_after_s = settings.rasa_retry_after_s
        self._clock = clock
        self._down_since: float | None = None
        self.last_error = ""
        self._client = httpx.AsyncClient(
            timeout=settings.rasa_timeout_s,
            transport=transport,
            limits=httpx.Limits(max_connections=MAX_CONNECTIONS, max_keepalive_connections=MAX_CONNECTIONS),
        )

    @property
    def is_down(self) -> bool:
        """True while a recent failure keeps chat in degraded mode."""
        return self._down_since is not None and self._clock() - self._down_since < self.retry_after_s

    def _mark_down(self, reason: str) -> None:
        if self._down_since is None or not self.is_down:
            log.warning("bot unavailable, answering from search: %s", reason)
        self._down_since = self._clock()
        self.last_error = reason

    def _mark_up(self) -> None:
        if self._down_since is not None:
            log.info("bot available again")
        self._down_since = None
        self.last_error = ""

    async def send(self, *, sender: str, text: str) -> list[dict[str, Any]]:
        """One turn through the REST channel; BotUnavailableError on timeout, refusal or a bad reply."""
        if self.is_down:
            raise BotUnavailableError(f"bot marked down: {self.last_error}")
        try:
            response = await self._client.post(
                self.base_url + REST_WEBHOOK_PATH, json={"sender": sender, "message": text}
            )
            response.raise_for_status()
            body = response.json()
        except (httpx.HTTPError, ValueError) as err:
            reason = f"{type(err).__name__}: {err}" if str(err) else type(err).__name__
            self._mark_down(reason)
            raise BotUnavailableError(reason) from err
        if not isinstance(body, list) or not all(isinstance(m, dict) for m in body):
            self._mark_down("unexpected reply shape")
            raise BotUnavailableError("the bot answered with an unexpected shape")
        self._mark_up()
        return body

    async def probe(self) -> bool:
        """Ask Rasa whether it is up and has a model loaded (short timeout); updates the breaker."""
        try:
            response = await self._client.get(self.base_url + "/status", timeout=HEALTH_TIMEOUT_S)
            response.raise_for_status()
            loaded = bool(response.json().get("model_file"))
        except (httpx.HTTPError, ValueError, AttributeError) as err:
            self._mark_down(f"{type(err).__name__}: {err}")
            return False
        if not loaded:
            self._mark_down("no model loaded")
            return False
        self._mark_up()
        return True

    async def aclose(self) -> None:
        """Close the connection pool."""
        await self._client.aclose()
