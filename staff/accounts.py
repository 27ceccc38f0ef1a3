"""View logic of staff administration: add and change accounts (each audited)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from staff import audit, users
from staff.auth import Principal
from staff.schemas import StaffUserCreate, StaffUserPublic, StaffUserUpdate
from staff.settings import StaffSettings


def create_staff(db: Session, staff: Principal, data: StaffUserCreate, settings: StaffSettings,
                 now: datetime) -> StaffUserPublic:
    """Add an account (password policy checked) and audit it."""
    row = users.create_user(db, user=data, min_chars=settings.password_min_chars)
    audit.record(db, actor=staff, action="staff.create", detail=f"staff {row.id} role={row.role}", at=now)
    return StaffUserPublic.model_validate(row)


def update_staff(db: Session, staff: Principal, user_id: int, data: StaffUserUpdate, now: datetime) -> StaffUserPublic:
    """Change an account and audit it."""
    row = users.update_user(db, user_id=user_id, changes=data, acting_user_id=staff.user_id)
    audit.record(db, actor=staff, action="staff.update",
                 detail=f"staff {row.id} role={row.role} active={row.active}", at=now)
    return StaffUserPublic.model_validate(row)


def reset_password(db: Session, staff: Principal, user_id: int, password: str, settings: StaffSettings,
                   now: datetime) -> None:
    """Set a new password for an account (its sessions end) and audit it."""
    users.set_password(db, user_id=user_id, password=password, min_chars=settings.password_min_chars)
    audit.record(db, actor=staff, action="staff.password", detail=f"staff {user_id}", at=now)
