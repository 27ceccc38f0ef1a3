"""Web layer of citizen reports.

- ``/internal/reports``: the action server files chat reports (X-Internal-Token = REPORTS_INTERNAL_TOKEN always,
  no loopback trust) and asks a report's status for the chat (``/internal/reports/status?text=...``).
- ``/report`` (page) and ``POST /api/reports`` (multipart): the accessible report form with photos.
- ``/reports/status/{number}?token=`` (page) and ``GET /api/reports/{number}?token=`` (JSON): the private link.
- ``/reports/map``, ``/api/open-data/reports.csv|.geojson``, ``/reports/photos/{id}.jpg``: what the public sees.
"""

from __future__ import annotations

import hmac
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from typing import Annotated

from fastapi import APIRouter, Depends, FastAPI, File, Form, Query, Request, UploadFile, status
from fastapi.responses import FileResponse, Response
from pydantic import ValidationError
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool

from core.errors import NotFoundError, RateLimitedError, ServiceUnavailableError
from core.net import client_address, rate_limit_key
from core.ratelimit import RateLimiter
from core.settings import RuntimeSettings
from core.web import add_static_files
from reports.categories import categories
from reports.errors import InternalTokenError, InvalidReportError
from reports.geo import districts
from reports.intake import Upload, file_report, process_uploads
from reports.mapview import build_map
from reports.media import PhotoFiles
from reports.models import STATUS_LABELS, ReportPhoto
from reports.publish import (
    PublicReport,
    PublishedCache,
    add_details,
    fingerprint,
    public_reports,
    to_csv,
    to_geojson,
)
from reports.schemas import (
    MAX_CONTACT_CHARS,
    MAX_LOCATION_CHARS,
    MAX_WHAT_CHARS,
    ReportCreate,
    ReportFiled,
    ReportPublic,
    ReportStatusView,
)
from reports.settings import INTERNAL_TOKEN_HEADER, ReportsSettings
from reports.status import lookup_status
from reports.store import (
    MAX_LIST_LIMIT,
    by_number_and_token,
    create_report,
    list_reports,
    new_status_token,
    status_path,
    status_view,
    to_public,
)
from reports.templating import STATIC_DIR, templates
from storage.base import utcnow
from storage.database import Database

SETTINGS_STATE = "reports_settings"
LIMITER_STATE = "reports_intake_limiter"
STATIC_FILES = {"reports.css": "text/css", "report.js": "text/javascript"}
CACHE_STATE = "reports_published_cache"
MAP_LIST_PAGE_SIZE = 100


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    """Read (and so validate) the reports settings at start; tests may preset ``app.state.reports_settings``."""
    if getattr(app.state, SETTINGS_STATE, None) is None:
        setattr(app.state, SETTINGS_STATE, ReportsSettings())
    yield


def reports_settings(app: FastAPI) -> ReportsSettings:
    """The reports settings (``app.state.reports_settings`` when preset, else read once from the environment)."""
    settings: ReportsSettings | None = getattr(app.state, SETTINGS_STATE, None)
    if settings is None:
        settings = ReportsSettings()
        setattr(app.state, SETTINGS_STATE, settings)
    return settings


def _settings(request: Request) -> ReportsSettings:
    return reports_settings(request.app)


def _runtime(request: Request) -> RuntimeSettings:
    runtime: RuntimeSettings | None = getattr(request.app.state, "runtime", None)
    return runtime if runtime is not None else RuntimeSettings()


def _database(request: Request) -> Database:
    database: Database | None = getattr(request.app.state, "db", None)
    if database is None:
        raise ServiceUnavailableError(detail="the database is not open yet")
    return database


def require_internal_token(request: Request) -> None:
    """401 unless ``X-Internal-Token`` equals REPORTS_INTERNAL_TOKEN (compared in constant time)."""
    expected = _settings(request).internal_token.encode("utf-8")
    given = request.headers.get(INTERNAL_TOKEN_HEADER, "").encode("utf-8")
    if not hmac.compare_digest(given, expected):
        raise InternalTokenError(detail=f"missing or wrong {INTERNAL_TOKEN_HEADER}")


def _db_session(request: Request) -> Iterator[Session]:
    with _database(request).sessions() as session, session.begin():
        yield session


DbSession = Annotated[Session, Depends(_db_session)]
SettingsDep = Annotated[ReportsSettings, Depends(_settings)]
internal = APIRouter(prefix="/internal/reports", tags=["internal"], dependencies=[Depends(require_internal_token)])
public = APIRouter(tags=["reports"])


# --- internal: the action server ------------------------------------------------------------------------
@internal.post("", response_model=ReportFiled, status_code=status.HTTP_201_CREATED)
def file_chat_report(report: ReportCreate, session: DbSession, request: Request) -> ReportFiled:
    """Store one chat report; its receipt number and private status link."""
    token = new_status_token()
    row = create_report(session, report=report, tz=_runtime(request).tz, status_token=token)
    number = row.number or str(row.id)
    url = _runtime(request).public_base_url.rstrip("/") + status_path(number=number, token=token)
    return ReportFiled(id=number, number=number, status_url=url)


@internal.get("/status")
def chat_status(session: DbSession, text: Annotated[str, Query(max_length=500)]) -> dict[str, str]:
    """The chat's answer to 「受付番号 R-2026-000123 はどうなりましたか」 (public status and note only)."""
    return {"reply": lookup_status(session, text=text)}


@internal.get("", response_model=list[ReportPublic])
def reports(
    session: DbSession, limit: int = Query(100, ge=1, le=MAX_LIST_LIMIT), offset: int = Query(0, ge=0)
) -> list[ReportPublic]:
    """Newest reports first."""
    return [to_public(row) for row in list_reports(session, limit=limit, offset=offset)]


# --- the report page and intake -------------------------------------------------------------------------
def _page(request: Request, name: str, context: dict[str, object], *, status_code: int = 200) -> Response:
    response = templates().TemplateResponse(request, name, {"status_labels": STATUS_LABELS, **context},
                                            status_code=status_code)
    response.headers["Cache-Control"] = "no-store"
    return response


@public.get("/report", include_in_schema=False)
def report_page(request: Request, settings: SettingsDep) -> Response:
    """The accessible report form."""
    return _page(request, "report.html", {
        "categories": list(categories().values()), "max_photos": settings.max_photos,
        "max_photo_mb": settings.max_photo_bytes // (1024 * 1024), "max_what": MAX_WHAT_CHARS,
        "max_where": MAX_LOCATION_CHARS, "max_contact": MAX_CONTACT_CHARS,
    })


def _limiter(request: Request, settings: ReportsSettings) -> RateLimiter:
    limiter: RateLimiter | None = getattr(request.app.state, LIMITER_STATE, None)
    if limiter is None:
        limiter = RateLimiter(settings.intake_rate_limit, storage_uri=settings.rate_limit_storage_uri,
                              namespace="reports-intake")
        setattr(request.app.state, LIMITER_STATE, limiter)
    return limiter


def _parse_position(latitude: str, longitude: str) -> tuple[float | None, float | None]:
    if not latitude.strip() and not longitude.strip():
        return None, None
    try:
        return float(latitude), float(longitude)
    except ValueError as err:
        raise InvalidReportError("位置情報が正しくありません。", detail="latitude/longitude not numbers") from err


@public.post("/api/reports", response_model=ReportFiled, status_code=status.HTTP_201_CREATED)
async def submit_report(
    request: Request,
    settings: SettingsDep,
    category: Annotated[str, Form(max_length=32)],
    what: Annotated[str, Form(max_length=MAX_WHAT_CHARS)],
    where: Annotated[str, Form(max_length=MAX_LOCATION_CHARS)] = "",
    latitude: Annotated[str, Form(max_length=32)] = "",
    longitude: Annotated[str, Form(max_length=32)] = "",
    photo_position_consent: Annotated[bool, Form()] = False,
    contact: Annotated[str, Form(max_length=MAX_CONTACT_CHARS)] = "",
    photos: Annotated[list[UploadFile] | None, File()] = None,
) -> ReportFiled:
    """File a report from the page (multipart): photos checked first, then rows and files together."""
    runtime = _runtime(request)
    peer = request.client.host if request.client else None
    address = client_address(peer=peer, forwarded_for=request.headers.get("x-forwarded-for"),
                             trusted_proxies=runtime.trusted_proxies)
    wait_s = _limiter(request, settings).hit(rate_limit_key(address))
    if wait_s:
        raise RateLimitedError(retry_after_s=wait_s, detail="report intake limit")
    uploads = [Upload(filename=photo.filename or "写真", data=await photo.read())
               for photo in (photos or []) if photo.filename or photo.size]
    lat, lon = _parse_position(latitude, longitude)
    place = where.strip() or ("位置情報で指定" if lat is not None else "")
    if not place:
        raise InvalidReportError("場所を入力するか、「現在地を使う」を押してください。", detail="no place")
    try:
        report = ReportCreate(what=what, where=place, category=category, latitude=lat, longitude=lon,
                              contact=contact.strip() or None)
    except ValidationError as err:
        raise InvalidReportError(detail=str(err.errors()[0].get("type"))) from err
    processed = await run_in_threadpool(process_uploads, uploads, settings=settings,
                                        read_position=photo_position_consent)
    filed = await run_in_threadpool(file_report, _database(request), report=report, photos=processed,
                                    settings=settings, now=utcnow(), tz=runtime.tz)
    url = runtime.public_base_url.rstrip("/") + status_path(number=filed.number, token=filed.token)
    return ReportFiled(id=filed.number, number=filed.number, status_url=url)


# --- the private status link ----------------------------------------------------------------------------

@public.get("/api/reports/{number}", response_model=ReportStatusView)
def report_status(
    number: str, session: DbSession, token: Annotated[str, Query(max_length=100)] = ""
) -> ReportStatusView:
    """The status and public notes of a report (the private link's token is required)."""
    return status_view(session, row=by_number_and_token(session, number=number, token=token))


@public.get("/reports/status/{number}", include_in_schema=False)
def status_page(
    request: Request, number: str, session: DbSession, token: Annotated[str, Query(max_length=100)] = ""
) -> Response:
    """The citizen's status page."""
    view = status_view(session, row=by_number_and_token(session, number=number, token=token))
    response = _page(request, "status.html", {"view": view})
    response.headers["Referrer-Policy"] = "no-referrer"
    return response


# --- the public map and open data -----------------------------------------------------------------------
def _published(request: Request) -> PublishedCache:
    cache: PublishedCache | None = getattr(request.app.state, CACHE_STATE, None)
    if cache is None:
        cache = PublishedCache(max_age_s=reports_settings(request.app).public_cache_s)
        setattr(request.app.state, CACHE_STATE, cache)
    return cache


def _label(report: PublicReport) -> str:
    category = categories().get(report.category)
    return (f"{report.number} {category.label if category else report.category} "
            f"{STATUS_LABELS.get(report.status, report.status)}")


@public.get("/reports/map", include_in_schema=False)
def map_page(
    request: Request, session: DbSession, settings: SettingsDep,
    district: Annotated[str, Query(max_length=32)] = "", page: Annotated[int, Query(ge=1, le=10_000)] = 1,
) -> Response:
    """Open and recently closed reports on a map, with a list by district and page (no personal data)."""
    now = utcnow()
    key = ("map", now.date(), district, page)
    cache = _published(request)
    cached = cache.get(key, current=lambda: fingerprint(session))
    if cached is None:
        made_from = fingerprint(session)
        items = public_reports(session, now=now, precision=settings.open_data_precision,
                               recently_closed_days=settings.map_recently_closed_days, details=False)
        view = build_map(items, tile_url=settings.map_tile_url, zoom=settings.map_tile_zoom, labels=_label)
        listed = [item for item in items if not district or item.district == district]
        start = (page - 1) * MAP_LIST_PAGE_SIZE
        shown = listed[start:start + MAP_LIST_PAGE_SIZE]
        add_details(session, shown)
        response = _page(request, "map.html", {
            "reports": shown, "total": len(items), "listed_total": len(listed),
            "page": page, "has_next": start + MAP_LIST_PAGE_SIZE < len(listed), "district": district,
            "districts": [d.name for d in districts()], "map": view, "categories": categories(),
            "license": settings.open_data_license,
        })
        cached = bytes(response.body)
        cache.put(key, cached, made_from=made_from)
    return Response(cached, media_type="text/html; charset=utf-8", headers={"Cache-Control": "no-cache"})


def _export(request: Request, session: Session, settings: ReportsSettings, kind: str) -> str:
    key = (kind,)
    cache = _published(request)
    text: str | None = cache.get(key, current=lambda: fingerprint(session))
    if text is None:
        made_from = fingerprint(session)
        items = public_reports(session, now=utcnow(), precision=settings.open_data_precision,
                               recently_closed_days=None)
        render = to_csv if kind == "csv" else to_geojson
        text = render(items, license_line=settings.open_data_license)
        cache.put(key, text, made_from=made_from)
    return text


@public.get("/api/open-data/reports.csv")
def open_data_csv(request: Request, session: DbSession, settings: SettingsDep) -> Response:
    """Every unmerged report as CSV (documented in docs/protocols/README.md), CC BY."""
    return Response(_export(request, session, settings, "csv"), media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": 'attachment; filename="reports.csv"'})


@public.get("/api/open-data/reports.geojson")
def open_data_geojson(request: Request, session: DbSession, settings: SettingsDep) -> Response:
    """Every unmerged report as GeoJSON, CC BY."""
    return Response(_export(request, session, settings, "geojson"), media_type="application/geo+json")


@public.get("/reports/photos/{photo_id}.jpg", include_in_schema=False)
def public_photo(
    photo_id: int, session: DbSession, settings: SettingsDep, size: Annotated[str, Query(pattern="^(full|thumb)$")]
    = "full",
) -> FileResponse:
    """A photo staff approved for the public (others are 404)."""
    photo = session.get(ReportPhoto, photo_id)
    if photo is None or not photo.approved:
        raise NotFoundError(detail=f"photo {photo_id} missing or not approved")
    name = photo.thumb_name if size == "thumb" else photo.file_name
    return FileResponse(PhotoFiles(settings.media_dir).path(name), media_type="image/jpeg")


add_static_files(public, url_prefix="/reports/static", directory=STATIC_DIR, files=STATIC_FILES)


router = APIRouter()
router.include_router(internal)
router.include_router(public)
