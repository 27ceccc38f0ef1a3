"""Disaster notices on tablets end to end: a uvicorn server process of the watch app, real WebSocket clients
(``websockets``) for two districts, the notice written in the shared database (as the dashboard does in another
process). The notice reaches its district's tablet, is repeated until 「聞きました」, and never reaches the other
district's tablet; ending it removes the banner."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from websockets.asyncio.client import ClientConnection, connect

from devstack.processes import Service
from storage.database import Database
from tests.watch.helpers import add_resident
from tests.watch.socket_support import served_watch_app, sqlite_copy
from watch.clock import SystemClock
from watch.device_schemas import DeviceCreated
from watch.devices import create_device
from watch.notices import create_notice, delivery_log, end_notice
from watch.notices_schemas import NoticeCreate
from watch.protocol import SERVER_MESSAGE
from watch.settings import WatchSettings

pytestmark = pytest.mark.slow

REPEAT_S = 1.5  # WATCH_NOTICE_TABLET_REPEAT_S of the server
WAIT_S = 10.0


@pytest.fixture(scope="module")
def database(tmp_path_factory: pytest.TempPathFactory, sqlite_template: Path) -> Iterator[tuple[str, Database]]:
    with sqlite_copy(tmp_path_factory.mktemp("notices-ws"), sqlite_template) as opened:
        yield opened


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory, database: tuple[str, Database]) -> Iterator[Service]:
    with served_watch_app(database[0], tmp_path_factory.mktemp("notices-app"), WATCH_NOTICE_POLL_S="0.2",
                          WATCH_NOTICE_TABLET_REPEAT_S=str(REPEAT_S)) as handle:
        yield handle


def tablet(db: Database, district: str) -> DeviceCreated:
    rid = add_resident(db, name=f"{district} 太郎", name_kana=f"{district}たろう", district=district)
    with db.sessions() as session, session.begin():
        return create_device(session, resident_id=rid)


async def open_tablet(url: str, device: DeviceCreated) -> ClientConnection:
    ws = await connect(f"{url.replace('http', 'ws', 1)}/watch/device/{device.device_id}")
    await ws.send(json.dumps({"type": "hello", "token": device.token}))
    assert (await next_message(ws, "welcome"))["type"] == "welcome"
    return ws


async def next_message(ws: ClientConnection, kind: str, timeout_s: float = WAIT_S) -> dict[str, Any]:
    """The next message of type ``kind`` (others skipped); each one must follow the protocol."""
    deadline = time.monotonic() + timeout_s
    while True:
        left = deadline - time.monotonic()
        if left <= 0:
            raise TimeoutError(f"no {kind} message within {timeout_s} s")
        message: dict[str, Any] = json.loads(await asyncio.wait_for(ws.recv(), left))
        SERVER_MESSAGE.validate_python(message)
        if message["type"] == kind:
            return message


async def messages_within(ws: ClientConnection, seconds: float) -> list[dict[str, Any]]:
    """Every message received during ``seconds``."""
    received = []
    deadline = time.monotonic() + seconds
    while (left := deadline - time.monotonic()) > 0:
        try:
            received.append(json.loads(await asyncio.wait_for(ws.recv(), left)))
        except TimeoutError:
            break
    return received


def test_notice_reaches_its_districts_tablet_until_heard_and_not_the_other_district(
        server: Service, database: tuple[str, Database]) -> None:
    db = database[1]
    furukawa, kashimadai = tablet(db, "古川"), tablet(db, "鹿島台")
    clock = SystemClock()

    async def scenario() -> None:
        here, there = await open_tablet(server.url, furukawa), await open_tablet(server.url, kashimadai)
        with db.sessions() as session, session.begin():
            notice = create_notice(session, data=NoticeCreate(
                level="evacuate", title="避難指示(洪水)", text="古川第一小学校へ避難してください。", districts=["古川"],
                expires_at=clock.now() + timedelta(hours=2)), created_by="防災課", now=clock.now(),
                settings=WatchSettings(_env_file=None))
        first = await next_message(here, "notice")
        assert (first["notice_id"], first["title"], first["districts"], first["ask"], first["heard"]) == (
            notice.id, "避難指示(洪水)", ["古川"], 1, False)
        again = await next_message(here, "notice", timeout_s=REPEAT_S + WAIT_S)  # not heard yet: repeated
        assert again["ask"] == 2 and not again["heard"]
        assert [m for m in await messages_within(there, 0.5) if m["type"].startswith("notice")] == []

        await here.send(json.dumps({"type": "notice_heard", "notice_id": notice.id}))
        heard = await next_message(here, "notice")
        while not heard["heard"]:  # (a repeat pushed before the acknowledgement arrived, on a slow machine)
            heard = await next_message(here, "notice")
        quiet = await messages_within(here, REPEAT_S * 2)  # heard: no more repeats
        assert [m for m in quiet if m["type"] == "notice"] == []

        await there.send(json.dumps({"type": "notice_heard", "notice_id": notice.id}))  # not its district
        assert (await next_message(there, "error"))["code"] == "not_found"

        with db.sessions() as session, session.begin():
            end_notice(session, notice_id=notice.id, ended_by="防災課", now=clock.now())
        assert (await next_message(here, "notice_ended"))["notice_id"] == notice.id
        assert [m for m in await messages_within(there, 0.5) if m["type"].startswith("notice")] == []
        await here.close()
        await there.close()

        with db.sessions() as session:
            log = delivery_log(session, notice_id=notice.id, now=clock.now())
        [row] = log.rows  # the other district's tablet never appears
        assert (row.device_id, row.status, row.attempts >= 2, row.acknowledged_at is not None) == (
            furukawa.device_id, "acknowledged", True, True)

    asyncio.run(scenario())


def test_a_tablet_that_connects_later_gets_the_notice_and_sees_it_heard_after_a_reconnect(
        server: Service, database: tuple[str, Database]) -> None:
    db = database[1]
    device = tablet(db, "三本木")
    clock = SystemClock()
    with db.sessions() as session, session.begin():
        notice = create_notice(session, data=NoticeCreate(
            level="elderly", title="高齢者等避難", text="早めに避難してください。", all_districts=True,
            expires_at=clock.now() + timedelta(hours=1)), created_by="防災課", now=clock.now(),
            settings=WatchSettings(_env_file=None))

    async def scenario() -> None:
        ws = await open_tablet(server.url, device)
        pushed = await next_message(ws, "notice")
        assert pushed["notice_id"] == notice.id and pushed["all_districts"] and not pushed["heard"]
        await ws.send(json.dumps({"type": "notice_heard", "notice_id": notice.id}))
        assert (await next_message(ws, "notice"))["heard"]
        await ws.close()
        again = await open_tablet(server.url, device)  # after a reload the banner is back, quietly
        shown = await next_message(again, "notice")
        assert shown["notice_id"] == notice.id and shown["heard"] is True
        await again.close()

    asyncio.run(scenario())
    with db.sessions() as session, session.begin():
        end_notice(session, notice_id=notice.id, ended_by="防災課", now=clock.now())  # (the module's other tests)
