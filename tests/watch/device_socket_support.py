"""What the device WebSocket tests share (``test_routes*.py``): the watch router alone in a Starlette TestClient
(``tests/watch/app.py``: no search model is loaded) with a manual clock and fast delivery polling, devices made
through the real store functions, and receiving with a timeout so that a missing push fails instead of hanging."""

from __future__ import annotations

import secrets
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import select
from starlette.testclient import WebSocketTestSession
from starlette.websockets import WebSocketDisconnect

from core.rasa import RasaSettings
from core.settings import RuntimeSettings
from devstack.processes import free_port
from storage.database import Database
from tests.watch.app import watch_app
from tests.watch.helpers import add_resident
from watch.clock import ManualClock
from watch.device_schemas import DeviceCreated
from watch.devices import create_device
from watch.models import CheckIn
from watch.protocol import SERVER_MESSAGE
from watch.settings import WatchSettings

RECEIVE_TIMEOUT_S = 10.0
MAX_CONNECTIONS = 6
MAX_MESSAGE_BYTES = 1024


@dataclass
class Env:
    client: TestClient
    db: Database
    clock: ManualClock
    settings: WatchSettings
    url: str
    app: FastAPI


@contextmanager
def running_device_app(url: str, clock: ManualClock) -> Iterator[Env]:
    """The watch app on the database at ``url`` with its lifespan running, Rasa unreachable and fast delivery
    polling (small message and connection limits)."""
    settings = WatchSettings(_env_file=None, deliver_poll_s=0.05, device_recheck_s=0.05, hello_timeout_s=1,
                             rasa_timeout_s=1, device_max_message_bytes=MAX_MESSAGE_BYTES,
                             device_answer_rate="5/minute", device_max_connections_per_address=MAX_CONNECTIONS)
    rasa = RasaSettings(_env_file=None, url=f"http://127.0.0.1:{free_port()}")
    app = watch_app(url, settings=settings, clock=clock, rasa=rasa,
                    runtime=RuntimeSettings(_env_file=None, environment="test"))
    with TestClient(app) as client:
        yield Env(client, app.state.db, clock, app.state.watch.settings, url, app)


def device_for(db: Database, **resident: Any) -> tuple[int, DeviceCreated]:
    rid = add_resident(db, name_kana=f"てすと{secrets.token_hex(3)}", **resident)
    with db.sessions() as session, session.begin():
        return rid, create_device(session, resident_id=rid)


def receive(ws: WebSocketTestSession, kind: str) -> dict[str, Any]:
    """The next message of type ``kind`` (skipping others), within the timeout; each one follows the protocol."""
    deadline = time.monotonic() + RECEIVE_TIMEOUT_S
    while (left := deadline - time.monotonic()) > 0:
        message: dict[str, Any] = receive_json_within(ws, left)
        SERVER_MESSAGE.validate_python(message)
        if message.get("type") == kind:
            return message
    raise AssertionError(f"no {kind} message")


def receive_json_within(ws: WebSocketTestSession, timeout_s: float) -> Any:
    """``ws.receive_json()`` that fails instead of waiting forever (a missing push must not hang the suite). The
    blocking call runs on a helper thread; one still waiting after a failure ends when the test closes the socket."""
    pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="ws-receive")
    try:
        return pool.submit(ws.receive_json).result(timeout=timeout_s)
    except TimeoutError as err:
        raise AssertionError(f"nothing received within {timeout_s:.1f} s") from err
    finally:
        pool.shutdown(wait=False)


def closed_with(ws: WebSocketTestSession) -> tuple[list[dict[str, Any]], int]:
    """Every message until the server closes the socket (within the timeout), and the close code."""
    messages: list[dict[str, Any]] = []
    deadline = time.monotonic() + RECEIVE_TIMEOUT_S
    with pytest.raises(WebSocketDisconnect) as closed:
        while True:
            message = receive_json_within(ws, deadline - time.monotonic())
            SERVER_MESSAGE.validate_python(message)
            messages.append(message)
    return messages, closed.value.code


def wait_recorded_delivered(db: Database, checkin_id: int, ask: int) -> None:
    """Wait until the gateway has recorded push number ``ask`` of the question. It records a push just after
    sending it, so the device may see the question first; a worker step taken in between would find the question
    never delivered (未配信: no re-ask)."""
    deadline = time.monotonic() + RECEIVE_TIMEOUT_S
    while time.monotonic() < deadline:
        with db.sessions() as session:
            if (session.scalar(select(CheckIn.delivered_count).where(CheckIn.id == checkin_id)) or 0) >= ask:
                return
        time.sleep(0.02)
    raise AssertionError(f"push {ask} of check-in {checkin_id} not recorded")


def connect(ws: WebSocketTestSession, device: DeviceCreated) -> dict[str, Any]:
    ws.send_json({"type": "hello", "token": device.token})
    return receive(ws, "welcome")


def watch_hub(env: Env) -> Any:
    return env.app.state.watch.hub
