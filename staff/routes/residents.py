"""Residents: list and detail pages (contacts, devices, history, failed notifications) and their JSON API.

Every view of a resident's personal data writes an audit line.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from staff import audit, residents
from staff.authz import is_admin
from staff.deps import CurrentStaff, DbSession, NowDep, RuntimeDep, WatchSettingsDep
from staff.overview import districts_of
from staff.schemas import ResidentDetail
from staff.views import render
from watch.residents import resident_public
from watch.schemas import ResidentPublic

router = APIRouter(tags=["staff"], include_in_schema=False)
api = APIRouter(prefix="/staff/api", tags=["staff"])

PAGE_SIZE = residents.PAGE_SIZE


@router.get("/staff/residents")
def residents_page(
    request: Request, staff: CurrentStaff, db: DbSession, runtime: RuntimeDep, now: NowDep,
    q: Annotated[str, Query(max_length=100)] = "", district: Annotated[str, Query(max_length=100)] = "",
    page: Annotated[int, Query(ge=1, le=10_000)] = 1,
) -> Response:
    """The residents this staff member may see, with a name search and a district filter."""
    rows = residents.list_visible(db, staff, district=district or None, q=q, page=page)
    audit.record(db, actor=staff, action="resident.list", detail=f"{min(len(rows), PAGE_SIZE)} rows", at=now)
    return render(request, "residents.html", {
        "residents": rows[:PAGE_SIZE], "has_next": len(rows) > PAGE_SIZE, "page": page, "q": q,
        "district": district, "districts": districts_of(db, staff, runtime), "can_edit": is_admin(staff.role),
    }, staff=staff)


@router.get("/staff/residents/{resident_id:int}")
def resident_page(request: Request, resident_id: int, staff: CurrentStaff, db: DbSession, now: NowDep,
                  watch_settings: WatchSettingsDep) -> Response:
    """One resident: details, contacts, quiet periods, devices, check-ins, alerts, failed notifications, history."""
    detail = residents.resident_detail(db, staff, resident_id)
    audit.record(db, actor=staff, action="resident.view", resident_id=resident_id, at=now)
    return render(request, "resident.html", {
        "d": detail, "r": detail.resident, "can_edit": is_admin(staff.role),
        "setup_minutes": watch_settings.setup_code_minutes,
    }, staff=staff)


@api.get("/residents", response_model=list[ResidentPublic])
def api_residents(
    staff: CurrentStaff, db: DbSession, now: NowDep,
    q: Annotated[str, Query(max_length=100)] = "", district: Annotated[str, Query(max_length=100)] = "",
    page: Annotated[int, Query(ge=1, le=10_000)] = 1,
) -> list[ResidentPublic]:
    """Residents this staff member may see (100 per page)."""
    rows = residents.list_visible(db, staff, district=district or None, q=q, page=page)[:PAGE_SIZE]
    audit.record(db, actor=staff, action="resident.list", detail=f"{len(rows)} rows (api)", at=now)
    return [resident_public(r) for r in rows]


@api.get("/residents/{resident_id:int}", response_model=ResidentDetail)
def api_resident(resident_id: int, staff: CurrentStaff, db: DbSession, now: NowDep) -> ResidentDetail:
    """One resident with contacts, quiet periods, devices, check-ins, alerts, failed notifications and history."""
    detail = residents.resident_detail(db, staff, resident_id)
    audit.record(db, actor=staff, action="resident.view", resident_id=resident_id, detail="api", at=now)
    return detail


router.include_router(api)
