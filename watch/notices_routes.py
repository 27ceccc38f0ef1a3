"""Web edge of disaster notices for citizens: ``GET /api/notices`` (the active notices of every district, for the
chat page's banner; public, rate limited per client, cached for a few seconds so a crowd costs one query)."""

from __future__ import annotations

import time
from dataclasses import dataclass

from fastapi import APIRouter, FastAPI, Request, Response

from core.ratelimit import RateLimiter
from core.web import enforce
from storage.database import Database
from storage.errors import DatabaseUnavailableError
from watch.clock import Clock, SystemClock
from watch.notices import active_notices
from watch.notices_schemas import NoticeList

CACHE_S = 5.0  # a notice written or ended shows on the chat page within this (plus the browser's max-age)
BROWSER_MAX_AGE_S = 15
LIMITER_STATE = "notices_rate_limiter"
router = APIRouter(tags=["notices"])


@dataclass
class _Cached:
    at: float
    value: NoticeList


def install_rate_limiter(app: FastAPI, rate: str, *, storage_uri: str = "memory://") -> None:
    """The per-client limiter of ``GET /api/notices`` (called by the watch lifespan)."""
    setattr(app.state, LIMITER_STATE, RateLimiter(rate, storage_uri=storage_uri, namespace="notices"))


def _read(db: Database, clock: Clock) -> NoticeList:
    with db.sessions() as session, session.begin():
        return NoticeList(notices=active_notices(session, now=clock.now()))


@router.get("/api/notices", response_model=NoticeList)
def notices(request: Request, response: Response) -> NoticeList:
    """Active disaster and safety notices of every district, most urgent first (each names its districts)."""
    app = request.app
    limiter: RateLimiter | None = getattr(app.state, LIMITER_STATE, None)
    if limiter is not None:
        enforce(limiter, request)
    db: Database | None = getattr(app.state, "db", None)
    if db is None:
        raise DatabaseUnavailableError("the database is not open yet")
    cached: _Cached | None = getattr(app.state, "notices_cache", None)
    if cached is None or time.monotonic() - cached.at > CACHE_S:
        runtime = getattr(app.state, "watch", None)  # the watch lifespan's clock (tests inject theirs)
        clock: Clock = getattr(runtime, "clock", None) or getattr(app.state, "watch_clock", None) or SystemClock()
        cached = _Cached(time.monotonic(), _read(db, clock))
        app.state.notices_cache = cached
    response.headers["Cache-Control"] = f"public, max-age={BROWSER_MAX_AGE_S}"
    return cached.value


def forget_cached(app: FastAPI) -> None:
    """Drop the cached list (a notice was written or ended in this process)."""
    app.state.notices_cache = None
