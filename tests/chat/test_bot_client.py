"""BotClient over real HTTP handlers (httpx MockTransport as the wire): affinity, failover, breaker, Rasa's
token on every call, and health probes that never trip the breaker."""

from __future__ import annotations

import asyncio

import httpx
import pytest

from chat.bot_client import BotClient, instance_for
from chat.errors import BotUnavailableError
from chat.settings import ChatSettings
from core.rasa import RasaSettings

URLS = "http://127.0.0.1:5005,http://127.0.0.1:5006"
TOKEN = "rasa-token-for-tests-0123456789abcdef"


def _client(handler: httpx.MockTransport, now: list[float], urls: str = URLS) -> BotClient:
    return BotClient(RasaSettings(url=urls, token=TOKEN), ChatSettings(rasa_retry_after_s=10),
                     transport=handler, clock=lambda: now[0])


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


def test_every_call_carries_rasa_token_and_the_channel() -> None:
    requests: list[httpx.Request] = []

    def handle(request: httpx.Request) -> httpx.Response:
        requests.append(request)
        if request.url.path == "/status":
            return httpx.Response(200, json={"model_file": "osaki.tar.gz"})
        return httpx.Response(200, json=[])

    client = _client(httpx.MockTransport(handle), [0.0], urls="http://127.0.0.1:5005")
    asyncio.run(client.send(sender="s", text="こんにちは", metadata={"channel": "voice"}))
    assert asyncio.run(client.healthy())
    assert [r.url.params.get("token") for r in requests] == [TOKEN, TOKEN]
    assert b'"channel":"voice"' in requests[0].content.replace(b" ", b"")
    asyncio.run(client.aclose())


def test_failed_health_probes_never_open_the_breaker_but_a_good_one_closes_it() -> None:
    state = {"status": 500, "webhook_ok": True}

    def handle(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/status":
            return httpx.Response(state["status"], json={"model_file": "m.tar.gz"})
        if not state["webhook_ok"]:
            raise httpx.ReadTimeout("slow", request=request)
        return httpx.Response(200, json=[{"text": "ok"}])

    client = _client(httpx.MockTransport(handle), [0.0], urls="http://127.0.0.1:5005")
    for _ in range(50):
        assert not asyncio.run(client.healthy())
    assert not client.is_down  # a flood of failing health checks leaves the chat on Rasa
    state["webhook_ok"] = False
    with pytest.raises(BotUnavailableError):
        asyncio.run(client.send(sender="x", text="t"))
    assert client.is_down
    state["status"], state["webhook_ok"] = 200, True
    assert asyncio.run(client.healthy()) and not client.is_down  # recovery without waiting
    asyncio.run(client.aclose())


def test_bad_reply_shape_marks_the_instance_down() -> None:
    client = _client(httpx.MockTransport(lambda r: httpx.Response(200, json={"oops": 1})), [0.0],
                     urls="http://127.0.0.1:5005")
    with pytest.raises(BotUnavailableError, match="unexpected shape"):
        asyncio.run(client.send(sender="x", text="t"))
    assert client.is_down
    asyncio.run(client.aclose())


async def _send_all(client: BotClient, senders: list[str]) -> None:
    for sender in senders:
        await client.send(sender=sender, text="こんにちは")
