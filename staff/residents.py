"""View logic of residents: who may see whom, the resident page, and the admin changes (each audited)."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from staff import audit, queries
from staff.auth import Principal
from staff.authz import district_filter
from staff.deps import actor_name, ensure_district
from staff.errors import NotFoundError
from staff.forms import FIELD_LABELS
from staff.schemas import NotificationPublic, ResidentDetail
from watch.alerts import list_alerts
from watch.device_schemas import DeviceCreated
from watch.devices import create_device, list_devices
from watch.devices import revoke_device as revoke_watch_device
from watch.history import resident_history
from watch.models import ALERT_ACKNOWLEDGED, ALERT_OPEN, ALERT_RESOLVED, Resident
from watch.residents import (
    add_quiet_period,
    create_resident,
    delete_quiet_period,
    get_resident,
    list_quiet_periods,
    list_residents,
    resident_public,
    update_resident,
)
from watch.schemas import QuietPeriodCreate, QuietPeriodPublic, ResidentCreate, ResidentPublic, ResidentUpdate
from watch.setup_codes import IssuedSetupCode
from watch.setup_codes import issue_setup_code as issue_watch_setup_code

PAGE_SIZE = 100
ALL_ALERT_STATUSES = (ALERT_OPEN, ALERT_ACKNOWLEDGED, ALERT_RESOLVED)
RESIDENT_NOT_FOUND = "住民が見つかりません。"


def visible_resident(db: Session, staff: Principal, resident_id: int) -> ResidentPublic:
    """The resident when this staff member may see them; NotFoundError (404) otherwise."""
    district = queries.resident_district(db, resident_id=resident_id)
    if district is None:
        raise NotFoundError(RESIDENT_NOT_FOUND)
    ensure_district(staff, district)
    return resident_public(get_resident(db, resident_id=resident_id))


def resident_detail(db: Session, staff: Principal, resident_id: int) -> ResidentDetail:
    """Everything the resident page shows (after the district check)."""
    resident = visible_resident(db, staff, resident_id)
    return ResidentDetail(
        resident=resident,
        quiet_periods=[QuietPeriodPublic.model_validate(q) for q in list_quiet_periods(db, resident_id=resident_id)],
        devices=list_devices(db, resident_id=resident_id),
        checkins=queries.resident_checkins(db, resident_id=resident_id, limit=60),
        alerts=list_alerts(db, statuses=ALL_ALERT_STATUSES, resident_id=resident_id, limit=100),
        failed_notifications=[NotificationPublic.model_validate(m)
                              for m in queries.failed_notifications(db, resident_id=resident_id)],
        history=resident_history(db, resident_id=resident_id, limit=200),
    )


def list_visible(db: Session, staff: Principal, *, district: str | None, q: str | None, page: int) -> list[Resident]:
    """One page (plus one row, to know whether there is a next page) of residents this member may see."""
    limit = district_filter(role=staff.role, districts=staff.districts)
    if district:
        ensure_district(staff, district, what="地区")
        limit = [district]
    return list_residents(db, districts=limit, search=q or None, limit=PAGE_SIZE + 1, offset=(page - 1) * PAGE_SIZE)


def create(db: Session, staff: Principal, data: ResidentCreate, now: datetime) -> ResidentPublic:
    """Create a resident and write the audit line."""
    public = resident_public(create_resident(db, data=data, now=now))
    audit.record(db, actor=staff, action="resident.create", resident_id=public.id, at=now)
    return public


CONTACT_FIELDS = ("name", "relation", "relation_label", "email", "phone")


def changed_fields(current: ResidentPublic, data: ResidentUpdate) -> list[str]:
    """The fields of ``data`` whose value differs from the stored one (a form posts every field)."""
    old = current.model_dump()
    old["contacts"] = [{k: c[k] for k in CONTACT_FIELDS} for c in old["contacts"]]
    new = data.model_dump(exclude_unset=True)
    if "contacts" in new and new["contacts"] is not None:
        new["contacts"] = [{k: c[k] for k in CONTACT_FIELDS} for c in new["contacts"]]
    return sorted(field for field, value in new.items() if old.get(field) != value)


def update(db: Session, staff: Principal, resident_id: int, data: ResidentUpdate, now: datetime) -> ResidentPublic:
    """Change a resident and write the audit line (the fields that really changed, in Japanese; never values)."""
    changed = changed_fields(visible_resident(db, staff, resident_id), data)
    row = update_resident(db, resident_id=resident_id, data=data, actor=actor_name(staff), now=now)
    audit.record(db, actor=staff, action="resident.update", resident_id=resident_id, at=now,
                 detail="、".join(FIELD_LABELS.get(field, field) for field in changed) or "変更なし")
    return resident_public(row)


def add_quiet(db: Session, staff: Principal, resident_id: int, period: QuietPeriodCreate,
              now: datetime) -> QuietPeriodPublic:
    """Add a quiet period and write the audit line."""
    visible_resident(db, staff, resident_id)
    row = add_quiet_period(db, resident_id=resident_id, period=period, actor=actor_name(staff), now=now)
    audit.record(db, actor=staff, action="resident.quiet_add", resident_id=resident_id,
                 detail=f"{period.start_date}..{period.end_date}", at=now)
    return QuietPeriodPublic.model_validate(row)


def remove_quiet(db: Session, staff: Principal, resident_id: int, period_id: int, now: datetime) -> None:
    """Delete one of the resident's quiet periods and write the audit line."""
    visible_resident(db, staff, resident_id)
    if period_id not in {q.id for q in list_quiet_periods(db, resident_id=resident_id)}:
        raise NotFoundError("休止期間が見つかりません。")
    delete_quiet_period(db, period_id=period_id, actor=actor_name(staff))
    audit.record(db, actor=staff, action="resident.quiet_remove", resident_id=resident_id,
                 detail=f"period {period_id}", at=now)


def add_device(db: Session, staff: Principal, resident_id: int, label: str, now: datetime) -> DeviceCreated:
    """Register a device (its token is returned once) and write the audit line."""
    visible_resident(db, staff, resident_id)
    device = create_device(db, resident_id=resident_id, label=label.strip()[:100], now=now)
    audit.record(db, actor=staff, action="device.create", resident_id=resident_id, detail=device.device_id, at=now)
    return device


def issue_setup_code(db: Session, staff: Principal, resident_id: int, *, label: str, ttl: timedelta,
                     now: datetime) -> IssuedSetupCode:
    """A one-time tablet setup code (設定コード) for the resident (older unused codes stop working); audited."""
    visible_resident(db, staff, resident_id)
    issued = issue_watch_setup_code(db, resident_id=resident_id, by=actor_name(staff), label=label, ttl=ttl,
                                    now=now)
    audit.record(db, actor=staff, action="device.setup_code", resident_id=resident_id,
                 detail=f"valid until {issued.expires_at:%Y-%m-%d %H:%M} UTC", at=now)
    return issued


def revoke_device(db: Session, staff: Principal, resident_id: int, device_id: str, now: datetime) -> None:
    """Revoke one of the resident's devices (its token stops working, open sockets close) and audit it."""
    visible_resident(db, staff, resident_id)
    if queries.device_resident(db, device_id=device_id) != resident_id:
        raise NotFoundError("端末が見つかりません。")
    revoke_watch_device(db, device_id=device_id, by=actor_name(staff), now=now)
    audit.record(db, actor=staff, action="device.revoke", resident_id=resident_id, detail=device_id, at=now)
