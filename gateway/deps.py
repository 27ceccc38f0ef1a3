"""Annotated dependencies shared by the routes."""

from __future__ import annotations

import hmac
import threading
from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, Request
from sqlalchemy.orm import Session

from gateway.bot_client import BotClient
from gateway.errors import BotUnavailableError, RateLimitedError, UnauthorizedError
from gateway.rate_limit import RateLimiter
from gateway.settings import GatewaySettings
from knowledge.errors import IndexNotBuiltError
from knowledge.search import Searcher, SearchResult
from storage.database import Database
from storage.errors import DatabaseUnavailableError

INTERNAL_TOKEN_HEADER = "X-Internal-Token"
LOOPBACK_HOSTS = frozenset({"127.0.0.1", "::1", "localhost", "testclient"})


class SearchService:
    """The loaded Searcher, serialized by a lock (the morphological analyzer is not thread-safe)."""

    def __init__(self, searcher: Searcher) -> None:
        self.searcher = searcher
        self._lock = threading.Lock()

    def search(self, query: str, *, k: int) -> SearchResult:
        """Run one search."""
        with self._lock:
            return self.searcher.search(query, k=k)


def get_search_service(request: Request) -> SearchService:
    """The app's search service; 503 while it is not loaded."""
    service: SearchService | None = getattr(request.app.state, "search", None)
    if service is None:
        raise IndexNotBuiltError("the knowledge search is not loaded yet")
    return service


SearchDep = Annotated[SearchService, Depends(get_search_service)]


def get_db_session(request: Request) -> Iterator[Session]:
    """A database session in one transaction (commit on success, rollback on error)."""
    database: Database | None = getattr(request.app.state, "db", None)
    if database is None:
        raise DatabaseUnavailableError("the database is not open yet")
    with database.sessions() as session, session.begin():
        yield session


DbSession = Annotated[Session, Depends(get_db_session)]


RATE_LIMIT_MESSAGE = "短い時間にたくさんのリクエストがありました。{seconds}秒ほど待ってから、もう一度お試しください。"


def client_key(request: Request) -> str:
    """The client's address (the first X-Forwarded-For hop only when the proxy is trusted)."""
    settings: GatewaySettings = request.app.state.settings
    if settings.trust_forwarded_for:
        forwarded = request.headers.get("x-forwarded-for", "").split(",")[0].strip()
        if forwarded:
            return forwarded
    return request.client.host if request.client else "unknown"


def enforce_rate_limit(request: Request) -> None:
    """Dependency of public endpoints: 429 with a Retry-After header when the client is too fast."""
    limiter: RateLimiter = request.app.state.rate_limiter
    wait_s = limiter.acquire(client_key(request))
    if wait_s > 0:
        retry_after = RateLimiter.retry_after_header(wait_s)
        raise RateLimitedError(RATE_LIMIT_MESSAGE.format(seconds=retry_after), retry_after=retry_after)


RateLimited = Depends(enforce_rate_limit)


def require_internal_token(request: Request) -> None:
    """Dependency of /internal endpoints: the shared token must match when one is configured."""
    settings: GatewaySettings = request.app.state.settings
    if not settings.internal_token:
        host = request.client.host if request.client else ""
        if host not in LOOPBACK_HOSTS:
            raise UnauthorizedError("internal endpoints accept only loopback clients when no token is configured")
        return
    given = request.headers.get(INTERNAL_TOKEN_HEADER, "")
    if not hmac.compare_digest(given.encode("utf-8"), settings.internal_token.encode("utf-8")):
        raise UnauthorizedError("missing or wrong X-Internal-Token")


def get_bot(request: Request) -> BotClient:
    """The app's Rasa client."""
    bot: BotClient | None = getattr(request.app.state, "bot", None)
    if bot is None:
        raise BotUnavailableError("the gateway is still starting")
    return bot


BotDep = Annotated[BotClient, Depends(get_bot)]


InternalOnly = Depends(require_internal_token)
