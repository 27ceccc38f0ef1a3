"""Who may hold a device WebSocket: the token at hello, revoked devices and inactive residents refused, and open
sockets closed when either happens in this process or another (SQLite and PostgreSQL; the watch router alone in a
Starlette TestClient, ``tests/watch/device_socket_support.py``)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from tests.watch.device_socket_support import Env, closed_with, connect, device_for, watch_hub
from tests.watch.helpers import FAMILY
from watch.devices import revoke_device
from watch.models import Alert
from watch.residents import update_resident
from watch.routes import recheck_devices
from watch.schemas import ResidentUpdate

PROJECT_ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("hello", [
    {"type": "hello", "token": "wrong"}, {"type": "hello"}, {"type": "answer", "button": "fine"}, "not json",
])
def test_wrong_or_missing_token_closes_4401_after_an_error_event(device_env: Env, hello: Any) -> None:
    _, device = device_for(device_env.db)
    with device_env.client.websocket_connect(f"/watch/device/{device.device_id}") as ws:
        if isinstance(hello, str):
            ws.send_text(hello)
        else:
            ws.send_json(hello)
        messages, code = closed_with(ws)
    assert code == 4401 and [m["code"] for m in messages] == ["unauthorized"]


def test_token_is_bound_to_its_device(device_env: Env) -> None:
    _, first = device_for(device_env.db)
    _, second = device_for(device_env.db)
    with device_env.client.websocket_connect(f"/watch/device/{second.device_id}") as ws:
        ws.send_json({"type": "hello", "token": first.token})
        assert closed_with(ws)[1] == 4401


def test_revoked_device_is_refused_at_hello(device_env: Env) -> None:
    _, device = device_for(device_env.db)
    with device_env.db.sessions() as session, session.begin():
        revoke_device(session, device_id=device.device_id, by="田中")
    with device_env.client.websocket_connect(f"/watch/device/{device.device_id}") as ws:
        ws.send_json({"type": "hello", "token": device.token})
        messages, code = closed_with(ws)
    assert code == 4403 and [m["code"] for m in messages] == ["device_revoked"]
    assert "使えなくなりました" in messages[0]["message"]


def test_device_of_an_inactive_resident_is_refused_at_hello(device_env: Env) -> None:
    rid, device = device_for(device_env.db)
    with device_env.db.sessions() as session, session.begin():
        update_resident(session, resident_id=rid, data=ResidentUpdate(active=False))
    with device_env.client.websocket_connect(f"/watch/device/{device.device_id}") as ws:
        ws.send_json({"type": "hello", "token": device.token})
        messages, code = closed_with(ws)
    assert code == 4403 and [m["code"] for m in messages] == ["resident_inactive"]


def test_revocation_in_another_process_closes_the_open_socket(device_env: Env) -> None:
    _, device = device_for(device_env.db)
    with device_env.client.websocket_connect(f"/watch/device/{device.device_id}") as ws:
        connect(ws, device)
        result = subprocess.run(
            [sys.executable, "-m", "watch", "revoke-device", device.device_id, "--by", "田中"], cwd=PROJECT_ROOT,
            env={**os.environ, "STORAGE_DATABASE_URL": device_env.url}, capture_output=True, text=True, timeout=60,
            check=False)
        assert result.returncode == 0, result.stderr
        assert "revoked" in result.stdout
        messages, code = closed_with(ws)  # noticed at the next delivery poll
    assert code == 4403 and [m["code"] for m in messages] == ["device_revoked"]
    assert watch_hub(device_env).connected_count() == 0


def test_revocation_in_this_process_closes_the_socket_at_once(device_env: Env) -> None:
    _, device = device_for(device_env.db)
    settings = device_env.settings
    settings.deliver_poll_s = settings.device_recheck_s = 30  # no periodic poll or re-check in time
    try:
        with device_env.client.websocket_connect(f"/watch/device/{device.device_id}") as ws:
            connect(ws, device)
            with device_env.db.sessions() as session, session.begin():
                revoke_device(session, device_id=device.device_id, by="田中")
            recheck_devices(device_env.app)
            started = time.monotonic()
            messages, code = closed_with(ws)
            assert time.monotonic() - started < 5
    finally:
        settings.deliver_poll_s = settings.device_recheck_s = 0.05
        watch_hub(device_env).wake()
    assert code == 4403 and messages[-1]["code"] == "device_revoked"


def test_an_answer_right_after_revocation_is_refused_and_not_saved(device_env: Env) -> None:
    rid, device = device_for(device_env.db, contacts=[FAMILY])
    device_env.settings.device_recheck_s = 30  # the periodic re-check would come too late: the answer's own check acts
    try:
        with device_env.client.websocket_connect(f"/watch/device/{device.device_id}") as ws:
            connect(ws, device)
            with device_env.db.sessions() as session, session.begin():  # revoked by another process
                revoke_device(session, device_id=device.device_id, by="田中")
            ws.send_json({"type": "answer", "button": "help"})
            messages, code = closed_with(ws)
    finally:
        device_env.settings.device_recheck_s = 0.05
    assert code == 4403 and [m["code"] for m in messages] == ["device_revoked"]
    with device_env.db.sessions() as session:
        assert list(session.scalars(select(Alert).where(Alert.resident_id == rid))) == []


def test_deactivating_the_resident_closes_the_socket(device_env: Env) -> None:
    rid, device = device_for(device_env.db)
    with device_env.client.websocket_connect(f"/watch/device/{device.device_id}") as ws:
        connect(ws, device)
        with device_env.db.sessions() as session, session.begin():
            update_resident(session, resident_id=rid, data=ResidentUpdate(active=False))
        messages, code = closed_with(ws)
    assert code == 4403 and messages[-1]["code"] == "resident_inactive"
