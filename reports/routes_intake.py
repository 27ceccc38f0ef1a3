"""The citizen's report form and its intake (``/report``, ``POST /api/reports``, multipart with photos) and the
private status link (``/reports/status/{number}?token=`` page, ``GET /api/reports/{number}?token=`` JSON)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, File, Form, Query, Request, UploadFile, status
from fastapi.responses import Response
from pydantic import ValidationError
from starlette.concurrency import run_in_threadpool

from core.errors import RateLimitedError
from core.net import client_address, rate_limit_key
from core.ratelimit import RateLimiter
from reports.categories import categories
from reports.errors import InvalidReportError
from reports.intake import Upload, file_report, process_uploads
from reports.schemas import (
    MAX_CONTACT_CHARS,
    MAX_LOCATION_CHARS,
    MAX_WHAT_CHARS,
    ReportCreate,
    ReportFiled,
    ReportStatusView,
)
from reports.settings import ReportsSettings
from reports.store import by_number_and_token, status_path, status_view
from reports.web import DbSession, SettingsDep, database, render_page, runtime_settings
from storage.base import utcnow

LIMITER_STATE = "reports_intake_limiter"

router = APIRouter(tags=["reports"])


@router.get("/report", include_in_schema=False)
def report_page(request: Request, settings: SettingsDep) -> Response:
    """The accessible report form."""
    return render_page(request, "report.html", {
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


@router.post("/api/reports", response_model=ReportFiled, status_code=status.HTTP_201_CREATED)
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
    runtime = runtime_settings(request)
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
    filed = await run_in_threadpool(file_report, database(request), report=report, photos=processed,
                                    settings=settings, now=utcnow(), tz=runtime.tz)
    url = runtime.public_base_url.rstrip("/") + status_path(number=filed.number, token=filed.token)
    return ReportFiled(id=filed.number, number=filed.number, status_url=url)


# --- the private status link ----------------------------------------------------------------------------
@router.get("/api/reports/{number}", response_model=ReportStatusView)
def report_status(
    number: str, session: DbSession, token: Annotated[str, Query(max_length=100)] = ""
) -> ReportStatusView:
    """The status and public notes of a report (the private link's token is required)."""
    return status_view(session, row=by_number_and_token(session, number=number, token=token))


@router.get("/reports/status/{number}", include_in_schema=False)
def status_page(
    request: Request, number: str, session: DbSession, token: Annotated[str, Query(max_length=100)] = ""
) -> Response:
    """The citizen's status page."""
    view = status_view(session, row=by_number_and_token(session, number=number, token=token))
    response = render_page(request, "status.html", {"view": view})
    response.headers["Referrer-Policy"] = "no-referrer"
    return response
