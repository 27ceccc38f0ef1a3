"""Smart speakers (admins only): every registered satellite with online/offline and last heard, add, change,
disable and remove; the JSON list. The controller process (``python -m voice controller``) picks changes up at
its next heartbeat."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response
from pydantic import ValidationError
from sqlalchemy.orm import Session

from core.settings import RuntimeSettings
from staff import audit
from staff.auth import Principal
from staff.deps import DbSession, FormFields, NowDep, RequireAdmin, RuntimeDep, actor_name
from staff.forms import validation_problems
from staff.overview import districts_of
from staff.views import render, see_other
from watch.errors import WatchError
from watch.satellite_registry import add_satellite, list_satellites, remove_satellite, update_satellite
from watch.satellite_schemas import SatelliteCreate, SatellitePublic, SatelliteUpdate

router = APIRouter(tags=["staff"], include_in_schema=False)
api = APIRouter(prefix="/staff/api", tags=["staff"])
PAGE = "/staff/satellites"
NOT_A_NUMBER = "利用者番号は数字で入力してください。"


def _optional_int(value: str | None) -> int | None:
    value = (value or "").strip()
    return int(value) if value.isdigit() else None


def _page(request: Request, staff: Principal, db: Session, runtime: RuntimeSettings, now: Any, *,
          problems: list[str] | None = None, values: dict[str, Any] | None = None,
          status_code: int = 200) -> Response:
    return render(request, "satellites.html", {
        "satellites": list_satellites(db, now=now), "districts": districts_of(db, staff, runtime),
        "problems": problems or [], "v": values or {},
    }, staff=staff, status_code=status_code)


@router.get(PAGE)
def satellites_page(request: Request, staff: RequireAdmin, db: DbSession, runtime: RuntimeDep,
                    now: NowDep) -> Response:
    """Every speaker and the form to add one."""
    return _page(request, staff, db, runtime, now)


@router.post(PAGE)
def satellites_create(request: Request, staff: RequireAdmin, db: DbSession, runtime: RuntimeDep, now: NowDep,
                      fields: FormFields) -> Response:
    """Register a speaker from the form (problems are shown on the page, nothing is written)."""
    values = {key: value for key, value in fields.items() if key != "csrf_token"}
    raw_resident = (values.get("resident_id") or "").strip()
    try:
        data = SatelliteCreate(uri=values.get("uri", ""), resident_id=raw_resident or None,
                               district=values.get("district") or None, label=values.get("label", ""))
    except ValidationError as err:
        return _page(request, staff, db, runtime, now, problems=validation_problems(err), values=values,
                     status_code=422)
    try:
        with db.begin_nested():
            created = add_satellite(db, data=data, by=actor_name(staff), now=now)
    except WatchError as err:
        return _page(request, staff, db, runtime, now, problems=[err.message], values=values,
                     status_code=err.status)
    audit.record(db, actor=staff, action="satellite.create", resident_id=created.resident_id,
                 detail=f"{created.id} {created.uri}", at=now)
    return see_other(PAGE)


@router.post(PAGE + "/{satellite_id:int}")
def satellites_update(request: Request, satellite_id: int, staff: RequireAdmin, db: DbSession, runtime: RuntimeDep,
                      now: NowDep, fields: FormFields) -> Response:
    """Change a speaker (address, resident, district, label, in use or not)."""
    values = dict(fields.items())
    raw_resident = (values.get("resident_id") or "").strip()
    try:
        data = SatelliteUpdate(uri=values.get("uri") or None, resident_id=_optional_int(raw_resident),
                               clear_resident=not raw_resident, district=values.get("district") or None,
                               label=values.get("label", ""), enabled=values.get("enabled") in ("1", "on", "true"))
        if raw_resident and data.resident_id is None:
            raise ValueError("resident_id")
    except (ValidationError, ValueError) as err:
        problems = validation_problems(err) if isinstance(err, ValidationError) else [NOT_A_NUMBER]
        return _page(request, staff, db, runtime, now, problems=problems, status_code=422)
    try:
        with db.begin_nested():
            changed = update_satellite(db, satellite_id=satellite_id, data=data, by=actor_name(staff), now=now)
    except WatchError as err:
        if err.status == 404:
            raise
        return _page(request, staff, db, runtime, now, problems=[err.message], status_code=err.status)
    audit.record(db, actor=staff, action="satellite.update", resident_id=changed.resident_id,
                 detail=f"{changed.id} {'enabled' if changed.enabled else 'disabled'}", at=now)
    return see_other(PAGE)


@router.post(PAGE + "/{satellite_id:int}/remove")
def satellites_remove(satellite_id: int, staff: RequireAdmin, db: DbSession, now: NowDep) -> Response:
    """Delete a speaker's registration."""
    remove_satellite(db, satellite_id=satellite_id, by=actor_name(staff), now=now)
    audit.record(db, actor=staff, action="satellite.remove", detail=str(satellite_id), at=now)
    return see_other(PAGE)


@api.get("/satellites")
def satellites_json(staff: RequireAdmin, db: DbSession, now: NowDep) -> list[SatellitePublic]:
    """Every speaker with its state (online means: held by a live controller that heard it)."""
    return list_satellites(db, now=now)


router.include_router(api)
