"""GET /api/health: readiness of each part (knowledge search, bot, database)."""

from __future__ import annotations

from fastapi import APIRouter, Request, Response
from starlette.concurrency import run_in_threadpool

from gateway.bot_client import BotClient
from gateway.schemas import HealthPublic
from storage.database import Database

router = APIRouter(prefix="/api", tags=["health"])


@router.get("/health", response_model=HealthPublic)
async def health(request: Request, response: Response) -> HealthPublic:
    """Each part ok or down: 'degraded' when the bot is down (chat answers from search), 503 when search is down."""
    state = request.app.state
    bot: BotClient | None = getattr(state, "bot", None)
    database: Database | None = getattr(state, "db", None)
    parts = {
        "knowledge": "ok" if getattr(state, "search", None) is not None else "down",
        "bot": "ok" if bot is not None and await bot.probe() else "down",
        "database": "ok" if database is not None and await run_in_threadpool(database.ping) else "down",
    }
    status = "ok" if all(v == "ok" for v in parts.values()) else "degraded"
    if parts["knowledge"] != "ok" or parts["database"] != "ok":
        response.status_code = 503
    return HealthPublic(status=status, parts=parts)
