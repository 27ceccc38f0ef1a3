"""POST /watch/device/setup and /watch/device/reset over HTTP (the watch router with the gateway's error
handler, SQLite): a code for a credential, Japanese 4xx messages, guessing and PIN tries limited."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from core.rasa import RasaSettings
from core.settings import RuntimeSettings
from devstack.processes import free_port
from tests.watch.app import watch_app
from tests.watch.conftest import START
from tests.watch.helpers import add_resident
from watch.clock import ManualClock
from watch.devices import authenticate_device, create_device
from watch.errors import DeviceRefusedError
from watch.settings import WatchSettings
from watch.setup_codes import issue_setup_code
from watch.staff_pin import hash_pin

PIN = "482915"
MakeClient = Callable[..., TestClient]


@pytest.fixture
def make_client(tmp_path: Path, sqlite_template: Path) -> Iterator[MakeClient]:
    clients: list[TestClient] = []

    def make(**overrides: object) -> TestClient:
        path = tmp_path / f"watch{len(clients)}.db"
        shutil.copyfile(sqlite_template, path)
        settings = WatchSettings(_env_file=None, staff_pin_hash=hash_pin(PIN), **overrides)  # type: ignore[arg-type]
        app = watch_app(f"sqlite:///{path}", settings=settings, clock=ManualClock(START),
                        rasa=RasaSettings(_env_file=None, url=f"http://127.0.0.1:{free_port()}"),
                        runtime=RuntimeSettings(_env_file=None, environment="test"))
        client = TestClient(app)
        client.__enter__()
        clients.append(client)
        return client

    yield make
    for client in clients:
        client.__exit__(None, None, None)


def issue(client: TestClient) -> tuple[int, str]:
    db = client.app.state.db  # type: ignore[attr-defined]
    rid = add_resident(db)
    with db.sessions() as session, session.begin():
        return rid, issue_setup_code(session, resident_id=rid, by="t", ttl=timedelta(minutes=15), now=START).code


def test_a_setup_code_gives_the_tablet_its_credential_once(make_client: MakeClient) -> None:
    client = make_client()
    rid, code = issue(client)
    answer = client.post("/watch/device/setup", json={"code": f"{code[:4]} {code[4:]}"})
    assert answer.status_code == 201
    body = answer.json()
    assert set(body) == {"device_id", "token"}
    db = client.app.state.db  # type: ignore[attr-defined]
    with db.sessions() as session, session.begin():
        assert authenticate_device(session, device_id=body["device_id"], token=body["token"]).resident_id == rid
    again = client.post("/watch/device/setup", json={"code": code})
    assert again.status_code == 400
    assert again.json()["error"]["message"].startswith("設定コードがちがうか、有効期限が切れています")
    short = client.post("/watch/device/setup", json={"code": "123"})
    assert short.status_code == 422 and "8けた" in short.json()["error"]["message"]
    assert client.post("/watch/device/setup", json={"code": code, "extra": 1}).status_code == 422


def test_guessing_is_limited_per_address(make_client: MakeClient) -> None:
    client = make_client(setup_code_rate="3/minute")
    _, code = issue(client)
    wrong = "00000000" if code != "00000000" else "11111111"
    for _ in range(3):
        assert client.post("/watch/device/setup", json={"code": wrong}).status_code == 400
    limited = client.post("/watch/device/setup", json={"code": code})  # even the right code waits now
    assert limited.status_code == 429 and int(limited.headers["retry-after"]) >= 1
    assert "待ってから" in limited.json()["error"]["message"]


def test_guessing_from_everywhere_is_limited_in_total(make_client: MakeClient) -> None:
    client = make_client(setup_code_rate="100/minute", setup_code_global_rate="2/hour")
    for _ in range(2):
        assert client.post("/watch/device/setup", json={"code": "12345678"}).status_code in (400, 201)
    assert client.post("/watch/device/setup", json={"code": "12345678"}).status_code == 429


def test_the_re_setup_needs_the_staff_pin_checked_by_the_server(make_client: MakeClient) -> None:
    client = make_client(staff_pin_rate="3/minute")
    db = client.app.state.db  # type: ignore[attr-defined]
    rid = add_resident(db)
    with db.sessions() as session, session.begin():
        device = create_device(session, resident_id=rid)
    wrong = client.post("/watch/device/reset", json={"pin": "000000", "device_id": device.device_id,
                                                     "token": device.token})
    assert wrong.status_code == 403 and wrong.json()["error"]["message"] == "暗証番号がちがいます。"
    with db.sessions() as session, session.begin():  # a wrong PIN changes nothing
        authenticate_device(session, device_id=device.device_id, token=device.token)
    right = client.post("/watch/device/reset", json={"pin": PIN, "device_id": device.device_id,
                                                     "token": device.token})
    assert right.status_code == 204
    with db.sessions() as session, session.begin(), pytest.raises(DeviceRefusedError):  # the old credential is dead
        authenticate_device(session, device_id=device.device_id, token=device.token)
    assert client.post("/watch/device/reset", json={"pin": PIN, "device_id": "d-x", "token": "y"}).status_code == 204
    limited = client.post("/watch/device/reset", json={"pin": PIN})
    assert limited.status_code == 429 and "待ってから" in limited.json()["error"]["message"]
