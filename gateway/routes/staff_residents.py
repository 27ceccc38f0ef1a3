"""Residents: list and detail pages (contacts, history of check-ins and alerts), and their JSON API.

Every view of a resident's personal data writes an audit line.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response
from pydantic import BaseModel
from sqlalchemy.orm import Session

from gateway.deps import DbSession
from gateway.routes.staff_board import staff_districts
from gateway.routes.staff_common import CurrentStaff, NowDep, SettingsDep, ensure_district, render, watch_errors
from staff import audit, queries
from staff.auth import Principal
from staff.authz import district_filter, is_admin
from staff.errors import NotFoundError
from watch import store as watch_store
from watch.models import ALERT_ACKNOWLEDGED, ALERT_OPEN, ALERT_RESOLVED
from watch.schemas import AlertPublic, CheckInPublic, DevicePublic, HistoryItem, QuietPeriodPublic, ResidentPublic

router = APIRouter(tags=["staff"], include_in_schema=False)
api = APIRouter(prefix="/staff/api", tags=["staff"])

PAGE_SIZE = 100
ALL_ALERT_STATUSES = (ALERT_OPEN, ALERT_ACKNOWLEDGED, ALERT_RESOLVED)


def visible_resident(db: Session, staff: Principal, resident_id: int) -> ResidentPublic:
    """The resident when this staff member may see them; NotFoundError (404) otherwise."""
    district = queries.resident_district(db, resident_id=resident_id)
    if district is None:
        raise NotFoundError("住民が見つかりません。")
    ensure_district(staff, district)
    with watch_errors():
        return watch_store.resident_public(watch_store.get_resident(db, resident_id=resident_id))


class ResidentDetail(BaseModel):
    """A resident with quiet periods, devices, recent check-ins, alerts and history."""

    resident: ResidentPublic
    quiet_periods: list[QuietPeriodPublic]
    devices: list[DevicePublic]
    checkins: list[CheckInPublic]
    alerts: list[AlertPublic]
    history: list[HistoryItem]


def resident_detail(db: Session, staff: Principal, resident_id: int) -> ResidentDetail:
    """Everything the resident page shows (after the district check)."""
    resident = visible_resident(db, staff, resident_id)
    return ResidentDetail(
        resident=resident,
        quiet_periods=[QuietPeriodPublic.model_validate(q)
                       for q in watch_store.list_quiet_periods(db, resident_id=resident_id)],
        devices=watch_store.list_devices(db, resident_id=resident_id),
        checkins=queries.resident_checkins(db, resident_id=resident_id, limit=60),
        alerts=watch_store.list_alerts(db, statuses=ALL_ALERT_STATUSES, resident_id=resident_id, limit=100),
        history=watch_store.resident_history(db, resident_id=resident_id, limit=200),
    )


def _list(db: Session, staff: Principal, *, district: str | None, q: str | None, page: int) -> list[Any]:
    limit = district_filter(role=staff.role, districts=staff.districts)
    if district:
        ensure_district(staff, district, what="地区")
        limit = [district]
    return watch_store.list_residents(db, districts=limit, search=q or None, limit=PAGE_SIZE + 1,
                                      offset=(page - 1) * PAGE_SIZE)


@router.get("/staff/residents")
def residents_page(
    request: Request, staff: CurrentStaff, db: DbSession, settings: SettingsDep, now: NowDep,
    q: Annotated[str, Query(max_length=100)] = "", district: Annotated[str, Query(max_length=100)] = "",
    page: Annotated[int, Query(ge=1, le=10_000)] = 1,
) -> Response:
    """The residents this staff member may see, with a name search and a district filter."""
    rows = _list(db, staff, district=district or None, q=q, page=page)
    audit.record(db, actor=staff, action="resident.list", detail=f"{min(len(rows), PAGE_SIZE)} rows", at=now)
    return render(request, "residents.html", {
        "residents": rows[:PAGE_SIZE], "has_next": len(rows) > PAGE_SIZE, "page": page, "q": q,
        "district": district, "districts": staff_districts(db, staff, settings), "can_edit": is_admin(staff.role),
    }, staff=staff)


@router.get("/staff/residents/{resident_id:int}")
def resident_page(request: Request, resident_id: int, staff: CurrentStaff, db: DbSession, now: NowDep) -> Response:
    """One resident: details, contacts, quiet periods, devices, check-ins, alerts and history."""
    detail = resident_detail(db, staff, resident_id)
    audit.record(db, actor=staff, action="resident.view", resident_id=resident_id, at=now)
    return render(request, "resident.html", {
        "d": detail, "r": detail.resident, "can_edit": is_admin(staff.role),
    }, staff=staff)


@api.get("/residents", response_model=list[ResidentPublic])
def api_residents(
    staff: CurrentStaff, db: DbSession, now: NowDep,
    q: Annotated[str, Query(max_length=100)] = "", district: Annotated[str, Query(max_length=100)] = "",
    page: Annotated[int, Query(ge=1, le=10_000)] = 1,
) -> list[ResidentPublic]:
    """Residents this staff member may see (100 per page)."""
    rows = _list(db, staff, district=district or None, q=q, page=page)[:PAGE_SIZE]
    audit.record(db, actor=staff, action="resident.list", detail=f"{len(rows)} rows (api)", at=now)
    return [watch_store.resident_public(r) for r in rows]


@api.get("/residents/{resident_id:int}", response_model=ResidentDetail)
def api_resident(resident_id: int, staff: CurrentStaff, db: DbSession, now: NowDep) -> ResidentDetail:
    """One resident with contacts, quiet periods, devices, check-ins, alerts and history."""
    detail = resident_detail(db, staff, resident_id)
    audit.record(db, actor=staff, action="resident.view", resident_id=resident_id, detail="api", at=now)
    return detail


router.include_router(api)
