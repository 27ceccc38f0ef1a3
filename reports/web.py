"""What the reports routers share: the app's reports settings, runtime settings and database, a session per
request, the internal token check and the page renderer."""

from __future__ import annotations

import hmac
from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, FastAPI, Request
from fastapi.responses import Response
from sqlalchemy.orm import Session

from core.errors import ServiceUnavailableError
from core.settings import RuntimeSettings
from reports.errors import InternalTokenError
from reports.models import STATUS_LABELS
from reports.settings import INTERNAL_TOKEN_HEADER, ReportsSettings
from reports.templating import templates
from storage.database import Database

SETTINGS_STATE = "reports_settings"


def reports_settings(app: FastAPI) -> ReportsSettings:
    """The reports settings (``app.state.reports_settings`` when preset, else read once from the environment)."""
    settings: ReportsSettings | None = getattr(app.state, SETTINGS_STATE, None)
    if settings is None:
        settings = ReportsSettings()
        setattr(app.state, SETTINGS_STATE, settings)
    return settings


def request_settings(request: Request) -> ReportsSettings:
    """The reports settings of the request's app."""
    return reports_settings(request.app)


def runtime_settings(request: Request) -> RuntimeSettings:
    """The gateway's runtime settings (defaults when the app has none)."""
    settings: RuntimeSettings | None = getattr(request.app.state, "runtime", None)
    return settings if settings is not None else RuntimeSettings()


def database(request: Request) -> Database:
    """The app's database; 503 before it is open."""
    db: Database | None = getattr(request.app.state, "db", None)
    if db is None:
        raise ServiceUnavailableError(detail="the database is not open yet")
    return db


def require_internal_token(request: Request) -> None:
    """401 unless ``X-Internal-Token`` equals REPORTS_INTERNAL_TOKEN (compared in constant time)."""
    expected = request_settings(request).internal_token.encode("utf-8")
    given = request.headers.get(INTERNAL_TOKEN_HEADER, "").encode("utf-8")
    if not hmac.compare_digest(given, expected):
        raise InternalTokenError(detail=f"missing or wrong {INTERNAL_TOKEN_HEADER}")


def db_session(request: Request) -> Iterator[Session]:
    """One session in one transaction for the request."""
    with database(request).sessions() as session, session.begin():
        yield session


DbSession = Annotated[Session, Depends(db_session)]
SettingsDep = Annotated[ReportsSettings, Depends(request_settings)]


def render_page(request: Request, name: str, context: dict[str, object], *, status_code: int = 200) -> Response:
    """A citizen page (never cached: it may show a private status)."""
    response = templates().TemplateResponse(request, name, {"status_labels": STATUS_LABELS, **context},
                                            status_code=status_code)
    response.headers["Cache-Control"] = "no-store"
    return response
