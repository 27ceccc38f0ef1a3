"""The device WebSocket and page over real sockets of a Starlette TestClient (SQLite and PostgreSQL), on the
watch router alone (``tests/watch/app.py``: no search model is loaded)."""

from __future__ import annotations

import os
import secrets
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import select, update
from starlette.testclient import WebSocketTestSession
from starlette.websockets import WebSocketDisconnect

from core.rasa import RasaSettings
from core.settings import RuntimeSettings
from devstack.processes import free_port
from storage.database import Database
from tests.watch.app import watch_app
from tests.watch.conftest import START
from tests.watch.helpers import FAMILY, add_resident, checkins, schedule
from watch.clock import ManualClock
from watch.devices import create_device, revoke_device
from watch.models import Alert, CheckIn, OutboxMessage
from watch.protocol import SERVER_MESSAGE
from watch.residents import update_resident
from watch.routes import recheck_devices
from watch.schemas import DeviceCreated, ResidentUpdate
from watch.settings import WatchSettings

RECEIVE_TIMEOUT_S = 10.0
PROJECT_ROOT = Path(__file__).resolve().parents[2]
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


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def app_env(request: pytest.FixtureRequest, sqlite_template: Path,
            tmp_path_factory: pytest.TempPathFactory) -> Iterator[Env]:
    """The app with its lifespan running, a fresh database, a manual clock and fast delivery polling."""
    if request.param == "sqlite":
        path = tmp_path_factory.mktemp("watch-ws") / "watch.db"
        shutil.copyfile(sqlite_template, path)
        url, cleanup = f"sqlite:///{path}", None
    else:
        server, template = request.getfixturevalue("postgres")
        name = server.create_database(template=template)
        url, cleanup = server.url(name), (lambda: server.drop_database(name))
    clock = ManualClock(START)
    settings = WatchSettings(_env_file=None, deliver_poll_s=0.05, device_recheck_s=0.05, hello_timeout_s=1,
                             rasa_timeout_s=1, device_max_message_bytes=MAX_MESSAGE_BYTES,
                             device_answer_rate="5/minute", device_max_connections_per_address=MAX_CONNECTIONS)
    rasa = RasaSettings(_env_file=None, url=f"http://127.0.0.1:{free_port()}")
    app = watch_app(url, settings=settings, clock=clock, rasa=rasa,
                    runtime=RuntimeSettings(_env_file=None, environment="test"))
    try:
        with TestClient(app) as client:
            yield Env(client, app.state.db, clock, app.state.watch.settings, url, app)
    finally:
        if cleanup:
            cleanup()


@pytest.fixture
def env(app_env: Env) -> Env:
    app_env.clock.set(START)
    with app_env.db.sessions() as session, session.begin():  # each test starts with every question closed
        session.execute(update(CheckIn).values(status="cancelled", delivery_pending=False, next_action_at=None))
    return app_env


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


# --- the page ----------------------------------------------------------------------------------------
def test_device_page_is_served(env: Env) -> None:
    page = env.client.get("/device")
    assert page.status_code == 200 and 'lang="ja"' in page.text and "元気です" in page.text
    assert env.client.get("/watch/static/device.js").status_code == 200
    missing = env.client.get("/watch/static/secret.py")
    assert missing.status_code == 404 and missing.json()["error"]["code"] == "not_found"


# --- authentication -----------------------------------------------------------------------------------
@pytest.mark.parametrize("hello", [
    {"type": "hello", "token": "wrong"}, {"type": "hello"}, {"type": "answer", "button": "fine"}, "not json",
])
def test_wrong_or_missing_token_closes_4401_after_an_error_event(env: Env, hello: Any) -> None:
    _, device = device_for(env.db)
    with env.client.websocket_connect(f"/watch/device/{device.device_id}") as ws:
        if isinstance(hello, str):
            ws.send_text(hello)
        else:
            ws.send_json(hello)
        messages, code = closed_with(ws)
    assert code == 4401 and [m["code"] for m in messages] == ["unauthorized"]


def test_token_is_bound_to_its_device(env: Env) -> None:
    _, first = device_for(env.db)
    _, second = device_for(env.db)
    with env.client.websocket_connect(f"/watch/device/{second.device_id}") as ws:
        ws.send_json({"type": "hello", "token": first.token})
        assert closed_with(ws)[1] == 4401


def test_revoked_device_is_refused_at_hello(env: Env) -> None:
    _, device = device_for(env.db)
    with env.db.sessions() as session, session.begin():
        revoke_device(session, device_id=device.device_id, by="田中")
    with env.client.websocket_connect(f"/watch/device/{device.device_id}") as ws:
        ws.send_json({"type": "hello", "token": device.token})
        messages, code = closed_with(ws)
    assert code == 4403 and [m["code"] for m in messages] == ["device_revoked"]
    assert "使えなくなりました" in messages[0]["message"]


def test_device_of_an_inactive_resident_is_refused_at_hello(env: Env) -> None:
    rid, device = device_for(env.db)
    with env.db.sessions() as session, session.begin():
        update_resident(session, resident_id=rid, data=ResidentUpdate(active=False))
    with env.client.websocket_connect(f"/watch/device/{device.device_id}") as ws:
        ws.send_json({"type": "hello", "token": device.token})
        messages, code = closed_with(ws)
    assert code == 4403 and [m["code"] for m in messages] == ["resident_inactive"]


def test_revocation_in_another_process_closes_the_open_socket(env: Env) -> None:
    _, device = device_for(env.db)
    with env.client.websocket_connect(f"/watch/device/{device.device_id}") as ws:
        connect(ws, device)
        result = subprocess.run(
            [sys.executable, "-m", "watch", "revoke-device", device.device_id, "--by", "田中"], cwd=PROJECT_ROOT,
            env={**os.environ, "STORAGE_DATABASE_URL": env.url}, capture_output=True, text=True, timeout=60,
            check=False)
        assert result.returncode == 0, result.stderr
        assert "revoked" in result.stdout
        messages, code = closed_with(ws)  # noticed at the next delivery poll
    assert code == 4403 and [m["code"] for m in messages] == ["device_revoked"]
    assert watch_hub(env).connected_count() == 0


def test_revocation_in_this_process_closes_the_socket_at_once(env: Env) -> None:
    _, device = device_for(env.db)
    env.settings.deliver_poll_s = env.settings.device_recheck_s = 30  # no periodic poll or re-check in time
    try:
        with env.client.websocket_connect(f"/watch/device/{device.device_id}") as ws:
            connect(ws, device)
            with env.db.sessions() as session, session.begin():
                revoke_device(session, device_id=device.device_id, by="田中")
            recheck_devices(env.app)
            started = time.monotonic()
            messages, code = closed_with(ws)
            assert time.monotonic() - started < 5
    finally:
        env.settings.deliver_poll_s = env.settings.device_recheck_s = 0.05
        watch_hub(env).wake()
    assert code == 4403 and messages[-1]["code"] == "device_revoked"


def test_an_answer_right_after_revocation_is_refused_and_not_saved(env: Env) -> None:
    rid, device = device_for(env.db, contacts=[FAMILY])
    env.settings.device_recheck_s = 30  # the periodic re-check would come too late: the answer's own check acts
    try:
        with env.client.websocket_connect(f"/watch/device/{device.device_id}") as ws:
            connect(ws, device)
            with env.db.sessions() as session, session.begin():  # revoked by another process
                revoke_device(session, device_id=device.device_id, by="田中")
            ws.send_json({"type": "answer", "button": "help"})
            messages, code = closed_with(ws)
    finally:
        env.settings.device_recheck_s = 0.05
    assert code == 4403 and [m["code"] for m in messages] == ["device_revoked"]
    with env.db.sessions() as session:
        assert list(session.scalars(select(Alert).where(Alert.resident_id == rid))) == []


def test_deactivating_the_resident_closes_the_socket(env: Env) -> None:
    rid, device = device_for(env.db)
    with env.client.websocket_connect(f"/watch/device/{device.device_id}") as ws:
        connect(ws, device)
        with env.db.sessions() as session, session.begin():
            update_resident(session, resident_id=rid, data=ResidentUpdate(active=False))
        messages, code = closed_with(ws)
    assert code == 4403 and messages[-1]["code"] == "resident_inactive"


def watch_hub(env: Env) -> Any:
    return env.app.state.watch.hub


# --- questions and answers ---------------------------------------------------------------------------
def test_checkin_is_pushed_to_a_connected_device_and_the_answer_recorded(env: Env) -> None:
    db, clock, settings = env.db, env.clock, env.settings
    rid, device = device_for(db, name="山田 花子")
    with env.client.websocket_connect(f"/watch/device/{device.device_id}") as ws:
        assert connect(ws, device)["name"] == "山田 花子"
        clock.advance(minutes=5)
        schedule(db, settings, clock)  # the worker creates the check-in; the gateway pushes it
        pushed = receive(ws, "checkin")
        assert pushed["message"] == settings.greeting
        ws.send_json({"type": "answer", "checkin_id": pushed["checkin_id"], "button": "fine"})
        reply = receive(ws, "answered")
        assert reply["outcome"] == "fine" and "ありがとうございます" in reply["message"]
        ws.send_json({"type": "ping"})
        receive(ws, "pong")
    wait_recorded_delivered(db, pushed["checkin_id"], 1)  # recorded just after sending: the answer may be first
    [checkin] = checkins(db, rid)
    assert checkin.status == "answered" and checkin.outcome == "fine"
    assert checkin.delivered_at is not None and not checkin.delivery_pending


def test_waiting_question_on_connect_then_reask_then_text_answer(env: Env) -> None:
    db, clock, settings = env.db, env.clock, env.settings
    rid, device = device_for(db)
    clock.advance(minutes=5)
    schedule(db, settings, clock)  # asked while the device was offline
    with env.client.websocket_connect(f"/watch/device/{device.device_id}") as ws:
        ws.send_json({"type": "hello", "token": device.token})
        first = receive(ws, "checkin")
        wait_recorded_delivered(db, first["checkin_id"], 1)  # (as 30 minutes would make sure)
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


def test_unclear_text_asks_again_and_foreign_checkin_is_refused(env: Env) -> None:
    db, clock, settings = env.db, env.clock, env.settings
    rid, device = device_for(db)
    other, _ = device_for(db)
    clock.advance(minutes=5)
    schedule(db, settings, clock)
    foreign = checkins(db, other)[0].id
    with env.client.websocket_connect(f"/watch/device/{device.device_id}") as ws:
        ws.send_json({"type": "hello", "token": device.token})
        receive(ws, "checkin")
        ws.send_json({"type": "answer", "text": "うーん"})
        assert "もう一度" in receive(ws, "retry")["message"]
        assert receive(ws, "checkin")["ask"] == 2  # the question comes again
        ws.send_json({"type": "answer", "checkin_id": foreign, "button": "fine"})
        assert receive(ws, "error")["code"] == "not_found"
    assert checkins(db, other)[0].status == "open"
    assert checkins(db, rid)[0].status == "open"


def test_three_help_presses_make_one_urgent_alert_and_one_family_email(env: Env) -> None:
    rid, device = device_for(env.db, contacts=[FAMILY])
    with env.client.websocket_connect(f"/watch/device/{device.device_id}") as ws:
        connect(ws, device)
        for _ in range(3):  # at night: no question is open
            ws.send_json({"type": "answer", "button": "help"})
            assert receive(ws, "answered")["outcome"] == "help"
    with env.db.sessions() as session:
        alerts = list(session.scalars(select(Alert).where(Alert.resident_id == rid)))
        family_mails = list(session.scalars(select(OutboxMessage).where(OutboxMessage.resident_id == rid,
                                                                        OutboxMessage.recipient == FAMILY.email)))
    assert [(a.priority, a.reason) for a in alerts] == [("urgent", "help")]
    assert len(family_mails) == 1


def test_answers_per_device_are_limited(env: Env) -> None:
    rid, device = device_for(env.db, contacts=[FAMILY])
    with env.client.websocket_connect(f"/watch/device/{device.device_id}") as ws:
        connect(ws, device)
        for _ in range(5):  # device_answer_rate = 5/minute
            ws.send_json({"type": "answer", "button": "unwell"})
            receive(ws, "answered")
        ws.send_json({"type": "answer", "button": "help"})
        refused = receive(ws, "error")
        assert refused["code"] == "rate_limited" and refused["retry_after_s"] >= 1
        ws.send_json({"type": "ping"})
        receive(ws, "pong")  # the socket stays open
    with env.db.sessions() as session:
        reasons = list(session.scalars(select(Alert.reason).where(Alert.resident_id == rid)))
    assert reasons == ["unwell"]  # the refused help press was not saved


# --- sizes, time and connection limits ---------------------------------------------------------------
def test_oversized_message_closes_1009_before_hello(env: Env) -> None:
    _, device = device_for(env.db)
    with env.client.websocket_connect(f"/watch/device/{device.device_id}") as ws:
        ws.send_text('{"type": "hello", "token": "' + "x" * (MAX_MESSAGE_BYTES * 4) + '"}')
        messages, code = closed_with(ws)
    assert code == 1009 and [m["code"] for m in messages] == ["message_too_large"]


def test_oversized_message_after_hello_closes_1009_and_saves_nothing(env: Env) -> None:
    rid, device = device_for(env.db)
    with env.client.websocket_connect(f"/watch/device/{device.device_id}") as ws:
        connect(ws, device)
        ws.send_text('{"type": "answer", "text": "' + "助けて" * MAX_MESSAGE_BYTES + '"}')
        messages, code = closed_with(ws)
    assert code == 1009 and messages[-1]["code"] == "message_too_large"
    with env.db.sessions() as session:
        assert list(session.scalars(select(Alert).where(Alert.resident_id == rid))) == []


def test_no_hello_in_time_closes_4408(env: Env) -> None:
    _, device = device_for(env.db)
    started = time.monotonic()
    with env.client.websocket_connect(f"/watch/device/{device.device_id}") as ws:
        messages, code = closed_with(ws)
    assert code == 4408 and [m["code"] for m in messages] == ["hello_timeout"]
    assert time.monotonic() - started < env.settings.hello_timeout_s + 5


def test_bad_messages_get_an_error_event_and_the_socket_stays(env: Env) -> None:
    _, device = device_for(env.db)
    with env.client.websocket_connect(f"/watch/device/{device.device_id}") as ws:
        connect(ws, device)
        for bad in ('{"type": "answer"}', '{"type": "answer", "button": "fine", "text": "x"}', "[1]", "{"):
            ws.send_text(bad)
            assert receive(ws, "error")["code"] == "bad_message"
        ws.send_json({"type": "ping"})
        receive(ws, "pong")


def test_connections_per_address_are_limited(env: Env) -> None:
    _, device = device_for(env.db)
    path = f"/watch/device/{device.device_id}"
    # A rotating X-Forwarded-For from an untrusted peer changes nothing (no trusted proxy is configured).
    sockets = [env.client.websocket_connect(path, headers={"X-Forwarded-For": f"203.0.113.{n}"})
               for n in range(MAX_CONNECTIONS)]
    opened = [s.__enter__() for s in sockets]
    try:
        for ws in opened:
            connect(ws, device)
        with env.client.websocket_connect(path, headers={"X-Forwarded-For": "198.51.100.7"}) as extra:
            messages, code = closed_with(extra)
        assert code == 1013 and [m["code"] for m in messages] == ["too_many_connections"]
    finally:
        for socket_cm in sockets:
            socket_cm.__exit__(None, None, None)
    with env.client.websocket_connect(f"/watch/device/{device.device_id}") as again:  # slots were given back
        connect(again, device)
