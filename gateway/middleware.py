"""ASGI middleware of the assembled app: request body limits (413 before parsing) and security headers."""

from __future__ import annotations

import json
from collections.abc import Mapping

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from core.errors import PayloadTooLargeError

CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; "
    "media-src 'self' blob: data:; connect-src 'self'; font-src 'self'; object-src 'none'; "
    "base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
HSTS_VALUE = "max-age=31536000; includeSubDomains"
# The interactive API docs need a CDN script; they are not served in production (see main.py).
DOCS_PATHS = ("/docs", "/redoc")


class BodySizeLimitMiddleware:
    """Refuse request bodies over a limit with 413, from Content-Length before the app reads anything, or
    while streaming when the length is not declared. Longer path prefixes may have their own limit."""

    def __init__(self, app: ASGIApp, *, max_bytes: int, limits_by_prefix: Mapping[str, int] | None = None) -> None:
        self.app = app
        self.max_bytes = max_bytes
        self.limits_by_prefix = sorted((limits_by_prefix or {}).items(), key=lambda item: -len(item[0]))

    def limit_for(self, path: str) -> int:
        """The body limit of one path (the longest matching prefix wins)."""
        return next((limit for prefix, limit in self.limits_by_prefix if path.startswith(prefix)), self.max_bytes)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = self.limit_for(scope["path"])
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None:
            try:
                too_big = int(declared) > limit
            except ValueError:
                too_big = False
            if too_big:
                await _send_413(send, limit)
                return
        received = 0
        answered = False

        async def limited_receive() -> Message:
            nonlocal received, answered
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    if not answered:
                        answered = True
                        await _send_413(send, limit)
                    return {"type": "http.disconnect"}
            return message

        async def guarded_send(message: Message) -> None:
            if not answered:
                await send(message)

        try:
            await self.app(scope, limited_receive, guarded_send)
        except Exception:
            if not answered:
                raise
            # The app saw the body end early (ClientDisconnect) after the 413 went out: nothing to add.


async def _send_413(send: Send, limit: int) -> None:
    error = PayloadTooLargeError(detail=f"request body over {limit} bytes")
    body = json.dumps(error.body(), ensure_ascii=False).encode("utf-8")
    await send(
        {
            "type": "http.response.start",
            "status": error.status,
            "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())],
        }
    )
    await send({"type": "http.response.body", "body": body})


class SecurityHeadersMiddleware:
    """Add CSP (no inline script), frame-ancestors, nosniff, Referrer-Policy, and HSTS in production."""

    def __init__(self, app: ASGIApp, *, hsts: bool) -> None:
        self.app = app
        self.headers: list[tuple[bytes, bytes]] = [
            (b"x-content-type-options", b"nosniff"),
            (b"referrer-policy", b"strict-origin-when-cross-origin"),
            (b"x-frame-options", b"DENY"),
            (b"permissions-policy", b"microphone=(self), geolocation=(self), camera=()"),
        ]
        if hsts:
            self.headers.append((b"strict-transport-security", HSTS_VALUE.encode()))

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        csp = not str(scope["path"]).startswith(DOCS_PATHS)

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers") or [])
                present = {name.lower() for name, _ in headers}
                headers.extend(h for h in self.headers if h[0] not in present)
                if csp and b"content-security-policy" not in present:
                    headers.append((b"content-security-policy", CONTENT_SECURITY_POLICY.encode()))
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, with_headers)
