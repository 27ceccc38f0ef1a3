"""Rendering helpers of the dashboard's pages (templates, redirects, JSON for fetch calls)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from fastapi import Request
from fastapi.responses import JSONResponse, RedirectResponse, Response

from staff.auth import Principal
from staff.templating import templates

API_PREFIX = "/staff/api"


def render(
    request: Request,
    name: str,
    context: Mapping[str, Any] | None = None,
    *,
    staff: Principal | None = None,
    status_code: int = 200,
    headers: Mapping[str, str] | None = None,
) -> Response:
    """Render a page with the logged-in staff member and the CSRF token in the context (never cached)."""
    runtime = getattr(request.app.state, "runtime", None)
    full: dict[str, Any] = {"me": staff, "csrf_token": staff.csrf_token if staff else "", "path": request.url.path,
                            "tz": runtime.tz if runtime is not None else None}
    full.update(context or {})
    response = templates().TemplateResponse(request, name, full, status_code=status_code, headers=headers)
    response.headers["Cache-Control"] = "no-store"
    return response


def see_other(url: str) -> RedirectResponse:
    """A 303 redirect (after a form POST)."""
    return RedirectResponse(url, status_code=303)


def wants_json(request: Request) -> bool:
    """True for the JSON API (and for fetch calls that ask for JSON)."""
    return request.url.path.startswith(API_PREFIX) or "application/json" in request.headers.get("accept", "")


def done(request: Request, url: str, payload: Mapping[str, Any] | None = None) -> Response:
    """After a form POST: JSON for fetch calls, else a 303 redirect to ``url``."""
    if wants_json(request):
        return JSONResponse(dict(payload or {"ok": True}))
    return see_other(url)


def back_to(target: str | None, default: str) -> str:
    """Where to go after a form POST: a local dashboard path the form named, else ``default``."""
    if target and target.startswith("/staff/") and not target.startswith("//") and "\\" not in target:
        return target
    return default
