"""Residents admin (admins only): create and edit residents, quiet days, devices (token shown once); JSON API."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response
from pydantic import BaseModel, Field, ValidationError
from sqlalchemy.orm import Session
from starlette.datastructures import ImmutableMultiDict

from gateway.deps import DbSession
from gateway.routes.staff_board import staff_districts
from gateway.routes.staff_common import (
    FormFields,
    NowDep,
    RequireAdmin,
    SettingsDep,
    actor_name,
    render,
    see_other,
    watch_errors,
)
from gateway.routes.staff_residents import visible_resident
from staff import audit
from staff.auth import Principal
from staff.errors import InvalidInputError, NotFoundError
from staff.forms import (
    CONTACT_ROWS,
    form_values_from_resident,
    parse_quiet_period,
    parse_resident_create,
    parse_resident_update,
    validation_problems,
)
from staff.settings import StaffSettings
from watch import store as watch_store
from watch.schemas import (
    DeviceCreated,
    QuietPeriodCreate,
    QuietPeriodPublic,
    ResidentCreate,
    ResidentPublic,
    ResidentUpdate,
)

router = APIRouter(tags=["staff"], include_in_schema=False)
api = APIRouter(prefix="/staff/api", tags=["staff"])

DEFAULT_FORM = {"channel": "tablet", "checkin_time": "09:00", "checkin_days": list(range(7)), "active": True,
                "contact_rows": CONTACT_ROWS}


def _multi_form(form: ImmutableMultiDict[str, str]) -> dict[str, Any]:
    data: dict[str, Any] = dict(form.items())
    data["checkin_days"] = form.getlist("checkin_days")
    return data


def _form_page(request: Request, staff: Principal, db: Session, settings: StaffSettings, *, values: dict[str, Any],
        resident_id: int | None, problems: list[str] | None = None, status_code: int = 200) -> Response:
    values = {**DEFAULT_FORM, **values}
    values["contact_rows"] = max(int(values.get("contact_rows", CONTACT_ROWS)), CONTACT_ROWS)
    return render(request, "resident_form.html", {
        "v": values, "resident_id": resident_id, "problems": problems or [],
        "districts": staff_districts(db, staff, settings),
    }, staff=staff, status_code=status_code)


def create_resident(db: Session, staff: Principal, data: ResidentCreate, now: Any) -> ResidentPublic:
    """Create a resident and write the audit line."""
    with watch_errors():
        row = watch_store.create_resident(db, data=data, now=now)
        public = watch_store.resident_public(row)
    audit.record(db, actor=staff, action="resident.create", resident_id=public.id, at=now)
    return public


def update_resident(db: Session, staff: Principal, resident_id: int, data: ResidentUpdate, now: Any) -> ResidentPublic:
    """Change a resident and write the audit line (which fields, never their values)."""
    visible_resident(db, staff, resident_id)
    changed = sorted(data.model_dump(exclude_unset=True))
    with watch_errors():
        row = watch_store.update_resident(db, resident_id=resident_id, data=data, actor=actor_name(staff), now=now)
        public = watch_store.resident_public(row)
    audit.record(db, actor=staff, action="resident.update", resident_id=resident_id, detail=",".join(changed), at=now)
    return public


def add_quiet(
    db: Session, staff: Principal, resident_id: int, period: QuietPeriodCreate, now: Any
) -> QuietPeriodPublic:
    """Add a quiet period and write the audit line."""
    visible_resident(db, staff, resident_id)
    with watch_errors():
        row = watch_store.add_quiet_period(db, resident_id=resident_id, period=period, actor=actor_name(staff), now=now)
    audit.record(db, actor=staff, action="resident.quiet_add", resident_id=resident_id,
                 detail=f"{period.start_date}..{period.end_date}", at=now)
    return QuietPeriodPublic.model_validate(row)


def remove_quiet(db: Session, staff: Principal, resident_id: int, period_id: int, now: Any) -> None:
    """Delete one of the resident's quiet periods and write the audit line."""
    visible_resident(db, staff, resident_id)
    if period_id not in {q.id for q in watch_store.list_quiet_periods(db, resident_id=resident_id)}:
        raise NotFoundError("休止期間が見つかりません。")
    with watch_errors():
        watch_store.delete_quiet_period(db, period_id=period_id, actor=actor_name(staff))
    audit.record(db, actor=staff, action="resident.quiet_remove", resident_id=resident_id,
                 detail=f"period {period_id}", at=now)


def add_device(db: Session, staff: Principal, resident_id: int, label: str, now: Any) -> DeviceCreated:
    """Register a device (its token is returned once) and write the audit line."""
    visible_resident(db, staff, resident_id)
    with watch_errors():
        device = watch_store.create_device(db, resident_id=resident_id, label=label.strip()[:100], now=now)
    audit.record(db, actor=staff, action="device.create", resident_id=resident_id, detail=device.device_id, at=now)
    return device


# --- pages -----------------------------------------------------------------------------------------
@router.get("/staff/residents/new")
def new_resident_form(request: Request, staff: RequireAdmin, db: DbSession, settings: SettingsDep) -> Response:
    """The empty resident form."""
    return _form_page(request, staff, db, settings, values={}, resident_id=None)


@router.post("/staff/residents/new")
def new_resident_submit(request: Request, staff: RequireAdmin, db: DbSession, settings: SettingsDep, now: NowDep,
        fields: FormFields) -> Response:
    """Create a resident from the form (errors are shown on the form)."""
    form = _multi_form(fields)
    try:
        data = parse_resident_create(form)
    except ValidationError as err:
        return _form_page(request, staff, db, settings, values=form, resident_id=None,
                          problems=validation_problems(err), status_code=422)
    try:
        public = create_resident(db, staff, data, now)
    except InvalidInputError as err:
        return _form_page(request, staff, db, settings, values=form, resident_id=None, problems=[err.message],
                          status_code=422)
    return see_other(f"/staff/residents/{public.id}")


@router.get("/staff/residents/{resident_id:int}/edit")
def edit_resident_form(request: Request, resident_id: int, staff: RequireAdmin, db: DbSession, settings: SettingsDep,
        now: NowDep) -> Response:
    """The resident form filled with the current values."""
    resident = visible_resident(db, staff, resident_id)
    audit.record(db, actor=staff, action="resident.view", resident_id=resident_id, detail="edit form", at=now)
    return _form_page(request, staff, db, settings, values=form_values_from_resident(resident),
                      resident_id=resident_id)


@router.post("/staff/residents/{resident_id:int}/edit")
def edit_resident_submit(request: Request, resident_id: int, staff: RequireAdmin, db: DbSession,
        settings: SettingsDep, now: NowDep, fields: FormFields) -> Response:
    """Save the resident form."""
    form = _multi_form(fields)
    try:
        data = parse_resident_update(form)
    except ValidationError as err:
        return _form_page(request, staff, db, settings, values=form, resident_id=resident_id,
                          problems=validation_problems(err), status_code=422)
    update_resident(db, staff, resident_id, data, now)
    return see_other(f"/staff/residents/{resident_id}")


@router.post("/staff/residents/{resident_id:int}/quiet")
def add_quiet_submit(request: Request, resident_id: int, staff: RequireAdmin, db: DbSession, now: NowDep,
        fields: FormFields) -> Response:
    """Add days without check-ins."""
    form = _multi_form(fields)
    try:
        period = parse_quiet_period(form)
    except ValidationError as err:
        raise InvalidInputError("休止期間を確認してください。", problems=validation_problems(err)) from err
    add_quiet(db, staff, resident_id, period, now)
    return see_other(f"/staff/residents/{resident_id}#quiet")


@router.post("/staff/residents/{resident_id:int}/quiet/{period_id:int}/delete")
def remove_quiet_submit(request: Request, resident_id: int, period_id: int, staff: RequireAdmin, db: DbSession,
        now: NowDep) -> Response:
    """Remove a quiet period."""
    remove_quiet(db, staff, resident_id, period_id, now)
    return see_other(f"/staff/residents/{resident_id}#quiet")


@router.post("/staff/residents/{resident_id:int}/devices")
def add_device_submit(request: Request, resident_id: int, staff: RequireAdmin, db: DbSession, now: NowDep,
        fields: FormFields) -> Response:
    """Register a device and show its token once (the page is not cached and cannot be shown again)."""
    form = _multi_form(fields)
    device = add_device(db, staff, resident_id, str(form.get("label", "")), now)
    return render(request, "device_created.html", {"device": device, "resident_id": resident_id}, staff=staff)


# --- JSON API --------------------------------------------------------------------------------------
class DeviceCreate(BaseModel):
    """A device to register."""

    label: str = Field("", max_length=100)


@api.post("/residents", response_model=ResidentPublic, status_code=201)
def api_create_resident(body: ResidentCreate, staff: RequireAdmin, db: DbSession, now: NowDep) -> ResidentPublic:
    """Create a resident with contacts (admins only)."""
    return create_resident(db, staff, body, now)


@api.patch("/residents/{resident_id:int}", response_model=ResidentPublic)
def api_update_resident(resident_id: int, body: ResidentUpdate, staff: RequireAdmin, db: DbSession,
                        now: NowDep) -> ResidentPublic:
    """Change some fields of a resident (admins only)."""
    return update_resident(db, staff, resident_id, body, now)


@api.post("/residents/{resident_id:int}/quiet-periods", response_model=QuietPeriodPublic, status_code=201)
def api_add_quiet(resident_id: int, body: QuietPeriodCreate, staff: RequireAdmin, db: DbSession,
                  now: NowDep) -> QuietPeriodPublic:
    """Add days without check-ins (admins only)."""
    return add_quiet(db, staff, resident_id, body, now)


@api.delete("/residents/{resident_id:int}/quiet-periods/{period_id:int}", status_code=204)
def api_remove_quiet(resident_id: int, period_id: int, staff: RequireAdmin, db: DbSession, now: NowDep) -> Response:
    """Remove a quiet period (admins only)."""
    remove_quiet(db, staff, resident_id, period_id, now)
    return Response(status_code=204)


@api.post("/residents/{resident_id:int}/devices", response_model=DeviceCreated, status_code=201)
def api_add_device(resident_id: int, body: DeviceCreate, staff: RequireAdmin, db: DbSession,
                   now: NowDep) -> DeviceCreated:
    """Register a device; the token in the answer is shown only this once (admins only)."""
    return add_device(db, staff, resident_id, body.label, now)


router.include_router(api)
