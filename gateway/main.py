"""create_app(): assembles the features' routers, the edge error handler and the middleware; the lifespan
opens the database and loads the knowledge search once. No feature logic lives here."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import AsyncExitStack, asynccontextmanager

import uvicorn
from fastapi import FastAPI
from starlette.concurrency import run_in_threadpool

from chat import routes as chat_routes
from core.rasa import RasaSettings
from core.ratelimit import RateLimiter
from core.settings import RuntimeSettings
from gateway import health
from gateway.errors import install_error_handlers
from gateway.middleware import BodySizeLimitMiddleware, SecurityHeadersMiddleware
from gateway.settings import GatewaySettings
from knowledge import routes as knowledge_routes
from knowledge.embed import SentenceTransformerEmbedder
from knowledge.service import ensure_index, open_searcher
from knowledge.settings import KnowledgeSettings
from knowledge.web import SearchService
from reports import routes as reports_routes
from staff import routes as staff_routes
from storage.database import open_database
from storage.settings import StorageSettings
from voice import routes as voice_routes
from voice.settings import VoiceSettings
from watch import routes as watch_routes

log = logging.getLogger(__name__)


def _load_search(knowledge: KnowledgeSettings, *, build: bool, runtime: RuntimeSettings) -> SearchService:
    embedder = SentenceTransformerEmbedder(knowledge.model, threads=knowledge.torch_threads)
    if build:
        ensure_index(knowledge, embedder=embedder)
    return SearchService(open_searcher(knowledge, embedder=embedder, runtime=runtime))


def create_app(
    settings: GatewaySettings | None = None,
    *,
    knowledge: KnowledgeSettings | None = None,
    storage: StorageSettings | None = None,
    runtime: RuntimeSettings | None = None,
    rasa: RasaSettings | None = None,
    voice: VoiceSettings | None = None,
) -> FastAPI:
    """Build the application. ``knowledge=None`` leaves the FAQ search out and ``voice=None`` the speech
    endpoints (staff, watch and chat tests need neither model); ``python -m gateway`` passes both.
    Everything heavy loads in the lifespan."""
    gateway_settings = settings or GatewaySettings()
    runtime_settings = runtime or RuntimeSettings()
    storage_settings = storage or StorageSettings()
    rasa_settings = rasa or RasaSettings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        async with AsyncExitStack() as stack:
            app.state.db = await run_in_threadpool(open_database, storage_settings)
            stack.callback(app.state.db.close)
            if knowledge is not None:
                app.state.search = await run_in_threadpool(
                    _load_search, knowledge, build=gateway_settings.build_index_on_start, runtime=runtime_settings
                )
                log.info("knowledge search ready: %d entries", len(app.state.search.searcher.index.entries))
            # --- chat ---
            await stack.enter_async_context(chat_routes.lifespan(app))
            # --- reports ---
            await stack.enter_async_context(reports_routes.lifespan(app))
            # --- watch ---
            await stack.enter_async_context(watch_routes.lifespan(app))
            # --- staff ---
            await stack.enter_async_context(staff_routes.lifespan(app))
            # --- voice (after chat: a spoken turn is a chat turn) ---
            if voice is not None:
                await stack.enter_async_context(voice_routes.lifespan(app))
            yield
            app.state.search = None

    docs = gateway_settings.docs_enabled and not runtime_settings.is_production
    app = FastAPI(
        title="Osaki City assistant",
        version="0.2.0",
        lifespan=lifespan,
        docs_url="/docs" if docs else None,
        redoc_url=None,
        openapi_url="/openapi.json" if docs else None,
    )
    app.state.settings = gateway_settings
    app.state.runtime = runtime_settings
    app.state.rasa = rasa_settings
    app.state.voice_settings = voice
    app.state.search = None
    app.state.db = None
    app.state.bot = None
    app.state.public_rate_limiter = RateLimiter(
        gateway_settings.public_rate_limit, storage_uri=gateway_settings.rate_limit_storage_uri, namespace="public"
    )
    install_error_handlers(app, html_renderers={"/staff": staff_routes.render_error_page})
    app.add_middleware(SecurityHeadersMiddleware, hsts=runtime_settings.is_production)
    app.add_middleware(
        BodySizeLimitMiddleware,
        max_bytes=gateway_settings.max_body_bytes,
        limits_by_prefix={prefix: gateway_settings.upload_max_bytes for prefix in gateway_settings.upload_paths},
    )
    # --- routers (one block per feature) ---
    app.include_router(health.router)
    app.include_router(knowledge_routes.router)
    # --- watch ---
    app.include_router(watch_routes.router)
    # --- staff ---
    app.include_router(staff_routes.router)
    # --- reports ---
    app.include_router(reports_routes.router)
    # --- voice ---
    if voice is not None:
        app.include_router(voice_routes.router)
    # --- chat (last: it serves the page at /) ---
    app.include_router(chat_routes.router)
    return app


def main() -> None:
    """Run the gateway with uvicorn. Client addresses come from the socket peer; X-Forwarded-For is read by
    core.net only from APP_TRUSTED_PROXIES, so uvicorn's own proxy-header rewriting stays off."""
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    settings = GatewaySettings()
    app = create_app(settings, knowledge=KnowledgeSettings(), voice=VoiceSettings())
    uvicorn.run(
        app,
        host=settings.host,
        port=settings.port,
        log_level="info",
        proxy_headers=False,
        forwarded_allow_ips="",
        ws_max_size=settings.ws_max_bytes,
        server_header=False,
    )


if __name__ == "__main__":
    main()
