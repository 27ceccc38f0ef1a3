"""Staff admin (admins only): add staff, roles, districts, deactivate, reset passwords; the audit log."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response
from pydantic import ValidationError
from sqlalchemy.orm import Session
from starlette.datastructures import ImmutableMultiDict

from gateway.deps import DbSession
from gateway.routes.staff_board import staff_districts
from gateway.routes.staff_common import FormFields, NowDep, RequireAdmin, SettingsDep, render, see_other
from staff import audit, users
from staff.audit import ACTION_LABELS
from staff.auth import Principal
from staff.errors import ConflictError, InvalidInputError
from staff.forms import reason_ja
from staff.schemas import AuditPublic, StaffUserCreate, StaffUserPublic, StaffUserUpdate
from staff.settings import StaffSettings

router = APIRouter(tags=["staff"], include_in_schema=False)
api = APIRouter(prefix="/staff/api", tags=["staff"])

AUDIT_PAGE = 100
USER_FIELD_LABELS = {"username": "ユーザー名", "display_name": "表示名", "role": "役割", "districts": "担当地区",
                     "password": "パスワード"}


def _user_form(form: ImmutableMultiDict[str, str]) -> dict[str, Any]:
    data: dict[str, Any] = dict(form.items())
    data["districts"] = form.getlist("districts")
    data["active"] = data.get("active") in ("1", "on", "true")
    return data


def _problems(err: ValidationError) -> list[str]:
    out = []
    for item in err.errors():
        field = str(item["loc"][0]) if item["loc"] else ""
        if field == "username":
            out.append("ユーザー名: 3〜64文字の半角英数字と . _ - で入力してください")
        else:
            out.append(f"{USER_FIELD_LABELS.get(field, field)}: {reason_ja(str(item.get('msg', '')))}")
    return out


def _users_page(request: Request, staff: Principal, db: Session, settings: StaffSettings, *,
                problems: list[str] | None = None, values: dict[str, Any] | None = None, notice: str = "",
                status_code: int = 200) -> Response:
    return render(request, "users.html", {
        "users": users.list_users(db), "districts": staff_districts(db, staff, settings), "problems": problems or [],
        "v": values or {"role": "staff", "districts": []}, "notice": notice,
        "min_chars": settings.password_min_chars,
    }, staff=staff, status_code=status_code)


def create_staff(
    db: Session, staff: Principal, data: StaffUserCreate, settings: StaffSettings, now: Any
) -> StaffUserPublic:
    """Add an account (password policy checked) and audit it."""
    row = users.create_user(db, user=data, min_chars=settings.password_min_chars)
    audit.record(db, actor=staff, action="staff.create", detail=f"staff {row.id} role={row.role}", at=now)
    return StaffUserPublic.model_validate(row)


def update_staff(db: Session, staff: Principal, user_id: int, data: StaffUserUpdate, now: Any) -> StaffUserPublic:
    """Change an account and audit it."""
    row = users.update_user(db, user_id=user_id, changes=data, acting_user_id=staff.user_id)
    audit.record(db, actor=staff, action="staff.update",
                 detail=f"staff {row.id} role={row.role} active={row.active}", at=now)
    return StaffUserPublic.model_validate(row)


@router.get("/staff/users")
def users_page(request: Request, staff: RequireAdmin, db: DbSession, settings: SettingsDep) -> Response:
    """Every staff account and the form to add one."""
    return _users_page(request, staff, db, settings)


@router.post("/staff/users")
def users_create(request: Request, staff: RequireAdmin, db: DbSession, settings: SettingsDep, now: NowDep,
                 fields: FormFields) -> Response:
    """Add a staff account from the form."""
    form = _user_form(fields)
    values = {k: v for k, v in form.items() if k not in ("password", "csrf_token")}
    try:
        data = StaffUserCreate.model_validate(form)
    except ValidationError as err:
        return _users_page(request, staff, db, settings, problems=_problems(err), values=values, status_code=422)
    try:
        create_staff(db, staff, data, settings, now)
    except (InvalidInputError, ConflictError) as err:
        problems = [err.message, *getattr(err, "problems", [])]
        return _users_page(request, staff, db, settings, problems=problems, values=values, status_code=422)
    return see_other("/staff/users")


@router.post("/staff/users/{user_id:int}")
def users_update(request: Request, user_id: int, staff: RequireAdmin, db: DbSession, settings: SettingsDep,
                 now: NowDep, fields: FormFields) -> Response:
    """Change role, districts, name or active flag; or set a new password."""
    form = _user_form(fields)
    if form.get("password"):
        users.set_password(db, user_id=user_id, password=form["password"], min_chars=settings.password_min_chars)
        audit.record(db, actor=staff, action="staff.password", detail=f"staff {user_id}", at=now)
        return see_other("/staff/users")
    try:
        data = StaffUserUpdate.model_validate(form)
    except ValidationError as err:
        raise InvalidInputError("入力内容を確認してください。", problems=_problems(err)) from err
    update_staff(db, staff, user_id, data, now)
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
    return create_staff(db, staff, body, settings, now)


@api.put("/users/{user_id:int}", response_model=StaffUserPublic)
def api_update_user(user_id: int, body: StaffUserUpdate, staff: RequireAdmin, db: DbSession,
                    now: NowDep) -> StaffUserPublic:
    """Change an account's name, role, districts or active flag (admins only)."""
    return update_staff(db, staff, user_id, body, now)


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
