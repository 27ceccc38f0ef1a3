"""Residents admin (admins only): create and edit residents, quiet days, devices (a one-time 設定コード with its
QR code, revoke); the JSON API of the same."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response
from pydantic import ValidationError
from sqlalchemy.orm import Session
from starlette.datastructures import ImmutableMultiDict

from core.settings import RuntimeSettings
from staff import audit, residents
from staff.auth import Principal
from staff.deps import DbSession, FormFields, NowDep, RequireAdmin, RuntimeDep, WatchSettingsDep
from staff.errors import InvalidInputError
from staff.forms import (
    CONTACT_ROWS,
    form_values_from_resident,
    parse_quiet_period,
    parse_resident_create,
    parse_resident_update,
    validation_problems,
)
from staff.overview import districts_of
from staff.qr import qr_svg
from staff.schemas import DeviceCreate
from staff.views import render, see_other
from watch.device_schemas import DeviceCreated
from watch.errors import ConflictError as WatchConflictError
from watch.errors import InvalidInputError as WatchInvalidInputError
from watch.schemas import QuietPeriodCreate, QuietPeriodPublic, ResidentCreate, ResidentPublic, ResidentUpdate
from watch.setup_codes import setup_url

router = APIRouter(tags=["staff"], include_in_schema=False)
api = APIRouter(prefix="/staff/api", tags=["staff"])

DEFAULT_FORM = {"channel": "tablet", "checkin_time": "09:00", "checkin_days": list(range(7)), "active": True,
                "contact_rows": CONTACT_ROWS}


def _multi_form(form: ImmutableMultiDict[str, str]) -> dict[str, Any]:
    data: dict[str, Any] = dict(form.items())
    data["checkin_days"] = form.getlist("checkin_days")
    return data


def _form_page(request: Request, staff: Principal, db: Session, runtime: RuntimeSettings, *, values: dict[str, Any],
               resident_id: int | None, problems: list[str] | None = None, status_code: int = 200) -> Response:
    values = {**DEFAULT_FORM, **values}
    values["contact_rows"] = max(int(values.get("contact_rows", CONTACT_ROWS)), CONTACT_ROWS)
    return render(request, "resident_form.html", {
        "v": values, "resident_id": resident_id, "problems": problems or [],
        "districts": districts_of(db, staff, runtime),
    }, staff=staff, status_code=status_code)


# --- pages -----------------------------------------------------------------------------------------
@router.get("/staff/residents/new")
def new_resident_form(request: Request, staff: RequireAdmin, db: DbSession, runtime: RuntimeDep) -> Response:
    """The empty resident form."""
    return _form_page(request, staff, db, runtime, values={}, resident_id=None)


@router.post("/staff/residents/new")
def new_resident_submit(request: Request, staff: RequireAdmin, db: DbSession, runtime: RuntimeDep, now: NowDep,
                        fields: FormFields) -> Response:
    """Create a resident from the form (errors are shown on the form)."""
    form = _multi_form(fields)
    try:
        data = parse_resident_create(form)
    except ValidationError as err:
        return _form_page(request, staff, db, runtime, values=form, resident_id=None,
                          problems=validation_problems(err), status_code=422)
    try:
        public = residents.create(db, staff, data, now)
    except (WatchInvalidInputError, WatchConflictError) as err:
        return _form_page(request, staff, db, runtime, values=form, resident_id=None, problems=[err.message],
                          status_code=err.status)
    return see_other(f"/staff/residents/{public.id}")


@router.get("/staff/residents/{resident_id:int}/edit")
def edit_resident_form(request: Request, resident_id: int, staff: RequireAdmin, db: DbSession, runtime: RuntimeDep,
                       now: NowDep) -> Response:
    """The resident form filled with the current values."""
    resident = residents.visible_resident(db, staff, resident_id)
    audit.record(db, actor=staff, action="resident.view", resident_id=resident_id, detail="edit form", at=now)
    return _form_page(request, staff, db, runtime, values=form_values_from_resident(resident),
                      resident_id=resident_id)


@router.post("/staff/residents/{resident_id:int}/edit")
def edit_resident_submit(request: Request, resident_id: int, staff: RequireAdmin, db: DbSession,
                         runtime: RuntimeDep, now: NowDep, fields: FormFields) -> Response:
    """Save the resident form."""
    form = _multi_form(fields)
    try:
        data = parse_resident_update(form)
    except ValidationError as err:
        return _form_page(request, staff, db, runtime, values=form, resident_id=resident_id,
                          problems=validation_problems(err), status_code=422)
    residents.update(db, staff, resident_id, data, now)
    return see_other(f"/staff/residents/{resident_id}")


@router.post("/staff/residents/{resident_id:int}/quiet")
def add_quiet_submit(resident_id: int, staff: RequireAdmin, db: DbSession, now: NowDep,
                     fields: FormFields) -> Response:
    """Add days without check-ins."""
    try:
        period = parse_quiet_period(_multi_form(fields))
    except ValidationError as err:
        raise InvalidInputError("休止期間を確認してください。", problems=validation_problems(err)) from err
    residents.add_quiet(db, staff, resident_id, period, now)
    return see_other(f"/staff/residents/{resident_id}#quiet")


@router.post("/staff/residents/{resident_id:int}/quiet/{period_id:int}/delete")
def remove_quiet_submit(resident_id: int, period_id: int, staff: RequireAdmin, db: DbSession,
                        now: NowDep) -> Response:
    """Remove a quiet period."""
    residents.remove_quiet(db, staff, resident_id, period_id, now)
    return see_other(f"/staff/residents/{resident_id}#quiet")


@router.post("/staff/residents/{resident_id:int}/setup-code")
def setup_code_submit(request: Request, resident_id: int, staff: RequireAdmin, db: DbSession, now: NowDep,
                      runtime: RuntimeDep, watch_settings: WatchSettingsDep, fields: FormFields) -> Response:
    """端末の設定コード: a one-time 8-digit code and a QR code of the setup URL, shown on the resident page this
    once (the page is not cached; only the code's hash is stored)."""
    issued = residents.issue_setup_code(db, staff, resident_id, label=str(fields.get("label", "")),
                                        ttl=timedelta(minutes=watch_settings.setup_code_minutes), now=now)
    url = setup_url(runtime.public_base_url, issued.code)
    detail = residents.resident_detail(db, staff, resident_id)
    return render(request, "resident.html", {
        "d": detail, "r": detail.resident, "can_edit": True, "setup_minutes": watch_settings.setup_code_minutes,
        "setup": {"code": issued.grouped, "expires_at": issued.expires_at, "url": url,
                  "device_url": f"{runtime.public_base_url}/device",
                  "qr": qr_svg(url, title="端末の設定コードのQRコード")},
    }, staff=staff)


@router.post("/staff/residents/{resident_id:int}/devices/{device_id}/revoke")
def revoke_device_submit(resident_id: int, device_id: str, staff: RequireAdmin, db: DbSession,
                         now: NowDep) -> Response:
    """端末を無効にする: the device's token stops working and its open connection closes."""
    residents.revoke_device(db, staff, resident_id, device_id, now)
    return see_other(f"/staff/residents/{resident_id}#devices")


# --- JSON API --------------------------------------------------------------------------------------
@api.post("/residents", response_model=ResidentPublic, status_code=201)
def api_create_resident(body: ResidentCreate, staff: RequireAdmin, db: DbSession, now: NowDep) -> ResidentPublic:
    """Create a resident with contacts (admins only)."""
    return residents.create(db, staff, body, now)


@api.patch("/residents/{resident_id:int}", response_model=ResidentPublic)
def api_update_resident(resident_id: int, body: ResidentUpdate, staff: RequireAdmin, db: DbSession,
                        now: NowDep) -> ResidentPublic:
    """Change some fields of a resident (admins only)."""
    return residents.update(db, staff, resident_id, body, now)


@api.post("/residents/{resident_id:int}/quiet-periods", response_model=QuietPeriodPublic, status_code=201)
def api_add_quiet(resident_id: int, body: QuietPeriodCreate, staff: RequireAdmin, db: DbSession,
                  now: NowDep) -> QuietPeriodPublic:
    """Add days without check-ins (admins only)."""
    return residents.add_quiet(db, staff, resident_id, body, now)


@api.delete("/residents/{resident_id:int}/quiet-periods/{period_id:int}", status_code=204)
def api_remove_quiet(resident_id: int, period_id: int, staff: RequireAdmin, db: DbSession, now: NowDep) -> Response:
    """Remove a quiet period (admins only)."""
    residents.remove_quiet(db, staff, resident_id, period_id, now)
    return Response(status_code=204)


@api.post("/residents/{resident_id:int}/devices", response_model=DeviceCreated, status_code=201)
def api_add_device(resident_id: int, body: DeviceCreate, staff: RequireAdmin, db: DbSession,
                   now: NowDep) -> DeviceCreated:
    """Register a device; the token in the answer is shown only this once (admins only)."""
    return residents.add_device(db, staff, resident_id, body.label, now)


@api.post("/residents/{resident_id:int}/devices/{device_id}/revoke", status_code=204)
def api_revoke_device(resident_id: int, device_id: str, staff: RequireAdmin, db: DbSession, now: NowDep) -> Response:
    """Revoke a device: its token is refused from now on and its open connection closes (admins only)."""
    residents.revoke_device(db, staff, resident_id, device_id, now)
    return Response(status_code=204)


router.include_router(api)
