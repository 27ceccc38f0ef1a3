"""The device page and the limits of the device WebSocket (message size, time to hello, malformed messages,
sockets per address), over the real sockets of a Starlette TestClient on SQLite and PostgreSQL (the watch router
alone, ``tests/watch/device_socket_support.py``)."""

from __future__ import annotations

import time

from sqlalchemy import select

from tests.watch.device_socket_support import (
    MAX_CONNECTIONS,
    MAX_MESSAGE_BYTES,
    Env,
    closed_with,
    connect,
    device_for,
    receive,
)
from watch.models import Alert


# --- the page ----------------------------------------------------------------------------------------
def test_device_page_is_served(device_env: Env) -> None:
    page = device_env.client.get("/device")
    assert page.status_code == 200 and 'lang="ja"' in page.text and "元気です" in page.text
    assert device_env.client.get("/watch/static/device.js").status_code == 200
    missing = device_env.client.get("/watch/static/secret.py")
    assert missing.status_code == 404 and missing.json()["error"]["code"] == "not_found"


# --- sizes, time and connection limits ---------------------------------------------------------------
def test_oversized_message_closes_1009_before_hello(device_env: Env) -> None:
    _, device = device_for(device_env.db)
    with device_env.client.websocket_connect(f"/watch/device/{device.device_id}") as ws:
        ws.send_text('{"type": "hello", "token": "' + "x" * (MAX_MESSAGE_BYTES * 4) + '"}')
        messages, code = closed_with(ws)
    assert code == 1009 and [m["code"] for m in messages] == ["message_too_large"]


def test_oversized_message_after_hello_closes_1009_and_saves_nothing(device_env: Env) -> None:
    rid, device = device_for(device_env.db)
    with device_env.client.websocket_connect(f"/watch/device/{device.device_id}") as ws:
        connect(ws, device)
        ws.send_text('{"type": "answer", "text": "' + "助けて" * MAX_MESSAGE_BYTES + '"}')
        messages, code = closed_with(ws)
    assert code == 1009 and messages[-1]["code"] == "message_too_large"
    with device_env.db.sessions() as session:
        assert list(session.scalars(select(Alert).where(Alert.resident_id == rid))) == []


def test_no_hello_in_time_closes_4408(device_env: Env) -> None:
    _, device = device_for(device_env.db)
    started = time.monotonic()
    with device_env.client.websocket_connect(f"/watch/device/{device.device_id}") as ws:
        messages, code = closed_with(ws)
    assert code == 4408 and [m["code"] for m in messages] == ["hello_timeout"]
    assert time.monotonic() - started < device_env.settings.hello_timeout_s + 5


def test_bad_messages_get_an_error_event_and_the_socket_stays(device_env: Env) -> None:
    _, device = device_for(device_env.db)
    with device_env.client.websocket_connect(f"/watch/device/{device.device_id}") as ws:
        connect(ws, device)
        for bad in ('{"type": "answer"}', '{"type": "answer", "button": "fine", "text": "x"}', "[1]", "{"):
            ws.send_text(bad)
            assert receive(ws, "error")["code"] == "bad_message"
        ws.send_json({"type": "ping"})
        receive(ws, "pong")


def test_connections_per_address_are_limited(device_env: Env) -> None:
    _, device = device_for(device_env.db)
    path = f"/watch/device/{device.device_id}"
    # A rotating X-Forwarded-For from an untrusted peer changes nothing (no trusted proxy is configured).
    sockets = [device_env.client.websocket_connect(path, headers={"X-Forwarded-For": f"203.0.113.{n}"})
               for n in range(MAX_CONNECTIONS)]
    opened = [s.__enter__() for s in sockets]
    try:
        for ws in opened:
            connect(ws, device)
        with device_env.client.websocket_connect(path, headers={"X-Forwarded-For": "198.51.100.7"}) as extra:
            messages, code = closed_with(extra)
        assert code == 1013 and [m["code"] for m in messages] == ["too_many_connections"]
    finally:
        for socket_cm in sockets:
            socket_cm.__exit__(None, None, None)
    with device_env.client.websocket_connect(f"/watch/device/{device.device_id}") as again:  # slots were given back
        connect(again, device)
