"""Gateway edge of the watch-over module: the senior's device page and the device WebSocket.

WebSocket ``/watch/device/{device_id}`` protocol (JSON messages):

* device -> server, first message within ``WATCH_HELLO_TIMEOUT_S``: ``{"type": "hello", "token": "..."}``
  (not a query parameter: URLs end up in logs). A wrong, revoked or foreign token closes with code 4401.
* server -> device: ``welcome`` {name}, ``checkin`` {checkin_id, kind, message, ask}, ``answered``
  {checkin_id, outcome, message}, ``retry`` {checkin_id, message} (unclear: the question comes again),
  ``error`` {message} (the answer was NOT saved: send it again), ``pong``.
* device -> server: ``answer`` {checkin_id?, button: fine|unwell|help} or {checkin_id?, text}, ``ping``.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fastapi import APIRouter, FastAPI, HTTPException, WebSocket, WebSocketDisconnect
from fastapi.responses import FileResponse
from starlette.concurrency import run_in_threadpool

from storage.database import Database
from watch.answers import AnswerResult, record_answer
from watch.classify import Classification, RasaNlu, classify_button, classify_text
from watch.clock import Clock, SystemClock
from watch.delivery import Delivery, mark_delivered, waiting_for_resident
from watch.errors import AuthError, WatchError
from watch.hub import Connection, DeviceHub
from watch.settings import WatchSettings
from watch.store import authenticate_device

STATIC_DIR = Path(__file__).resolve().parent / "static"
STATIC_FILES = {"device.js": "text/javascript", "device.css": "text/css"}
CLOSE_UNAUTHORIZED = 4401
SAVE_FAILED = "ごめんなさい。うまく届きませんでした。もう一度押してください。"
log = logging.getLogger(__name__)
router = APIRouter(tags=["watch"])


@dataclass
class WatchRuntime:
    """What the device socket needs, created in the gateway lifespan (``app.state.watch``)."""

    db: Database
    settings: WatchSettings
    clock: Clock
    hub: DeviceHub
    nlu: RasaNlu


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    """Start the delivery poller; tests may preset ``app.state.watch_settings`` / ``app.state.watch_clock``."""
    settings = getattr(app.state, "watch_settings", None) or WatchSettings()
    clock = getattr(app.state, "watch_clock", None) or SystemClock()
    hub = DeviceHub(db=app.state.db, settings=settings, clock=clock)
    nlu = RasaNlu(settings.rasa_url, timeout_s=settings.rasa_timeout_s)
    app.state.watch = WatchRuntime(db=app.state.db, settings=settings, clock=clock, hub=hub, nlu=nlu)
    task = asyncio.create_task(hub.run(), name="watch-delivery")
    try:
        yield
    finally:
        hub.stop()
        await task
        await nlu.aclose()
        app.state.watch = None


@router.get("/device", include_in_schema=False)
def device_page() -> FileResponse:
    """The senior's tablet page."""
    return FileResponse(STATIC_DIR / "device.html", media_type="text/html")


@router.get("/watch/static/{name}", include_in_schema=False)
def device_asset(name: str) -> FileResponse:
    """The device page's script and style sheet."""
    if name not in STATIC_FILES:
        raise HTTPException(status_code=404)
    return FileResponse(STATIC_DIR / name, media_type=STATIC_FILES[name])


@dataclass(frozen=True)
class Identity:
    """An authenticated device's resident and the questions waiting for it (read in the same transaction)."""

    resident_id: int
    name: str
    waiting: list[Delivery]


def _authenticate(runtime: WatchRuntime, device_id: str, token: str) -> Identity:
    from watch.models import Resident

    with runtime.db.sessions() as session, session.begin():
        now = runtime.clock.now()
        device = authenticate_device(session, device_id=device_id, token=token, now=now)
        resident = session.get(Resident, device.resident_id)
        waiting = waiting_for_resident(session, resident_id=device.resident_id, now=now)
        return Identity(device.resident_id, resident.name if resident else "", waiting)


def _save_answer(runtime: WatchRuntime, resident_id: int, checkin_id: int | None, result: Classification,
                 text: str | None) -> AnswerResult:
    with runtime.db.sessions() as session, session.begin():
        return record_answer(session, resident_id=resident_id, checkin_id=checkin_id, classification=result,
                             text=text, now=runtime.clock.now(), settings=runtime.settings)


async def _hello(websocket: WebSocket, runtime: WatchRuntime, device_id: str) -> Identity | None:
    try:
        hello = await asyncio.wait_for(websocket.receive_json(), runtime.settings.hello_timeout_s)
    except (TimeoutError, ValueError, KeyError):
        return None
    token = hello.get("token") if isinstance(hello, dict) and hello.get("type") == "hello" else None
    if not isinstance(token, str) or not token or len(token) > 200:
        return None
    try:
        return await run_in_threadpool(_authenticate, runtime, device_id, token)
    except AuthError:
        return None


async def _answer(connection: Connection, runtime: WatchRuntime, message: dict[str, Any]) -> None:
    checkin_id = message.get("checkin_id")
    checkin_id = checkin_id if isinstance(checkin_id, int) else None
    button, text = message.get("button"), message.get("text")
    try:
        if isinstance(button, str):
            result, text = classify_button(button), None
        elif isinstance(text, str):
            result = await classify_text(text, runtime.nlu, min_confidence=runtime.settings.min_confidence)
        else:
            await connection.send({"type": "error", "message": SAVE_FAILED})
            return
        saved = await run_in_threadpool(_save_answer, runtime, connection.resident_id, checkin_id, result, text)
    except WatchError as err:
        log.warning("answer from %s refused: %s", connection.device_id, err.message)
        await connection.send({"type": "error", "code": err.code, "message": SAVE_FAILED})
        return
    except Exception:  # (database trouble: the device keeps the answer and sends it again)
        log.exception("answer from %s could not be saved", connection.device_id)
        await connection.send({"type": "error", "code": "not_saved", "message": SAVE_FAILED})
        return
    kind = "retry" if saved.outcome == "unclear" else "answered"
    await connection.send({"type": kind, "checkin_id": saved.checkin_id, "outcome": saved.outcome,
                           "message": saved.reply})


def _mark(runtime: WatchRuntime, items: list[Delivery], device_id: str) -> None:
    with runtime.db.sessions() as session, session.begin():
        mark_delivered(session, deliveries=items, device_id=device_id, now=runtime.clock.now())


@router.websocket("/watch/device/{device_id}")
async def device_socket(websocket: WebSocket, device_id: str) -> None:
    """A device's live connection: authenticate, receive questions, send answers."""
    runtime: WatchRuntime | None = getattr(websocket.app.state, "watch", None)
    await websocket.accept()
    if runtime is None:
        await websocket.close(code=1013)  # try again later: the module is not started
        return
    identity = await _hello(websocket, runtime, device_id)
    if identity is None:
        await websocket.close(code=CLOSE_UNAUTHORIZED, reason="unauthorized")
        return
    connection = Connection(websocket, device_id=device_id, resident_id=identity.resident_id)
    await connection.send({"type": "welcome", "name": identity.name})
    try:
        # Catch up first (the questions were read with the token check), then join the hub: a question asked
        # meanwhile stays pending (mark_delivered is guarded by ask_count) and the hub pushes it at its next poll,
        # so nothing is lost and nothing is pushed twice.
        sent = (await runtime.hub.push(identity.waiting, [connection])).get(device_id, [])
        if sent:
            await run_in_threadpool(_mark, runtime, sent, device_id)
        runtime.hub.add(connection)
        while True:
            try:
                message = await websocket.receive_json()
            except ValueError:
                await connection.send({"type": "error", "code": "bad_json", "message": SAVE_FAILED})
                continue
            kind = message.get("type") if isinstance(message, dict) else None
            if kind == "ping":
                await connection.send({"type": "pong"})
            elif kind == "answer":
                await _answer(connection, runtime, message)
    except WebSocketDisconnect:
        pass
    finally:
        runtime.hub.remove(connection)
