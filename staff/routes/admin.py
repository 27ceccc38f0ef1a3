"""Staff admin (admins only): add staff, roles, districts, deactivate, reset passwords; the audit log."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response
from pydantic import ValidationError
from sqlalchemy.orm import Session
from starlette.datastructures import ImmutableMultiDict

from core.settings import RuntimeSettings
from staff import accounts, audit, users
from staff.audit import ACTION_LABELS
from staff.auth import Principal
from staff.deps import DbSession, FormFields, NowDep, RequireAdmin, RuntimeDep, SettingsDep
from staff.errors import ConflictError, InvalidInputError
from staff.forms import validation_problems
from staff.overview import districts_of
from staff.schemas import AuditPublic, StaffUserCreate, StaffUserPublic, StaffUserUpdate
from staff.settings import StaffSettings
from staff.views import render, see_other

router = APIRouter(tags=["staff"], include_in_schema=False)
api = APIRouter(prefix="/staff/api", tags=["staff"])

AUDIT_PAGE = 100


def _user_form(form: ImmutableMultiDict[str, str]) -> dict[str, Any]:
    data: dict[str, Any] = dict(form.items())
    data["districts"] = form.getlist("districts")
    data["active"] = data.get("active") in ("1", "on", "true")
    return data


def _users_page(request: Request, staff: Principal, db: Session, settings: StaffSettings, runtime: RuntimeSettings,
                *, problems: list[str] | None = None, values: dict[str, Any] | None = None,
                status_code: int = 200) -> Response:
    return render(request, "users.html", {
        "users": users.list_users(db), "districts": districts_of(db, staff, runtime), "problems": problems or [],
        "v": values or {"role": "staff", "districts": []}, "notice": "", "min_chars": settings.password_min_chars,
    }, staff=staff, status_code=status_code)


@router.get("/staff/users")
def users_page(request: Request, staff: RequireAdmin, db: DbSession, settings: SettingsDep,
               runtime: RuntimeDep) -> Response:
    """Every staff account and the form to add one."""
    return _users_page(request, staff, db, settings, runtime)


@router.post("/staff/users")
def users_create(request: Request, staff: RequireAdmin, db: DbSession, settings: SettingsDep, runtime: RuntimeDep,
                 now: NowDep, fields: FormFields) -> Response:
    """Add a staff account from the form."""
    form = _user_form(fields)
    values = {k: v for k, v in form.items() if k not in ("password", "csrf_token")}
    try:
        data = StaffUserCreate.model_validate(form)
    except ValidationError as err:
        return _users_page(request, staff, db, settings, runtime, problems=validation_problems(err), values=values,
                           status_code=422)
    try:
        accounts.create_staff(db, staff, data, settings, now)
    except (InvalidInputError, ConflictError) as err:
        problems = [err.message, *(err.problems if isinstance(err, InvalidInputError) else [])]
        return _users_page(request, staff, db, settings, runtime, problems=problems, values=values, status_code=422)
    return see_other("/staff/users")


@router.post("/staff/users/{user_id:int}")
def users_update(user_id: int, staff: RequireAdmin, db: DbSession, settings: SettingsDep, now: NowDep,
                 fields: FormFields) -> Response:
    """Change role, districts, name or active flag; or set a new password."""
    form = _user_form(fields)
    if form.get("password"):
        accounts.reset_password(db, staff, user_id, form["password"], settings, now)
        return see_other("/staff/users")
    try:
        data = StaffUserUpdate.model_validate(form)
    except ValidationError as err:
        raise InvalidInputError(problems=validation_problems(err)) from err
    accounts.update_staff(db, staff, user_id, data, now)
    return see_other("/staff/users")


@router.get("/staff/audit")
def audit_page(
    request: Request, staff: RequireAdmin, db: DbSession,
    resident_id: Annotated[int | None, Query(ge=1)] = None,
    page: Annotated[int, Query(ge=1, le=100_000)] = 1,
) -> Response:
    """The audit log, newest first, optionally for one resident."""
    rows = audit.list_entries(db, limit=AUDIT_PAGE + 1, offset=(page - 1) * AUDIT_PAGE, resident_id=resident_id)
    return render(request, "audit.html", {
        "rows": rows[:AUDIT_PAGE], "has_next": len(rows) > AUDIT_PAGE, "page": page, "resident_id": resident_id,
        "labels": ACTION_LABELS,
    }, staff=staff)


@api.get("/users", response_model=list[StaffUserPublic])
def api_users(staff: RequireAdmin, db: DbSession) -> list[StaffUserPublic]:
    """Every staff account (admins only)."""
    return [StaffUserPublic.model_validate(u) for u in users.list_users(db)]


@api.post("/users", response_model=StaffUserPublic, status_code=201)
def api_create_user(body: StaffUserCreate, staff: RequireAdmin, db: DbSession, settings: SettingsDep,
                    now: NowDep) -> StaffUserPublic:
    """Add a staff account (admins only)."""
    return accounts.create_staff(db, staff, body, settings, now)


@api.put("/users/{user_id:int}", response_model=StaffUserPublic)
def api_update_user(user_id: int, body: StaffUserUpdate, staff: RequireAdmin, db: DbSession,
                    now: NowDep) -> StaffUserPublic:
    """Change an account's name, role, districts or active flag (admins only)."""
    return accounts.update_staff(db, staff, user_id, body, now)


@api.get("/audit", response_model=list[AuditPublic])
def api_audit(
    staff: RequireAdmin, db: DbSession,
    resident_id: Annotated[int | None, Query(ge=1)] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 100,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> list[AuditPublic]:
    """Audit log lines, newest first (admins only)."""
    return [AuditPublic.model_validate(r)
            for r in audit.list_entries(db, limit=limit, offset=offset, resident_id=resident_id)]


router.include_router(api)
