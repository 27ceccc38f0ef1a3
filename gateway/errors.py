"""Turn package errors into HTTP responses: the only place where errors meet HTTP."""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse

from knowledge.errors import IndexCorruptError, IndexNotBuiltError, KnowledgeError, ModelLoadError, QueryError

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

    @app.exception_handler(KnowledgeError)
    async def _knowledge(_: Request, err: KnowledgeError) -> JSONResponse:
        status = next((s for cls, s in STATUS_BY_ERROR if isinstance(err, cls)), 500)
        return JSONResponse(error_body(err.code, err.message), status_code=status)
