"""Turn package errors into HTTP responses: the only place where errors meet HTTP."""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse

from knowledge.errors import IndexCorruptError, IndexNotBuiltError, KnowledgeError, ModelLoadError, QueryError
from storage.errors import StorageError


class GatewayError(Exception):
    """Base class of the gateway's own errors: a ``code``, a message and the HTTP status it maps to."""

    code = "gateway_error"
    status_code = 500

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class BotUnavailableError(GatewayError):
    """Rasa did not answer in time or answered badly (chat falls back to search)."""

    code = "bot_unavailable"
    status_code = 503


class InvalidSessionError(GatewayError):
    """A chat session id the server did not issue."""

    code = "invalid_session"
    status_code = 422


class RateLimitedError(GatewayError):
    """Too many requests from one client."""

    code = "rate_limited"
    status_code = 429

    def __init__(self, message: str, *, retry_after: str) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class UnauthorizedError(GatewayError):
    """A missing or wrong internal token."""

    code = "unauthorized"
    status_code = 401

STATUS_BY_ERROR: tuple[tuple[type[KnowledgeError], int], ...] = (
    (QueryError, 422),
    (IndexNotBuiltError, 503),
    (IndexCorruptError, 503),
    (ModelLoadError, 503),
)


def error_body(code: str, message: str) -> dict[str, dict[str, str]]:
    """The JSON error shape every endpoint uses."""
    return {"error": {"code": code, "message": message}}


def _validation_message(err: RequestValidationError) -> str:
    parts = []
    for item in err.errors():
        where = ".".join(str(p) for p in item.get("loc", ()) if p not in ("query", "body"))
        parts.append(f"{where}: {item.get('msg', 'invalid')}" if where else str(item.get("msg", "invalid")))
    return "; ".join(parts) or "invalid request"


def install_error_handlers(app: FastAPI) -> None:
    """Register handlers that map package errors and validation errors to clear JSON messages."""

    @app.exception_handler(RequestValidationError)
    async def _validation(_: Request, err: RequestValidationError) -> JSONResponse:
        return JSONResponse(error_body("invalid_request", _validation_message(err)), status_code=422)

    @app.exception_handler(GatewayError)
    async def _gateway(_: Request, err: GatewayError) -> JSONResponse:
        headers = {"Retry-After": err.retry_after} if isinstance(err, RateLimitedError) else None
        return JSONResponse(error_body(err.code, err.message), status_code=err.status_code, headers=headers)

    @app.exception_handler(StorageError)
    async def _storage(_: Request, err: StorageError) -> JSONResponse:
        return JSONResponse(error_body(err.code, err.message), status_code=503)

    @app.exception_handler(KnowledgeError)
    async def _knowledge(_: Request, err: KnowledgeError) -> JSONResponse:
        status = next((s for cls, s in STATUS_BY_ERROR if isinstance(err, cls)), 500)
        return JSONResponse(error_body(err.code, err.message), status_code=status)
