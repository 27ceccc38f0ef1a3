"""What the public sees of the reports: the map with a list by district (``/reports/map``), the open data
(``/api/open-data/reports.csv|.geojson``, CC BY) and the photos staff approved (``/reports/photos/{id}.jpg``); no
personal data, served from a cache that follows every change."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import FileResponse, Response
from sqlalchemy.orm import Session

from core.errors import NotFoundError
from reports.categories import categories
from reports.geo import districts
from reports.mapview import build_map
from reports.media import PhotoFiles
from reports.models import STATUS_LABELS, ReportPhoto
from reports.publish import PublicReport, PublishedCache, add_details, fingerprint, public_reports, to_csv, to_geojson
from reports.settings import ReportsSettings
from reports.web import DbSession, SettingsDep, render_page, request_settings
from storage.base import utcnow

CACHE_STATE = "reports_published_cache"
MAP_LIST_PAGE_SIZE = 100

router = APIRouter(tags=["reports"])


def _published(request: Request) -> PublishedCache:
    cache: PublishedCache | None = getattr(request.app.state, CACHE_STATE, None)
    if cache is None:
        cache = PublishedCache(max_age_s=request_settings(request).public_cache_s)
        setattr(request.app.state, CACHE_STATE, cache)
    return cache


def _label(report: PublicReport) -> str:
    category = categories().get(report.category)
    return (f"{report.number} {category.label if category else report.category} "
            f"{STATUS_LABELS.get(report.status, report.status)}")


@router.get("/reports/map", include_in_schema=False)
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
        response = render_page(request, "map.html", {
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


@router.get("/api/open-data/reports.csv")
def open_data_csv(request: Request, session: DbSession, settings: SettingsDep) -> Response:
    """Every unmerged report as CSV (documented in docs/protocols/README.md), CC BY."""
    return Response(_export(request, session, settings, "csv"), media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": 'attachment; filename="reports.csv"'})


@router.get("/api/open-data/reports.geojson")
def open_data_geojson(request: Request, session: DbSession, settings: SettingsDep) -> Response:
    """Every unmerged report as GeoJSON, CC BY."""
    return Response(_export(request, session, settings, "geojson"), media_type="application/geo+json")


@router.get("/reports/photos/{photo_id}.jpg", include_in_schema=False)
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
