"""The device WebSocket and page on the real gateway app (SQLite and PostgreSQL)."""

from __future__ import annotations

import secrets
import shutil
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from starlette.testclient import WebSocketTestSession
from starlette.websockets import WebSocketDisconnect

from gateway.main import create_app
from gateway.settings import GatewaySettings
from knowledge.settings import KnowledgeSettings
from storage.database import Database
from storage.settings import StorageSettings
from tests.watch.conftest import START
from tests.watch.helpers import add_resident, checkins, schedule
from tests.watch.pg import free_port
from watch import store
from watch.clock import ManualClock
from watch.schemas import DeviceCreated
from watch.settings import WatchSettings

RECEIVE_TIMEOUT_S = 10.0


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def app_env(
    request: pytest.FixtureRequest, knowledge_settings: KnowledgeSettings, built_index: Path,
    sqlite_template: Path, tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[TestClient, Database, ManualClock, WatchSettings]]:
    """The real app with its lifespan running, a fresh database, a manual clock and fast delivery polling."""
    if request.param == "sqlite":
        path = tmp_path_factory.mktemp("watch-ws") / "watch.db"
        shutil.copyfile(sqlite_template, path)
        url, cleanup = f"sqlite:///{path}", None
    else:
        server, template = request.getfixturevalue("postgres")
        name = server.create_database(template=template)
        url, cleanup = server.url(name), (lambda: server.drop_database(name))
    app: FastAPI = create_app(knowledge=knowledge_settings,
                              gateway=GatewaySettings(environment="test", build_index_on_start=False,
                                                      secret_key=secrets.token_urlsafe(48)),
                              storage=StorageSettings(database_url=url))
    clock = ManualClock(START)
    settings = WatchSettings(_env_file=None, environment="test", deliver_poll_s=0.05, hello_timeout_s=2,
                             rasa_url=f"http://127.0.0.1:{free_port()}", rasa_timeout_s=1)
    app.state.watch_settings = settings
    app.state.watch_clock = clock
    try:
        with TestClient(app) as client:
            yield client, app.state.db, clock, settings
    finally:
        if cleanup:
            cleanup()


@pytest.fixture
def env(app_env: tuple[TestClient, Database, ManualClock, WatchSettings]
        ) -> tuple[TestClient, Database, ManualClock, WatchSettings]:
    _, db, clock, _ = app_env
    clock.set(START)
    with db.sessions() as session, session.begin():  # each test starts with its residents answered/closed
        from sqlalchemy import update

        from watch.models import CheckIn
        session.execute(update(CheckIn).values(status="cancelled", delivery_pending=False, next_action_at=None))
    return app_env


def device_for(db: Database, **resident: Any) -> tuple[int, DeviceCreated]:
    rid = add_resident(db, name_kana=f"てすと{secrets.token_hex(3)}", **resident)
    with db.sessions() as session, session.begin():
        return rid, store.create_device(session, resident_id=rid)


def receive(ws: WebSocketTestSession, kind: str) -> dict[str, Any]:
    """The next message of type ``kind`` (skipping others), within the timeout."""
    deadline = time.monotonic() + RECEIVE_TIMEOUT_S
    while time.monotonic() < deadline:
        message: dict[str, Any] = ws.receive_json()
        if message.get("type") == kind:
            return message
    raise AssertionError(f"no {kind} message")


def test_device_page_is_served(env: Any) -> None:
    client = env[0]
    page = client.get("/device")
    assert page.status_code == 200 and 'lang="ja"' in page.text and "元気です" in page.text
    assert client.get("/watch/static/device.js").status_code == 200
    assert client.get("/watch/static/secret.py").status_code == 404


@pytest.mark.parametrize("hello", [
    {"type": "hello", "token": "wrong"}, {"type": "hello"}, {"type": "answer", "button": "fine"}, "not json",
])
def test_wrong_or_missing_token_closes_4401(env: Any, hello: Any) -> None:
    client, db, _, _ = env
    _, device = device_for(db)
    with client.websocket_connect(f"/watch/device/{device.device_id}") as ws:
        if isinstance(hello, str):
            ws.send_text(hello)
        else:
            ws.send_json(hello)
        with pytest.raises(WebSocketDisconnect) as closed:
            ws.receive_json()
    assert closed.value.code == 4401


def test_token_is_bound_to_its_device(env: Any) -> None:
    client, db, _, _ = env
    _, first = device_for(db)
    _, second = device_for(db)
    with client.websocket_connect(f"/watch/device/{second.device_id}") as ws:
        ws.send_json({"type": "hello", "token": first.token})
        with pytest.raises(WebSocketDisconnect) as closed:
            ws.receive_json()
    assert closed.value.code == 4401


def test_checkin_is_pushed_to_a_connected_device_and_the_answer_recorded(env: Any) -> None:
    client, db, clock, settings = env
    rid, device = device_for(db, name="山田 花子")
    with client.websocket_connect(f"/watch/device/{device.device_id}") as ws:
        ws.send_json({"type": "hello", "token": device.token})
        assert receive(ws, "welcome")["name"] == "山田 花子"
        clock.advance(minutes=5)
        schedule(db, settings, clock)  # the worker creates the check-in; the gateway pushes it
        pushed = receive(ws, "checkin")
        assert pushed["message"] == settings.greeting
        ws.send_json({"type": "answer", "checkin_id": pushed["checkin_id"], "button": "fine"})
        reply = receive(ws, "answered")
        assert reply["outcome"] == "fine" and "ありがとうございます" in reply["message"]
        ws.send_json({"type": "ping"})
        receive(ws, "pong")
    [checkin] = checkins(db, rid)
    assert checkin.status == "answered" and checkin.outcome == "fine"
    assert checkin.delivered_at is not None and not checkin.delivery_pending


def test_waiting_question_on_connect_then_reask_then_text_answer(env: Any) -> None:
    client, db, clock, settings = env
    rid, device = device_for(db)
    clock.advance(minutes=5)
    schedule(db, settings, clock)  # asked while the device was offline
    with client.websocket_connect(f"/watch/device/{device.device_id}") as ws:
        ws.send_json({"type": "hello", "token": device.token})
        first = receive(ws, "checkin")
        clock.advance(minutes=30)
        schedule(db, settings, clock)  # no answer: asked again
        again = receive(ws, "checkin")
        assert again["checkin_id"] == first["checkin_id"] and again["ask"] == 2
        # Rasa is unreachable in this test: keyword rules classify the text.
        ws.send_json({"type": "answer", "text": "ちょっと具合が悪いです"})
        reply = receive(ws, "answered")
        assert reply["outcome"] == "unwell" and reply["checkin_id"] == first["checkin_id"]
    [checkin] = checkins(db, rid)
    assert checkin.outcome == "unwell" and checkin.classified_by == "keywords"
    assert checkin.answer_text == "ちょっと具合が悪いです"


def test_unclear_text_asks_again_and_foreign_checkin_is_refused(env: Any) -> None:
    client, db, clock, settings = env
    rid, device = device_for(db)
    other, _ = device_for(db)
    clock.advance(minutes=5)
    schedule(db, settings, clock)
    foreign = checkins(db, other)[0].id
    with client.websocket_connect(f"/watch/device/{device.device_id}") as ws:
        ws.send_json({"type": "hello", "token": device.token})
        receive(ws, "checkin")
        ws.send_json({"type": "answer", "text": "うーん"})
        assert "もう一度" in receive(ws, "retry")["message"]
        assert receive(ws, "checkin")["ask"] == 2  # the question comes again
        ws.send_json({"type": "answer", "checkin_id": foreign, "button": "fine"})
        assert receive(ws, "error")["code"] == "not_found"
    assert checkins(db, other)[0].status == "open"
    assert checkins(db, rid)[0].status == "open"
