"""The one edge handler of the error contract: every AppError (and validation, HTTP and unexpected errors)
becomes JSON for APIs and an HTML page for pages; never a stack trace."""

from __future__ import annotations

import html
import inspect
import logging
from collections.abc import Awaitable, Callable, Mapping
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from core.errors import AppError, ForbiddenError, InvalidRequestError, NotFoundError, UnauthorizedError
from core.validation import field_of, message_for

log = logging.getLogger(__name__)

HtmlErrorRenderer = Callable[[Request, AppError], Response | Awaitable[Response]]
API_PREFIXES = ("/api/", "/internal/", "/voice/")


class MethodNotAllowedError(AppError):
    """An HTTP method the route does not take."""

    code = "method_not_allowed"
    status = 405
    default_message = "この操作はできません。"


STATUS_ERRORS: Mapping[int, type[AppError]] = {
    401: UnauthorizedError,
    403: ForbiddenError,
    404: NotFoundError,
    405: MethodNotAllowedError,
}


def wants_html(request: Request) -> bool:
    """A page request (a browser navigating), not an API call."""
    if request.url.path.startswith(API_PREFIXES):
        return False
    return "text/html" in request.headers.get("accept", "")


def validation_error(errors: list[Any]) -> InvalidRequestError:
    """One InvalidRequestError from pydantic's errors: Japanese per field, keyed on the error type."""
    parts: list[str] = []
    details: list[str] = []
    for error in errors:
        field = field_of(error)
        message = message_for(error)
        parts.append(f"{field}: {message}" if field else message)
        details.append(f"{field or 'body'}: {error.get('type', 'invalid')}")
    return InvalidRequestError(" ".join(dict.fromkeys(parts)) or None, detail="; ".join(details))


def default_error_page(error: AppError) -> HTMLResponse:
    """A minimal accessible page for errors outside any feature's own page layout."""
    body = (
        '<!doctype html><html lang="ja"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>エラー - {html.escape(error.code)}</title></head>"
        f'<body><main><h1>エラー</h1><p>{html.escape(error.message)}</p><p><a href="/">トップページへ戻る</a></p>'
        "</main></body></html>"
    )
    return HTMLResponse(body, status_code=error.status, headers=error.headers)


def install_error_handlers(app: FastAPI, *, html_renderers: Mapping[str, HtmlErrorRenderer] | None = None) -> None:
    """Register the edge handlers; ``html_renderers`` maps a path prefix to a feature's error page."""
    renderers = sorted((html_renderers or {}).items(), key=lambda item: -len(item[0]))

    async def respond(request: Request, error: AppError) -> Response:
        if wants_html(request):
            renderer = next((r for prefix, r in renderers if request.url.path.startswith(prefix)), None)
            if renderer is not None:
                page = renderer(request, error)
                return await page if inspect.isawaitable(page) else page
            return default_error_page(error)
        return JSONResponse(error.body(), status_code=error.status, headers=error.headers or None)

    @app.exception_handler(AppError)
    async def _app_error(request: Request, error: AppError) -> Response:
        if error.status >= 500:
            log.error("%s %s: %s (%s)", request.method, request.url.path, error.code, error.detail or error.message)
        return await respond(request, error)

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, error: RequestValidationError) -> Response:
        return await respond(request, validation_error(list(error.errors())))

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, error: StarletteHTTPException) -> Response:
        error_class = STATUS_ERRORS.get(error.status_code)
        if error_class is None:
            generic = AppError(detail=str(error.detail))
            response = await respond(request, generic)
            response.status_code = error.status_code
            return response
        return await respond(request, error_class(detail=str(error.detail)))

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, error: Exception) -> Response:
        log.exception("unexpected error on %s %s", request.method, request.url.path)
        return await respond(request, AppError(detail=type(error).__name__))

