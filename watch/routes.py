"""Web edge of the watch-over module: the senior's device page and the device WebSocket.

The protocol of ``/watch/device/{device_id}`` (messages, close codes) is defined in ``watch/protocol.py`` and
documented in ``docs/protocols/``; one session is run by ``watch/device_socket.py``. At most
``WATCH_DEVICE_MAX_CONNECTIONS_PER_ADDRESS`` sockets per client address (IPv6: per /64) are open at once (1013).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import APIRouter, FastAPI, WebSocket, WebSocketDisconnect
from fastapi.responses import FileResponse

from core.rasa import RasaSettings
from core.ratelimit import RateLimiter
from core.settings import RuntimeSettings
from core.web import add_static_files, client_key_of
from watch.classify import RasaNlu
from watch.clock import SystemClock
from watch.device_socket import BUSY, WatchRuntime, hello, serve
from watch.hub import Connection, DeviceHub, send_and_close
from watch.notices_hub import NoticeBroadcaster
from watch.notices_routes import forget_cached, install_rate_limiter
from watch.notices_routes import router as notices_router
from watch.protocol import CLOSE_TRY_LATER, ErrorEvent
from watch.settings import WatchSettings
from watch.setup_routes import SetupLimits
from watch.setup_routes import router as setup_router

STATIC_DIR = Path(__file__).resolve().parent / "static"
STATIC_FILES = {"device.js": "text/javascript", "device.css": "text/css"}
log = logging.getLogger(__name__)
router = APIRouter(tags=["watch"])


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    """Start the delivery poller. Reads ``app.state.db``, ``app.state.runtime`` and ``app.state.rasa`` (each
    built from the environment when missing); tests may preset ``app.state.watch_settings`` /
    ``app.state.watch_clock``."""
    runtime = getattr(app.state, "runtime", None) or RuntimeSettings()
    app.state.runtime = runtime  # client addresses (core.web) read it
    rasa = getattr(app.state, "rasa", None) or RasaSettings()
    settings = (getattr(app.state, "watch_settings", None) or WatchSettings()).with_runtime(runtime)
    clock = getattr(app.state, "watch_clock", None) or SystemClock()
    hub = DeviceHub(db=app.state.db, settings=settings, clock=clock)
    nlu = RasaNlu.from_settings(rasa, timeout_s=settings.rasa_timeout_s)
    app.state.watch = WatchRuntime(
        db=app.state.db, settings=settings, runtime=runtime, clock=clock, hub=hub, nlu=nlu,
        answer_limiter=RateLimiter(settings.device_answer_rate, namespace="watch-answers"),
        message_limiter=RateLimiter(settings.device_message_rate, namespace="watch-messages"),
    )
    app.state.watch_setup_limits = SetupLimits(code_rate=settings.setup_code_rate,
                                               code_global_rate=settings.setup_code_global_rate,
                                               pin_rate=settings.staff_pin_rate)
    notices = NoticeBroadcaster(db=app.state.db, settings=settings, clock=clock, hub=hub)
    app.state.watch.notices = notices
    gateway_settings = getattr(app.state, "settings", None)
    install_rate_limiter(app, settings.notice_rate_limit,
                         storage_uri=str(getattr(gateway_settings, "rate_limit_storage_uri", "memory://")))
    task = asyncio.create_task(hub.run(), name="watch-delivery")
    notices_task = asyncio.create_task(notices.run(), name="watch-notices")
    try:
        yield
    finally:
        hub.stop()
        notices.stop()
        await task
        await notices_task
        await nlu.aclose()
        app.state.watch = None


def recheck_devices(app: FastAPI) -> None:
    """Re-check the open device sockets now (call after revoking a device or deactivating a resident in this
    process, e.g. from the dashboard; other processes are noticed within ``WATCH_DELIVER_POLL_S``). Thread-safe."""
    runtime: WatchRuntime | None = getattr(app.state, "watch", None)
    if runtime is not None:
        runtime.hub.wake()


def announce_notices(app: FastAPI) -> None:
    """Push notices now (call after writing or ending one in this process; other processes' notices are pushed
    within ``WATCH_NOTICE_POLL_S``). Thread-safe."""
    forget_cached(app)
    runtime: WatchRuntime | None = getattr(app.state, "watch", None)
    if runtime is not None and runtime.notices is not None:
        runtime.notices.wake()


@router.get("/device", include_in_schema=False)
def device_page() -> FileResponse:
    """The senior's tablet page."""
    return FileResponse(STATIC_DIR / "device.html", media_type="text/html")


add_static_files(router, url_prefix="/watch/static", directory=STATIC_DIR, files=STATIC_FILES)
router.include_router(setup_router)
router.include_router(notices_router)


@router.websocket("/watch/device/{device_id}")
async def device_socket(websocket: WebSocket, device_id: str) -> None:
    """A device's live connection: authenticate, receive questions, send answers."""
    runtime: WatchRuntime | None = getattr(websocket.app.state, "watch", None)
    await websocket.accept()
    if runtime is None:  # the module is not started: try again later
        await send_and_close(websocket, ErrorEvent(code="unavailable", message=BUSY), CLOSE_TRY_LATER)
        return
    address = client_key_of(websocket)  # right-most untrusted X-Forwarded-For hop; IPv6 by /64
    with runtime.address_slot(address) as admitted:
        if not admitted:
            log.warning("too many device sockets from %s", address)
            await send_and_close(websocket, ErrorEvent(code="too_many_connections", message=BUSY), CLOSE_TRY_LATER)
            return
        identity = await hello(websocket, runtime, device_id)
        if identity is None:
            return
        connection = Connection(websocket, device_id=device_id, resident_id=identity.resident_id)
        try:
            await serve(connection, runtime, identity)
        except WebSocketDisconnect:
            pass
        finally:
            runtime.hub.remove(connection)
