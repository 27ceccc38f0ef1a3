"""create_app(): routes, error handlers, static pages; the lifespan loads models, database and clients once."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import AsyncExitStack, asynccontextmanager
from pathlib import Path

import uvicorn
from fastapi import FastAPI
from fastapi.responses import FileResponse
from fastapi.staticfiles import StaticFiles
from starlette.concurrency import run_in_threadpool

from gateway.bot_client import BotClient
from gateway.deps import SearchService
from gateway.errors import install_error_handlers
from gateway.rate_limit import RateLimiter
from gateway.routes import (
    chat,
    health,
    internal_reports,
    search,
    staff_admin,
    staff_alerts,
    staff_auth,
    staff_board,
    staff_common,
    staff_import,
    staff_reports,
    staff_residents,
    staff_residents_admin,
    staff_safety,
)
from gateway.settings import GatewaySettings
from knowledge.embed import SentenceTransformerEmbedder
from knowledge.service import ensure_index, open_searcher
from knowledge.settings import KnowledgeSettings
from storage.database import open_database
from storage.settings import StorageSettings
from watch import routes as watch_routes

STATIC_DIR = Path(__file__).resolve().parent / "static"
log = logging.getLogger(__name__)


def _load_search(knowledge: KnowledgeSettings, gateway: GatewaySettings) -> SearchService:
    embedder = SentenceTransformerEmbedder(knowledge.model, threads=knowledge.torch_threads)
    if gateway.build_index_on_start:
        ensure_index(knowledge, embedder=embedder)
    return SearchService(open_searcher(knowledge, embedder=embedder))


def create_app(
    *,
    knowledge: KnowledgeSettings | None = None,
    gateway: GatewaySettings | None = None,
    storage: StorageSettings | None = None,
) -> FastAPI:
    """Build the FastAPI application (models, database and clients load in the lifespan, not here)."""
    knowledge_settings = knowledge or KnowledgeSettings()
    gateway_settings = gateway or GatewaySettings()
    storage_settings = storage or StorageSettings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        async with AsyncExitStack() as stack:
            app.state.db = await run_in_threadpool(open_database, storage_settings)
            stack.callback(app.state.db.close)
            app.state.search = await run_in_threadpool(_load_search, knowledge_settings, gateway_settings)
            log.info("knowledge search ready: %d entries", len(app.state.search.searcher.index.entries))
            app.state.bot = BotClient(gateway_settings)
            stack.push_async_callback(app.state.bot.aclose)
            # --- lifespan hooks of other packages (one line each, below) ---
            await stack.enter_async_context(watch_routes.lifespan(app))
            await run_in_threadpool(staff_common.startup, app)
            yield
            app.state.search = None

    app = FastAPI(title="Osaki City assistant", version="0.1.0", lifespan=lifespan)
    app.state.settings = gateway_settings
    app.state.search = None
    app.state.db = None
    app.state.bot = None
    app.state.rate_limiter = RateLimiter(
        per_minute=gateway_settings.rate_limit_per_minute, burst=gateway_settings.rate_limit_burst
    )
    install_error_handlers(app)
    # --- routers (one line each) ---
    app.include_router(watch_routes.router)
    staff_common.install(app)
    app.include_router(staff_auth.router)
    app.include_router(staff_board.router)
    app.include_router(staff_alerts.router)
    app.include_router(staff_residents_admin.router)
    app.include_router(staff_import.router)
    app.include_router(staff_residents.router)
    app.include_router(staff_safety.router)
    app.include_router(staff_admin.router)
    app.include_router(staff_reports.router)
    app.include_router(search.router)
    app.include_router(health.router)
    app.include_router(chat.router)
    app.include_router(internal_reports.router)
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")

    @app.get("/", include_in_schema=False)
    def index_page() -> FileResponse:
        return FileResponse(STATIC_DIR / "index.html")

    return app


def main() -> None:
    """Run the gateway with uvicorn (settings from GATEWAY_* variables)."""
    settings = GatewaySettings()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    uvicorn.run(create_app(gateway=settings), host=settings.host, port=settings.port, log_level="info")


if __name__ == "__main__":
    main()
