"""BotClient over real HTTP handlers (httpx MockTransport as the wire): affinity, failover, breaker."""

from __future__ import annotations

import asyncio

import httpx
import pytest

from gateway.bot_client import BotClient, instance_for
from gateway.errors import BotUnavailableError
from gateway.settings import GatewaySettings

URLS = "http://127.0.0.1:5005,http://127.0.0.1:5006"


def _client(handler: httpx.MockTransport, now: list[float], urls: str = URLS) -> BotClient:
    settings = GatewaySettings(environment="test", rasa_url=urls, rasa_retry_after_s=10)
    return BotClient(settings, transport=handler, clock=lambda: now[0])


def test_conversations_stick_to_one_instance_and_fail_over() -> None:
    seen: list[str] = []
    down = {"5005": False}

    def handle(request: httpx.Request) -> httpx.Response:
        port = str(request.url.port)
        if down.get(port):
            raise httpx.ConnectError("refused", request=request)
        seen.append(port)
        return httpx.Response(200, json=[{"text": f"from {port}"}])

    now = [0.0]
    client = _client(httpx.MockTransport(handle), now)
    senders = [f"sender-{i}" for i in range(20)]
    asyncio.run(_send_all(client, senders))
    expected = ["5005" if instance_for(s, 2) == 0 else "5006" for s in senders]
    assert seen == expected and set(seen) == {"5005", "5006"}  # affinity, and both instances used

    seen.clear()
    down["5005"] = True
    asyncio.run(_send_all(client, senders))
    assert seen == ["5006"] * len(senders)  # the other instance takes over
    assert not client.is_down

    down["5006"] = True
    with pytest.raises(BotUnavailableError):
        asyncio.run(client.send(sender="x", text="こんにちは"))
    assert client.is_down
    now[0] += 11  # after the retry interval the instances are tried again
    down["5005"] = down["5006"] = False
    assert asyncio.run(client.send(sender="x", text="こんにちは"))[0]["text"].startswith("from")
    asyncio.run(client.aclose())


def test_bad_reply_shape_marks_the_instance_down() -> None:
    client = _client(httpx.MockTransport(lambda r: httpx.Response(200, json={"oops": 1})), [0.0],
                     urls="http://127.0.0.1:5005")
    with pytest.raises(BotUnavailableError, match="unexpected shape"):
        asyncio.run(client.send(sender="x", text="t"))
    assert client.is_down
    asyncio.run(client.aclose())


def test_invalid_rasa_url_setting_is_refused() -> None:
    with pytest.raises(ValueError, match="GATEWAY_RASA_URL"):
        GatewaySettings(rasa_url="localhost:5005")


async def _send_all(client: BotClient, senders: list[str]) -> None:
    for sender in senders:
        await client.send(sender=sender, text="こんにちは")
