"""The Rasa server(s) as seen by the gateway: REST-channel turns with a timeout, session affinity across
instances, and a simple circuit breaker per instance."""

from __future__ import annotations

import hashlib
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import httpx

from gateway.errors import BotUnavailableError
from gateway.settings import GatewaySettings

log = logging.getLogger(__name__)
REST_WEBHOOK_PATH = "/webhooks/rest/webhook"
HEALTH_TIMEOUT_S = 1.0
MAX_CONNECTIONS = 64


@dataclass
class RasaInstance:
    """One Rasa server and when it last failed (None: believed up)."""

    url: str
    down_since: float | None = None
    last_error: str = ""


def instance_for(sender: str, count: int) -> int:
    """The instance a conversation sticks to (a stable hash of the sender id)."""
    return int(hashlib.sha256(sender.encode("utf-8")).hexdigest()[:8], 16) % count


class BotClient:
    """Sends turns to Rasa; a failed instance stays 'down' for ``rasa_retry_after_s``, then is tried again.

    With several instances (``GATEWAY_RASA_URL`` as a comma-separated list), each conversation sticks to one
    instance, so Rasa's in-process lock store stays correct; when that instance is down the next one up takes
    over (they share the SQL tracker store, so the conversation continues).
    """

    def __init__(
        self,
        settings: GatewaySettings,
        *,
        transport: httpx.AsyncBaseTransport | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        """Create the HTTP client (no connection is made yet)."""
        self.instances = [RasaInstance(url.rstrip("/")) for url in settings.rasa_urls]
        self.retry_after_s = settings.rasa_retry_after_s
        self._clock = clock
        self._client = httpx.AsyncClient(
            timeout=settings.rasa_timeout_s,
            transport=transport,
            limits=httpx.Limits(max_connections=MAX_CONNECTIONS, max_keepalive_connections=MAX_CONNECTIONS),
        )

    @property
    def base_url(self) -> str:
        """The first instance's URL."""
        return self.instances[0].url

    def _is_down(self, instance: RasaInstance) -> bool:
        return instance.down_since is not None and self._clock() - instance.down_since < self.retry_after_s

    @property
    def is_down(self) -> bool:
        """True while recent failures keep every instance out (chat is in degraded mode)."""
        return all(self._is_down(i) for i in self.instances)

    @property
    def last_error(self) -> str:
        """The most recent failure reason of any instance."""
        return next((i.last_error for i in self.instances if i.last_error), "")

    def _mark_down(self, instance: RasaInstance, reason: str) -> None:
        if not self._is_down(instance):
            log.warning("bot at %s unavailable: %s", instance.url, reason)
        instance.down_since = self._clock()
        instance.last_error = reason

    def _mark_up(self, instance: RasaInstance) -> None:
        if instance.down_since is not None:
            log.info("bot at %s available again", instance.url)
        instance.down_since = None
        instance.last_error = ""

    async def send(self, *, sender: str, text: str) -> list[dict[str, Any]]:
        """One turn through the REST channel; BotUnavailableError when no instance answers in time and well."""
        first = instance_for(sender, len(self.instances))
        ordered = self.instances[first:] + self.instances[:first]
        reasons = []
        for instance in ordered:
            if self._is_down(instance):
                reasons.append(f"{instance.url}: marked down ({instance.last_error})")
                continue
            try:
                return await self._send_to(instance, sender=sender, text=text)
            except BotUnavailableError as err:
                reasons.append(f"{instance.url}: {err.message}")
        raise BotUnavailableError("; ".join(reasons) or "no bot configured")

    async def _send_to(self, instance: RasaInstance, *, sender: str, text: str) -> list[dict[str, Any]]:
        try:
            payload = {"sender": sender, "message": text}
            response = await self._client.post(instance.url + REST_WEBHOOK_PATH, json=payload)
            response.raise_for_status()
            body = response.json()
        except (httpx.HTTPError, ValueError) as err:
            reason = f"{type(err).__name__}: {err}" if str(err) else type(err).__name__
            self._mark_down(instance, reason)
            raise BotUnavailableError(reason) from err
        if not isinstance(body, list) or not all(isinstance(m, dict) for m in body):
            self._mark_down(instance, "unexpected reply shape")
            raise BotUnavailableError("the bot answered with an unexpected shape")
        self._mark_up(instance)
        return body

    async def probe(self) -> bool:
        """Ask every instance whether it is up with a model loaded (short timeout); True when one is."""
        results = [await self._probe(instance) for instance in self.instances]
        return any(results)

    async def _probe(self, instance: RasaInstance) -> bool:
        try:
            response = await self._client.get(instance.url + "/status", timeout=HEALTH_TIMEOUT_S)
            response.raise_for_status()
            loaded = bool(response.json().get("model_file"))
        except (httpx.HTTPError, ValueError, AttributeError) as err:
            self._mark_down(instance, f"{type(err).__name__}: {err}")
            return False
        if not loaded:
            self._mark_down(instance, "no model loaded")
            return False
        self._mark_up(instance)
        return True

    async def aclose(self) -> None:
        """Close the connection pool."""
        await self._client.aclose()
