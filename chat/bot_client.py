"""The Rasa server(s) as seen by the chat: REST-channel turns with a timeout, session affinity across
instances, and a simple circuit breaker per instance. Every call carries Rasa's ``?token=`` (RASA_TOKEN)."""

from __future__ import annotations

import hashlib
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import httpx

from chat.errors import BotUnavailableError
from chat.settings import ChatSettings
from core.rasa import RasaSettings

log = logging.getLogger(__name__)
REST_WEBHOOK_PATH = "/webhooks/rest/webhook"
STATUS_PATH = "/status"
PARSE_PATH = "/model/parse"
TRACKER_PATH = "/conversations/{sender}/tracker"
TRACKER_EVENTS_PATH = "/conversations/{sender}/tracker/events"
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

    With several instances (``RASA_URL`` as a comma-separated list), each conversation sticks to one
    instance, so Rasa's in-process lock store stays correct; when that instance is down the next one up takes
    over (they share the SQL tracker store, so the conversation continues).
    """

    def __init__(
        self,
        rasa: RasaSettings,
        chat: ChatSettings,
        *,
        transport: httpx.AsyncBaseTransport | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        """Create the HTTP client (no connection is made yet)."""
        self.instances = [RasaInstance(url) for url in rasa.urls]
        self.retry_after_s = chat.rasa_retry_after_s
        self._clock = clock
        self._client = httpx.AsyncClient(
            timeout=chat.rasa_timeout_s,
            transport=transport,
            params={"token": rasa.token},
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

    async def send(self, *, sender: str, text: str, metadata: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        """One turn through the REST channel; BotUnavailableError when no instance answers in time and well."""
        first = instance_for(sender, len(self.instances))
        ordered = self.instances[first:] + self.instances[:first]
        reasons = []
        for instance in ordered:
            if self._is_down(instance):
                reasons.append(f"{instance.url}: marked down ({instance.last_error})")
                continue
            try:
                return await self._send_to(instance, sender=sender, text=text, metadata=metadata)
            except BotUnavailableError as err:
                reasons.append(f"{instance.url}: {err.detail}")
        raise BotUnavailableError(detail="; ".join(reasons) or "no bot configured")

    async def _send_to(
        self, instance: RasaInstance, *, sender: str, text: str, metadata: dict[str, Any] | None
    ) -> list[dict[str, Any]]:
        payload: dict[str, Any] = {"sender": sender, "message": text}
        if metadata:
            payload["metadata"] = metadata
        try:
            response = await self._client.post(instance.url + REST_WEBHOOK_PATH, json=payload)
            response.raise_for_status()
            body = response.json()
        except (httpx.HTTPError, ValueError) as err:
            reason = f"{type(err).__name__}: {err}" if str(err) else type(err).__name__
            self._mark_down(instance, reason)
            raise BotUnavailableError(detail=reason) from err
        if not isinstance(body, list) or not all(isinstance(m, dict) for m in body):
            self._mark_down(instance, "unexpected reply shape")
            raise BotUnavailableError(detail="the bot answered with an unexpected shape")
        self._mark_up(instance)
        return body

    def _instance_for(self, sender: str) -> RasaInstance:
        first = instance_for(sender, len(self.instances))
        ordered = self.instances[first:] + self.instances[:first]
        return next((i for i in ordered if not self._is_down(i)), ordered[0])

    async def _call(self, method: str, sender: str, path: str, *, json: object = None,
                    params: dict[str, str] | None = None) -> Any:
        """One call of Rasa's HTTP API on the conversation's instance (a failure does not open the breaker)."""
        instance = self._instance_for(sender)
        try:
            response = await self._client.request(method, instance.url + path, json=json, params=params)
            response.raise_for_status()
            return response.json()
        except (httpx.HTTPError, ValueError) as err:
            reason = f"{type(err).__name__}: {err}" if str(err) else type(err).__name__
            raise BotUnavailableError(detail=f"{instance.url}{path.split('?')[0]}: {reason}") from err

    async def parse(self, *, sender: str, text: str) -> tuple[str, float]:
        """Rasa's top intent and confidence for ``text`` (``POST /model/parse``; nothing is recorded)."""
        body = await self._call("POST", sender, PARSE_PATH, json={"text": text})
        intent = body.get("intent") if isinstance(body, dict) else None
        if not isinstance(intent, dict):
            raise BotUnavailableError(detail="the parse answer has no intent")
        return str(intent.get("name") or ""), float(intent.get("confidence") or 0.0)

    async def tracker(self, *, sender: str) -> dict[str, Any]:
        """The conversation's tracker (slots, active loop, events since the last restart)."""
        body = await self._call("GET", sender, TRACKER_PATH.format(sender=sender),
                                params={"include_events": "AFTER_RESTART"})
        if not isinstance(body, dict):
            raise BotUnavailableError(detail="the tracker answer is not an object")
        return body

    async def append_events(self, *, sender: str, events: list[dict[str, Any]]) -> None:
        """Append events to the conversation (e.g. stop a form: an ``active_loop`` event without a name)."""
        await self._call("POST", sender, TRACKER_EVENTS_PATH.format(sender=sender), json=events)

    async def healthy(self) -> bool:
        """Whether an instance is up with a model loaded (short timeout).

        A success closes that instance's breaker (chat leaves degraded mode without waiting for the retry
        interval); a failure never opens it, so a flood of health checks cannot push the chat into degraded mode.
        """
        results = [await self._probe(instance) for instance in self.instances]
        return any(results)

    async def _probe(self, instance: RasaInstance) -> bool:
        try:
            response = await self._client.get(instance.url + STATUS_PATH, timeout=HEALTH_TIMEOUT_S)
            response.raise_for_status()
            body = response.json()
        except (httpx.HTTPError, ValueError) as err:
            log.debug("health probe of %s failed: %s", instance.url, err)
            return False
        if not isinstance(body, dict) or not body.get("model_file"):
            return False
        self._mark_up(instance)
        return True

    async def aclose(self) -> None:
        """Close the connection pool."""
        await self._client.aclose()
