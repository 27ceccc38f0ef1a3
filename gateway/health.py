"""GET /api/health: readiness of each part, cached for a few seconds, rate-limited, read-only.

A flood of health checks must not starve watch-over writes (the database ping never takes SQLite's write
lock) nor drop the chat into degraded mode (the bot's state is read without tripping its breaker).
"""

from __future__ import annotations

import time
from typing import Any, Protocol

from fastapi import APIRouter, Depends, Request, Response
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool

from core.web import rate_limit
from voice.engines import VoiceEngines

router = APIRouter(prefix="/api", tags=["health"])


class HealthPublic(BaseModel):
    """Readiness of each part: ok, degraded (chat answers from search) or down."""

    status: str
    parts: dict[str, str]
    notes: dict[str, str] = Field(default_factory=dict, description="a part working on a fallback, and why")


class BotHealth(Protocol):
    """What health needs of the chat's bot client: its state, without side effects on the breaker."""

    async def healthy(self) -> bool: ...


async def _measure(state: Any) -> tuple[HealthPublic, int]:
    bot: BotHealth | None = getattr(state, "bot", None)
    database = getattr(state, "db", None)
    parts = {
        "knowledge": "ok" if getattr(state, "search", None) is not None else "down",
        "bot": "ok" if bot is not None and await bot.healthy() else "down",
        "database": "ok" if database is not None and await run_in_threadpool(database.ping) else "down",
    }
    status = "ok" if all(v == "ok" for v in parts.values()) else "degraded"
    code = 503 if parts["database"] != "ok" else 200
    voice: VoiceEngines | None = getattr(state, "voice", None)
    notes = voice.health_notes() if voice is not None else {}
    return HealthPublic(status=status, parts=parts, notes=notes), code


@router.get("/health", response_model=HealthPublic, dependencies=[Depends(rate_limit("public_rate_limiter"))])
async def health(request: Request, response: Response) -> HealthPublic:
    """Each part ok or down; 'degraded' when a part is down, 503 when the database is down."""
    state = request.app.state
    cache_s: float = state.settings.health_cache_s
    cached: tuple[float, HealthPublic, int] | None = getattr(state, "health_cache", None)
    now = time.monotonic()
    if cached is None or now - cached[0] > cache_s:
        answer, code = await _measure(state)
        cached = (now, answer, code)
        state.health_cache = cached
    response.status_code = cached[2]
    return cached[1]
