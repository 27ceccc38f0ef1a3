"""Database functions for staff accounts (keyword-only arguments)."""

from __future__ import annotations

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from staff.errors import ConflictError, InvalidInputError, NotFoundError
from staff.models import ROLE_ADMIN, LoginFailure, StaffSession, StaffUser
from staff.passwords import hash_password, password_problems
from staff.schemas import StaffUserCreate, StaffUserUpdate
from staff.settings import MIN_PASSWORD_CHARS


def check_password_policy(password: str, *, username: str, min_chars: int = MIN_PASSWORD_CHARS) -> None:
    """InvalidInputError listing every broken rule."""
    problems = password_problems(password, username=username, min_chars=min_chars)
    if problems:
        raise InvalidInputError("パスワードが条件を満たしていません。", problems=problems)


def get_user(session: Session, *, user_id: int) -> StaffUser:
    """One account by id; NotFoundError when missing."""
    user = session.get(StaffUser, user_id)
    if user is None:
        raise NotFoundError("スタッフが見つかりません。")
    return user


def find_user(session: Session, *, username: str) -> StaffUser | None:
    """One account by username (exact), or None."""
    return session.scalar(select(StaffUser).where(StaffUser.username == username))


def list_users(session: Session) -> list[StaffUser]:
    """Every account, by username."""
    return list(session.scalars(select(StaffUser).order_by(StaffUser.username)))


def count_admins(session: Session, *, active_only: bool = True) -> int:
    """How many admin accounts exist."""
    query = select(func.count(StaffUser.id)).where(StaffUser.role == ROLE_ADMIN)
    if active_only:
        query = query.where(StaffUser.active.is_(True))
    return int(session.scalar(query) or 0)


def create_user(session: Session, *, user: StaffUserCreate, min_chars: int = MIN_PASSWORD_CHARS) -> StaffUser:
    """Insert an account after the password policy check; ConflictError when the username is taken."""
    check_password_policy(user.password, username=user.username, min_chars=min_chars)
    if find_user(session, username=user.username) is not None:
        raise ConflictError(f"ユーザー名「{user.username}」は既に使われています。")
    row = StaffUser(
        username=user.username,
        display_name=user.display_name,
        role=user.role,
        districts=list(user.districts),
        password_hash=hash_password(user.password),
        failed_count=0,
        active=True,
    )
    session.add(row)
    session.flush()
    return row


def update_user(session: Session, *, user_id: int, changes: StaffUserUpdate, acting_user_id: int) -> StaffUser:
    """Change role, districts, name or active flag; the last active admin cannot be demoted or deactivated."""
    row = get_user(session, user_id=user_id)
    losing_admin = row.role == ROLE_ADMIN and row.active and (changes.role != ROLE_ADMIN or not changes.active)
    if losing_admin and count_admins(session) <= 1:
        raise InvalidInputError("最後の管理者は変更・無効化できません。")
    if user_id == acting_user_id and not changes.active:
        raise InvalidInputError("自分自身を無効にすることはできません。")
    row.display_name = changes.display_name
    row.role = changes.role
    row.districts = list(changes.districts)
    row.active = changes.active
    if not changes.active:
        revoke_user_sessions(session, user_id=row.id)
    session.flush()
    return row


def set_password(session: Session, *, user_id: int, password: str, min_chars: int = MIN_PASSWORD_CHARS) -> StaffUser:
    """Replace the password (policy-checked), forget its failed logins and end its sessions."""
    row = get_user(session, user_id=user_id)
    check_password_policy(password, username=row.username, min_chars=min_chars)
    row.password_hash = hash_password(password)
    row.failed_count = 0
    session.execute(delete(LoginFailure).where(LoginFailure.user_id == row.id))
    revoke_user_sessions(session, user_id=row.id)
    session.flush()
    return row


def revoke_user_sessions(session: Session, *, user_id: int) -> int:
    """Delete every session of one account; returns how many."""
    rows = list(session.scalars(select(StaffSession).where(StaffSession.user_id == user_id)))
    for row in rows:
        session.delete(row)
    return len(rows)
