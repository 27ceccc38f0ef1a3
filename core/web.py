"""Web helpers every feature's routes share: who the client is, and per-client rate limits."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path

from fastapi import APIRouter
from fastapi.responses import FileResponse
from starlette.requests import HTTPConnection

from core.errors import NotFoundError, RateLimitedError
from core.net import client_address, rate_limit_key
from core.ratelimit import RateLimiter
from core.settings import RuntimeSettings


def client_address_of(connection: HTTPConnection) -> str:
    """The client's address (HTTP or WebSocket), believing X-Forwarded-For only from trusted proxies."""
    runtime: RuntimeSettings = connection.app.state.runtime
    return client_address(
        peer=connection.client.host if connection.client else None,
        forwarded_for=connection.headers.get("x-forwarded-for"),
        trusted_proxies=runtime.trusted_proxies,
    )


def client_key_of(connection: HTTPConnection) -> str:
    """The key a client is rate-limited under (IPv6 by /64)."""
    return rate_limit_key(client_address_of(connection))


def enforce(limiter: RateLimiter, connection: HTTPConnection) -> None:
    """Count one request against ``limiter``; RateLimitedError (429 + Retry-After) when over."""
    wait_s = limiter.hit(client_key_of(connection))
    if wait_s:
        raise RateLimitedError(retry_after_s=wait_s, detail=f"rate limit {limiter.namespace} exceeded")


def rate_limit(state_attribute: str) -> Callable[[HTTPConnection], None]:
    """A dependency enforcing the RateLimiter stored at ``app.state.<state_attribute>``."""

    def dependency(connection: HTTPConnection) -> None:
        enforce(getattr(connection.app.state, state_attribute), connection)

    return dependency


def add_static_files(
    router: APIRouter, *, url_prefix: str, directory: Path, files: Mapping[str, str], cache_s: int | None = None
) -> None:
    """Serve a fixed list of a feature's static files (name -> media type) at ``{url_prefix}/{name}``: no path
    is ever built from the request, anything else is a 404."""
    headers = {"Cache-Control": f"public, max-age={cache_s}"} if cache_s else None

    @router.get(f"{url_prefix}/{{name}}", include_in_schema=False)
    def static_file(name: str) -> FileResponse:
        media_type = files.get(name)
        if media_type is None:
            raise NotFoundError(detail=f"no static file {name!r} under {url_prefix}")
        return FileResponse(directory / name, media_type=media_type, headers=headers)
