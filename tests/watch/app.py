"""The watch router on its own, assembled as the gateway does (database, runtime and Rasa settings, the watch
lifespan, the edge error handler, the security headers with the strict CSP): WebSocket and browser tests run it
without loading any search model.

In-process: ``watch_app(url, settings=..., clock=..., rasa=...)``. As a server process:
``uvicorn --factory tests.watch.app:app_from_env`` (STORAGE_DATABASE_URL, WATCH_*, RASA_*, APP_* from the
environment).
"""

from __future__ import annotations

import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI

from core.rasa import RasaSettings
from core.settings import RuntimeSettings
from devstack.processes import Service, free_port, spawn, wait_http
from gateway.errors import install_error_handlers
from gateway.middleware import SecurityHeadersMiddleware
from storage.database import open_database
from watch import routes as watch_routes
from watch.clock import Clock
from watch.settings import WatchSettings

PROJECT_ROOT = Path(__file__).resolve().parents[2]
START_TIMEOUT_S = 60.0


def watch_app(db_url: str | None = None, *, settings: WatchSettings | None = None, clock: Clock | None = None,
              rasa: RasaSettings | None = None, runtime: RuntimeSettings | None = None) -> FastAPI:
    """The app; None parts come from the environment (read in the lifespan)."""

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        app.state.db = open_database(url=db_url) if db_url else open_database()
        try:
            async with watch_routes.lifespan(app):
                yield
        finally:
            app.state.db.close()

    app = FastAPI(lifespan=lifespan)
    app.state.db = None
    app.state.runtime = runtime
    app.state.rasa = rasa
    app.state.watch_settings = settings
    app.state.watch_clock = clock
    install_error_handlers(app)
    app.add_middleware(SecurityHeadersMiddleware, hsts=False)
    app.include_router(watch_routes.router)
    app.get("/health", include_in_schema=False)(lambda: {"status": "ok"})
    return app


def app_from_env() -> FastAPI:
    """uvicorn factory: everything from the environment."""
    return watch_app()


def start_watch_server(env: dict[str, str], *, work_dir: Path) -> Service:
    """``app_from_env`` under uvicorn on a free loopback port, answering /health."""
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    service = spawn("watch-app", [sys.executable, "-m", "uvicorn", "--factory", "tests.watch.app:app_from_env",
                                  "--host", "127.0.0.1", "--port", str(port), "--log-level", "warning"],
                    cwd=PROJECT_ROOT, env={"APP_ENVIRONMENT": "test", **env}, url=url, log=work_dir / "watch-app.log")
    try:
        wait_http(f"{url}/health", timeout_s=START_TIMEOUT_S, process=service.process, log=service.log)
    except BaseException:
        service.stop()
        raise
    return service
