"""Filing reports with the gateway: success, HTTP errors, bad bodies, unreachable server."""

from __future__ import annotations

import asyncio
import json

import httpx

from bot.actions.reports_client import TOKEN_HEADER, file_report
from bot.actions.settings import DEFAULT_GATEWAY_INTERNAL_URL, BotSettings

PAYLOAD = {"what": "道路に穴", "where": "古川駅前", "photo_url": None, "session_id": "s1"}


def make_settings(**values: object) -> BotSettings:
    """Settings independent of the caller's environment and .env."""
    fields: dict[str, object] = {"gateway_internal_url": DEFAULT_GATEWAY_INTERNAL_URL, "internal_token": "", **values}
    return BotSettings(_env_file=None, **fields)  # type: ignore[arg-type]


def run(handler: httpx.MockTransport, settings: BotSettings | None = None) -> str | None:
    return asyncio.run(file_report(PAYLOAD, settings or make_settings(), transport=handler))


def test_success_returns_the_report_number() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(201, json={"id": "R-0001"})

    assert run(httpx.MockTransport(handler)) == "R-0001"
    assert str(seen[0].url) == "http://127.0.0.1:8000/internal/reports"
    assert seen[0].method == "POST"
    assert json.loads(seen[0].content) == PAYLOAD
    assert TOKEN_HEADER not in seen[0].headers


def test_token_header_is_sent_when_configured() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"id": 7})

    assert run(httpx.MockTransport(handler), make_settings(internal_token="t0ken")) == "7"
    assert seen[0].headers[TOKEN_HEADER] == "t0ken"


def test_http_error_status_gives_none() -> None:
    assert run(httpx.MockTransport(lambda request: httpx.Response(500, json={"id": "x"}))) is None


def test_invalid_json_or_missing_id_gives_none() -> None:
    assert run(httpx.MockTransport(lambda request: httpx.Response(200, content=b"not json"))) is None
    assert run(httpx.MockTransport(lambda request: httpx.Response(200, json={"ok": True}))) is None


def test_connection_error_gives_none() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused", request=request)

    assert run(httpx.MockTransport(handler)) is None


def test_unreachable_real_port_gives_none() -> None:
    # Port 9 (discard) on the loopback interface: nothing listens there.
    settings = make_settings(gateway_internal_url="http://127.0.0.1:9", report_timeout_s=2.0)
    assert asyncio.run(file_report(PAYLOAD, settings)) is None
